import { PLEXUS_ROUTER_URL } from '$app/env/private';

/** The only backend the control tower talks to. */
export const routerUrl = () => PLEXUS_ROUTER_URL;
