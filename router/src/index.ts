import { readFile } from 'node:fs/promises';
import { portVariable } from '@plexus/host';
import { supergraphPath } from './composition.ts';
import { startRouter } from './router.ts';

/**
 * `npm start -w router`: the router on its own, in front of systems running
 * as their own processes; `<NAME>_PORT` moves a system off the default port
 * composed into the supergraph.
 */
const supergraph = await readFile(supergraphPath, 'utf8');
const subgraphUrls = Object.fromEntries(
  [...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => {
    const port = process.env[portVariable(name!)];
    return [name!, port ? url!.replace(/:\d+\//, `:${port}/`) : url!];
  }),
);
const router = await startRouter({ port: Number(process.env.ROUTER_PORT ?? 4000), subgraphUrls });
console.log(`router at ${router.url}`);
