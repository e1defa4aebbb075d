import { defineEnvVars } from '@sveltejs/kit/env';

/** The control tower's only setting: where the router is. Read when the app starts, never inlined into the bundle. */
export const variables = defineEnvVars({
  PLEXUS_ROUTER_URL: {
    description: 'GraphQL endpoint of the Plexus router',
    schema: (value: string | undefined) => {
      const url = value ?? 'http://127.0.0.1:4000/graphql';
      if (!/^https?:\/\//.test(url)) throw new Error('PLEXUS_ROUTER_URL must be an http(s) URL');
      return url;
    },
  },
});
