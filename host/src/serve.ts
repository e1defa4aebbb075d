import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '@plexus/db';
import { subgraphAuthenticationFromEnvironment } from './authentication.ts';
import { portVariable } from './subgraph-discovery.ts';
import type { SubgraphDeclaration } from './subgraph-declaration.ts';
import { startSubgraph } from './subgraph-runtime.ts';

/**
 * `npm start -w subgraphs/<system>`: serves the system of the package it is
 * run in, on its own, against the PostgreSQL server at DATABASE_URL (the
 * embedded database lives inside one process, so `npm start` at the root
 * hosts every system together instead).
 */
const { subgraph } = (await import(pathToFileURL(resolve('src/subgraph.ts')).href)) as { subgraph: SubgraphDeclaration };
const url = process.env.DATABASE_URL;
if (!url) {
  console.error(`${subgraph.name}: set DATABASE_URL to a PostgreSQL server to run one system on its own; \`npm start\` at the root runs them all on the embedded database`);
  process.exit(1);
}
// Fails before opening anything when PLEXUS_ROUTER_SECRET is unset: a system answers the router only.
const auth = subgraphAuthenticationFromEnvironment();
const database = await openDatabase({ url });
const running = await startSubgraph(subgraph, database, { port: Number(process.env[portVariable(subgraph.name)] ?? subgraph.defaultPort), auth });
console.log(`${subgraph.name} subgraph at ${running.url}${Object.entries(running.endpoints).map(([name, endpoint]) => `, ${name} at ${endpoint}`).join('')}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping ${subgraph.name}`);
  await running.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
