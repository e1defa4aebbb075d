import { routerOptionsFromEnvironment } from './configuration.ts';
import { startRouter } from './router.ts';

/**
 * `npm start -w router`: the router on its own, in front of systems running
 * as their own processes; its settings come from the environment (configuration.ts).
 */
const { options, demoIssuer } = await routerOptionsFromEnvironment();
const router = await startRouter(options);
console.log(`router at ${router.url} (${options.mode} mode)`);
if (demoIssuer) console.log(`demo token issuer at ${demoIssuer.issuer}: POST ${demoIssuer.issuer}/token {"user":"demo-planner"}`);
