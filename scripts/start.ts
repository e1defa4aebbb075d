import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Database } from '@plexus/db';
import { discoverSubgraphs, portVariable } from '@plexus/host';
import { defaultLimitPolicy } from '@plexus/router/operation-limits';
import { startStack, type Stack } from './stack.ts';

/**
 * `npm start`: migrations, the demo company simulated on an empty database,
 * every system, the router and the control tower. Ctrl-C or SIGTERM stops
 * them all; if this process dies any other way, the control tower follows it.
 */

const env = process.env;
const controlTowerDir = new URL('../control-tower/', import.meta.url).pathname;

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/**
 * Builds the control tower when its sources changed since the last build,
 * beside the demo simulation (which keeps one core busy) rather than after it.
 */
function buildControlTower(): Promise<void> {
  const built = join(controlTowerDir, 'build/index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestChange(join(controlTowerDir, 'src'))) return Promise.resolve();
  console.log('building the control tower …');
  const build = spawn('npm', ['run', 'build', '-w', 'control-tower'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`control tower build failed with code ${code}`))));
  });
}

let database: Database | undefined;
let stack: Stack | undefined;
let controlTower: ChildProcess | undefined;
let stopping = false;
async function shutdown(reason: string, code = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping …`);
  controlTower?.kill('SIGTERM');
  await stack?.stop().catch((error: unknown) => console.error(error));
  await database?.close().catch((error: unknown) => console.error(error));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown('crash', 1);
});

const dataDir = env.PLEXUS_DATA_DIR ?? '.data/plexus';
database = await openDatabase({ url: env.DATABASE_URL, dataDir });
console.log(database.kind === 'embedded' ? `embedded database in ${dataDir}` : 'PostgreSQL server from DATABASE_URL');
const ports: Record<string, number> = { router: Number(env.ROUTER_PORT ?? 4000), issuer: Number(env.PLEXUS_ISSUER_PORT ?? 4010) };
for (const { declaration } of await discoverSubgraphs()) ports[declaration.name] = Number(env[portVariable(declaration.name)] ?? declaration.defaultPort);
const started = Date.now();
const controlTowerBuilt = buildControlTower();
stack = await startStack({ database, seed: 'demo', ports, routerLimits: defaultLimitPolicy, demo: { log: (line) => console.log(`demo company: ${line}`) } });
console.log(`graph up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await controlTowerBuilt;
const controlTowerPort = Number(env.CONTROL_TOWER_PORT ?? 3000);
const controlTowerHost = env.PLEXUS_HOST ?? '127.0.0.1';
controlTower = spawn(process.execPath, ['--import', new URL('./exit-with-parent.mjs', import.meta.url).pathname, join(controlTowerDir, 'serve.mjs')], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  env: { ...env, PORT: String(controlTowerPort), HOST: controlTowerHost, PLEXUS_ROUTER_URL: stack.routerUrl, PLEXUS_ISSUER_URL: stack.issuerUrl },
});
controlTower.on('exit', (code) => void shutdown(`control tower exited with code ${code}`, 1));
// The graph answers signed-in users only: an analyst's token to query it with any client right away.
const analyst = (await (await fetch(`${stack.issuerUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'demo-analyst' }) })).json()) as {
  access_token: string;
  expires_in: number;
};

console.log(`
Plexus is running
  control tower  http://127.0.0.1:${controlTowerPort}/
  router         ${stack.routerUrl}
  token issuer   ${stack.issuerUrl} (demo users: ${stack.issuerUrl}/users; POST ${stack.issuerUrl}/token {"user":"demo-planner"})
${Object.entries(stack.subgraphUrls)
  .map(([name, url]) => `  ${name.padEnd(14)} ${url}`)
  .join('\n')}
${Object.entries(stack.endpoints)
  .map(([name, url]) => `  ${name.padEnd(14)} ${url}`)
  .join('\n')}

A demo analyst's token (valid ${Math.round(analyst.expires_in / 3600)} h) for querying the graph:
  curl -s ${stack.routerUrl} -H 'content-type: application/json' -H 'authorization: Bearer ${analyst.access_token}' -d '{"query":"{ sites { code name } }"}'
The control tower acts as a demo planner; pick another demo user at http://127.0.0.1:${controlTowerPort}/sign-in
Ctrl-C stops everything.`);
