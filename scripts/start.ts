import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@plexus/db';
import { startStack } from './stack.ts';

/**
 * `npm start`: migrations, demo data on an empty database, every subgraph,
 * the router and the control tower; Ctrl-C stops them all.
 */

const env = process.env;
const port = (name: string, fallback: number) => Number(env[name] ?? fallback);
const controlTowerDir = new URL('../control-tower/', import.meta.url).pathname;

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Builds the control tower when its sources changed since the last build. */
function buildControlTower(): void {
  const built = join(controlTowerDir, 'build/index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestChange(join(controlTowerDir, 'src'))) return;
  console.log('building the control tower …');
  const result = spawnSync('npm', ['run', 'build', '-w', 'control-tower'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('control tower build failed');
}

const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PLEXUS_DATA_DIR ?? '.data/plexus' });
console.log(database.kind === 'embedded' ? `embedded database in ${env.PLEXUS_DATA_DIR ?? '.data/plexus'}` : 'PostgreSQL server from DATABASE_URL');
const stack = await startStack({
  database,
  seed: 'demo',
  ports: {
    router: port('ROUTER_PORT', 4000),
    crm: port('CRM_PORT', 4001),
    erp: port('ERP_PORT', 4002),
    wms: port('WMS_PORT', 4003),
    analytics: port('ANALYTICS_PORT', 4004),
  },
});
buildControlTower();
const controlTowerPort = port('CONTROL_TOWER_PORT', 3000);
const controlTower: ChildProcess = spawn(process.execPath, [join(controlTowerDir, 'build/index.js')], {
  stdio: 'inherit',
  env: { ...env, PORT: String(controlTowerPort), HOST: env.PLEXUS_HOST ?? '127.0.0.1', PLEXUS_ROUTER_URL: stack.routerUrl },
});

console.log(`
Plexus is running
  control tower  http://127.0.0.1:${controlTowerPort}/
  router         ${stack.routerUrl}
${Object.entries(stack.subgraphUrls)
  .map(([name, url]) => `  ${name.padEnd(14)} ${url}`)
  .join('\n')}
  telemetry      ${stack.telemetryUrl} (NDJSON)${env.PLEXUS_MQTT_URL ? `, MQTT ${env.PLEXUS_MQTT_URL} plexus/telemetry/<machineId>` : ''}
Ctrl-C stops everything.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping …`);
  controlTower.kill('SIGTERM');
  await stack.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
controlTower.on('exit', (code) => {
  if (!stopping) {
    console.error(`control tower exited with code ${code}`);
    void shutdown('control tower exit');
  }
});
