import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { openDatabase, openTestDatabase, type Database } from '@plexus/db';
import { startDemoIssuer, type DemoIssuer } from '@plexus/identity/demo-issuer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telemetryBatchSize } from '../src/telemetry/telemetry.service.ts';

/**
 * Nothing lost, nothing twice: the analytics process is SIGKILLed while an
 * NDJSON batch streams in, started again, and sent the whole batch again.
 * On the PostgreSQL server both processes share TEST_DATABASE_URL's per-test
 * database; embedded, they take turns on one data folder, since an in-memory
 * PGlite cannot be shared across processes.
 */
const root = new URL('../../', import.meta.url).pathname;
const dayMs = 86_400_000;
const start = Math.floor(Date.now() / dayMs) * dayMs - 2 * dayMs;
const machines = Array.from({ length: 10 }, (_, index) => `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`);
const lines: string[] = [];
let expectedSum = 0;
for (let step = 0; lines.length < 60_000; step += 1) {
  for (const machineId of machines) {
    for (const metric of ['temperature', 'pressure']) {
      const value = (step % 97) * 10 + machines.indexOf(machineId);
      expectedSum += value;
      lines.push(JSON.stringify({ machineId, metric, time: new Date(start + step * 10_000).toISOString(), value }));
    }
  }
}
const total = lines.length;

let server: Database | undefined;
let dataDir: string | undefined;
let child: ChildProcess | undefined;
// The process verifies the senders' bearer tokens against this issuer, as the router would.
let issuer: DemoIssuer;
let sender: Record<string, string>;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) server = await openTestDatabase();
  else dataDir = mkdtempSync(join(tmpdir(), 'plexus-telemetry-kill-'));
  issuer = await startDemoIssuer({ port: 0, audience: 'plexus' });
  sender = { authorization: `Bearer ${await issuer.tokenFor('demo-operator')}` };
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await issuer?.stop();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Starts the analytics process on Node with tsx's loader from node_modules; not through the tsx command,
 * whose wrapper process would take the SIGKILL and leave the real one running.
 */
async function startAnalyticsProcess(): Promise<{ process: ChildProcess; telemetryUrl: string }> {
  const started = spawn(process.execPath, ['--import', 'tsx', join(root, 'analytics/test/telemetry-ingest.process.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PLEXUS_DATABASE_URL: server?.kind === 'server' ? server.url : '',
      PLEXUS_DATA_DIR: dataDir ?? '',
      PLEXUS_ROUTER_SECRET: randomBytes(32).toString('base64url'),
      PLEXUS_AUTH_ISSUER: issuer.issuer,
      PLEXUS_AUTH_JWKS_URL: issuer.jwksUrl,
      PGAPPNAME: childSessions,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child = started;
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: started.stdout! }).once('line', resolve);
    started.once('exit', (code) => reject(new Error(`analytics process exited with ${code} before listening`)));
  });
  return { process: started, telemetryUrl: (JSON.parse(firstLine) as { telemetryUrl: string }).telemetryUrl };
}

/** The killed process's server sessions go by this name: a statement it sent before dying may still commit. */
const childSessions = 'plexus-telemetry-kill';

async function childSessionsOnServer(): Promise<number> {
  const [row] = await server!.query<{ sessions: number }>(
    'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
    [childSessions],
  );
  return row!.sessions;
}

/** Readings stored so far, counted by the analytics process itself on its database. */
function storedBy(process: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    process.once('message', (message) => resolve((message as { stored: number }).stored));
    process.send('count', (error) => error && reject(error));
  });
}

function exited(process: ChildProcess): Promise<void> {
  return process.exitCode !== null || process.signalCode !== null ? Promise.resolve() : new Promise((resolve) => process.once('exit', () => resolve()));
}

/** Counts on the database after the process is gone, opening the embedded one only while no process holds it. */
async function readStore(): Promise<{ rows: number; distinct: number; sum: number }> {
  const database = server ?? (await openDatabase({ dataDir }));
  try {
    const [row] = await database.query<{ rows: number; distinct: number; sum: number }>(
      'SELECT count(*)::int AS rows, count(DISTINCT (machine_id, metric, time))::int AS distinct, coalesce(sum(value), 0)::float8 AS sum FROM analytics.machine_telemetry',
    );
    return row!;
  } finally {
    if (!server) await database.close();
  }
}

describe('killing the ingest process mid-batch', () => {
  it('keeps exactly one copy of every point once the batch is resent', async () => {
    const first = await startAnalyticsProcess();
    // Half the batch, and the body never ends: the process is killed while the request is open, once batches are stored.
    const upload = request(first.telemetryUrl, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...sender } });
    upload.on('error', () => undefined);
    upload.write(`${lines.slice(0, total / 2).join('\n')}\n`);
    await expect.poll(() => storedBy(first.process), { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(telemetryBatchSize);
    first.process.kill('SIGKILL');
    await exited(first.process);
    upload.destroy();
    // A batch the process sent just before it died commits, or rolls back, only when its server session ends.
    if (server) await expect.poll(childSessionsOnServer, { timeout: 30_000, interval: 20 }).toBe(0);

    const afterKill = await readStore();
    expect(afterKill.rows).toBeGreaterThan(0);
    expect(afterKill.rows).toBeLessThan(total);
    expect(afterKill.distinct).toBe(afterKill.rows);

    const second = await startAnalyticsProcess();
    const response = await fetch(second.telemetryUrl, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...sender }, body: lines.join('\n') });
    expect(await response.json()).toEqual({ stored: total - afterKill.rows, duplicates: afterKill.rows, rejectedCount: 0, rejected: [] });
    second.process.kill('SIGTERM');
    await exited(second.process);

    const afterResend = await readStore();
    expect(afterResend.rows).toBe(total);
    expect(afterResend.distinct).toBe(total);
    expect(afterResend.sum).toBe(expectedSum);
  }, 180_000);
});
