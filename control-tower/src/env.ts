import { defineEnvVars } from '@sveltejs/kit/env';

/** Where the router is, and who signs its users in. Read when the app starts, never inlined into the bundle. */
export const variables = defineEnvVars({
  PLEXUS_ROUTER_URL: {
    description: 'GraphQL endpoint of the Plexus router',
    schema: (value: string | undefined) => {
      const url = value ?? 'http://127.0.0.1:4000/graphql';
      if (!/^https?:\/\//.test(url)) throw new Error('PLEXUS_ROUTER_URL must be an http(s) URL');
      return url;
    },
  },
  PLEXUS_ISSUER_URL: {
    description: 'The built-in demo token issuer (`npm start` sets it): the sign-in page offers its demo users; unset, nobody is signed in',
    schema: (value: string | undefined) => {
      if (value !== undefined && value !== '' && !/^https?:\/\//.test(value)) throw new Error('PLEXUS_ISSUER_URL must be an http(s) URL');
      return value || null;
    },
  },
  PLEXUS_DEMO_USER: {
    description: 'The demo user a browser acts as until it picks another on the sign-in page',
    schema: (value: string | undefined) => value || 'demo-planner',
  },
});
