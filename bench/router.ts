import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createThrowawayDatabase, openDatabase } from '@plexus/db';
import { discoverSubgraphs, portVariable } from '@plexus/host';
import { createRouterCredentialSigner, routerCredentialHeader } from '@plexus/identity';
import { startDemoIssuer } from '@plexus/identity/demo-issuer';
import { simulateDemoCompany } from '@plexus/scripts/stack';

/**
 * `npm run bench:router -- [--seconds 15] [--rounds 2] [--connections 10] [--server-url postgres://…]`
 *
 * Every subgraph as its own process on a scratch database of the PostgreSQL
 * server, seeded with the demo company; the same supergraph served side by
 * side by our router (production mode, bearer token verified, operation
 * limits on) and by Hive Gateway (its defaults). For each query of the
 * control tower's mix, alternating rounds of `--seconds` with `--connections`
 * kept-alive connections, after checking both answer the same JSON; then the
 * flood test: a one-row query's latency at rest and while hostile operations
 * (1,000-level nesting, 500 aliases of kpiSnapshot) pour in, and how fast
 * those are refused. Ends with `min RPS ratio ours/hive: X.XX`.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'server-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5433/postgres' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const repository = new URL('../', import.meta.url).pathname;
const tsx = join(repository, 'node_modules/.bin/tsx');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const processes: ChildProcess[] = [];
function run(label: string, command: string, args: string[], env: Record<string, string>, cwd = repository): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${label}] ${chunk}`));
  processes.push(child);
  return child;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

async function waitForGraphQL(url: string, headers: Record<string, string> = {}): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await post(url, { query: '{ __typename }' }, headers).then((answer) => answer.status === 200, () => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const operations = await readFile(join(repository, 'control-tower/src/lib/graphql/operations.graphql'), 'utf8');
const dashboardQuery = `query Dashboard { kpiSnapshot(grain: MONTH) { name label unit higherIsBetter target current { periodStart value } previous { periodStart value } change status trend { periodStart value } } }`;
const oneRowQuery = '{ salesOrders(first: 1) { items { number status } } }';

function deepOrderQuery(levels: number): string {
  let inner = 'id';
  for (let level = levels; level > 0; level -= 1) {
    inner = level % 2 === 1 ? `shipments { id number shippedAt warehouse { code name } ${inner} }` : `salesOrder { id number status dueDate orderedAt requestedDate promisedDate totalAmount currency ${inner} }`;
  }
  return `{ salesOrders(first: 5) { items { id ${inner} } } }`;
}
const aliasedSnapshots = `{ ${Array.from({ length: 500 }, (_, index) => `s${index}: kpiSnapshot(filter: { siteId: "0196a0b0-0000-7000-8000-00000000000${index % 10}" }) { name }`).join(' ')} }`;

interface Measured {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, body: string, headers: Record<string, string>, duration: number, connectionCount = connections): Promise<Measured & { failures: number }> {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, connections: connectionCount, duration });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

const throwaway = await createThrowawayDatabase(values['server-url'], 'plexus_bench');
const scratch = await mkdtemp(join(tmpdir(), 'plexus-bench-router-'));
let minRatio = Number.POSITIVE_INFINITY;
try {
  const systems = await discoverSubgraphs();
  const database = await openDatabase({ url: throwaway.url });
  const started = performance.now();
  await simulateDemoCompany(systems, database, { now: new Date() });
  await database.close();
  console.log(`demo company simulated on a scratch PostgreSQL database in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ports: Record<string, number> = { ours: await freePort(), hive: await freePort() };
  // Systems answer only requests carrying a credential signed with the router's secret.
  const routerSecret = randomBytes(32).toString('base64url');
  const planner = { sub: 'demo-planner', name: 'Pat Planner', roles: ['planner' as const] };
  const credential = { [routerCredentialHeader]: await createRouterCredentialSigner(routerSecret, { lifetimeSeconds: 24 * 3600 }).credentialFor(planner) };
  for (const { dir, declaration } of systems) {
    ports[declaration.name] = await freePort();
    const env: Record<string, string> = {
      DATABASE_URL: throwaway.url,
      NODE_ENV: 'production',
      PLEXUS_ROUTER_SECRET: routerSecret,
      [portVariable(declaration.name)]: String(ports[declaration.name]),
    };
    if (declaration.name === 'analytics') env.TELEMETRY_PORT = String(await freePort());
    run(declaration.name, tsx, [join(repository, 'host/src/serve.ts')], env, join(repository, dir));
  }
  for (const { declaration } of systems) await waitForGraphQL(`http://127.0.0.1:${ports[declaration.name]}/`, credential);
  console.log(`subgraphs ${systems.map(({ declaration }) => declaration.name).join(', ')} each in its own process`);

  const supergraph = (await readFile(join(repository, 'router/supergraph.graphql'), 'utf8')).replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_, name: string) => `@join__graph(name: "${name}", url: "http://127.0.0.1:${ports[name]}/")`,
  );
  const supergraphFile = join(scratch, 'supergraph.graphql');
  await writeFile(supergraphFile, supergraph);

  const issuer = await startDemoIssuer({ port: 0, audience: 'plexus' });
  // The mix is hand-written queries (the dashboard is no control-tower operation yet): an analyst's, the role that may send its own
  // beside the trusted documents production enforces.
  const analystToken = await issuer.tokenFor('demo-analyst');
  const token = analystToken;
  const ours = `http://127.0.0.1:${ports.ours}/graphql`;
  const hive = `http://127.0.0.1:${ports.hive}/graphql`;
  // Our bench user sends hundreds of requests a second, far past a browser user's rate; every other limit is the default.
  const limits = { byRole: { planner: { requestsPerSecond: 1_000_000, burst: 1_000_000 }, analyst: { requestsPerSecond: 1_000_000, burst: 1_000_000 } } };
  run('ours', tsx, ['router/src/index.ts'], {
    NODE_ENV: 'production',
    PLEXUS_MODE: 'production',
    ROUTER_PORT: String(ports.ours),
    PLEXUS_SUPERGRAPH: supergraphFile,
    PLEXUS_AUTH_ISSUER: issuer.issuer,
    PLEXUS_AUTH_AUDIENCE: 'plexus',
    PLEXUS_ROUTER_SECRET: routerSecret,
    PLEXUS_LIMITS: JSON.stringify(limits),
  });
  // Hive Gateway verifies no tokens: it sends the subgraphs the planner's credential the bench signed, as its only setting beyond the defaults.
  await writeFile(
    join(scratch, 'gateway.config.mjs'),
    `export const gatewayConfig = { propagateHeaders: { fromClientToSubgraphs: () => (${JSON.stringify(credential)}) } };\n`,
  );
  run('hive', join(repository, 'node_modules/.bin/hive-gateway'), ['supergraph', supergraphFile, '--port', String(ports.hive), '--host', '127.0.0.1'], {}, scratch);
  const auth = { authorization: `Bearer ${token}` };
  await waitForGraphQL(ours, auth);
  await waitForGraphQL(hive);
  console.log(`our router (Apollo Gateway ${(await import('@apollo/gateway/package.json', { with: { type: 'json' } })).default.version}, production mode, bearer token, limits on) and Hive Gateway ${(await import('@graphql-hive/gateway/package.json', { with: { type: 'json' } })).default.version} (defaults) on the same supergraph`);

  const shipped = await post(ours, { query: '{ salesOrders(first: 1, filter: { status: [SHIPPED] }) { items { id } } }' }, auth);
  const orderId = shipped.json.data.salesOrders.items[0].id as string;
  const mix = [
    { name: 'orders page', body: { query: operations, operationName: 'OrdersPage', variables: { first: 25, offset: 0, sort: { field: 'ORDERED_AT', direction: 'DESC' } } } },
    { name: 'order detail', body: { query: operations, operationName: 'OrderDetail', variables: { id: orderId } } },
    { name: 'dashboard', body: { query: dashboardQuery } },
  ];
  const overhead = { name: '{ __typename }', body: { query: '{ __typename }' } };

  // The dashboard is served from analytics' projections, which settle after seeding; compare answers once they have.
  for (let previous: unknown = undefined; ; ) {
    const current = (await post(ours, mix[2]!.body, auth)).json;
    if (isDeepStrictEqual(current, previous)) break;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  for (const entry of [...mix, overhead]) {
    const [fromOurs, fromHive] = [await post(ours, entry.body, auth), await post(hive, entry.body)];
    if (fromOurs.json.errors || fromHive.json.errors || !isDeepStrictEqual(fromOurs.json.data, fromHive.json.data)) {
      throw new Error(`${entry.name}: the routers answer differently\nours: ${JSON.stringify(fromOurs.json).slice(0, 500)}\nhive: ${JSON.stringify(fromHive.json).slice(0, 500)}`);
    }
  }
  console.log('both routers answer every query of the mix with the same JSON');

  const format = (value: number) => value.toFixed(0).padStart(7);
  console.log(`\n${connections} connections, ${rounds} alternating rounds of ${seconds} s per router and query (averaged)`);
  console.log(`${'query'.padEnd(16)} ${'ours RPS'.padStart(9)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  ${'hive RPS'.padStart(9)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}  ours/hive`);
  for (const entry of [...mix, overhead]) {
    const body = JSON.stringify(entry.body);
    await load(ours, body, auth, 2);
    await load(hive, body, auth, 2);
    const totals = { ours: { rps: 0, p50: 0, p99: 0 }, hive: { rps: 0, p50: 0, p99: 0 } };
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? (['ours', 'hive'] as const) : (['hive', 'ours'] as const);
      for (const router of order) {
        const measured = await load(router === 'ours' ? ours : hive, body, auth, seconds);
        if (measured.failures > 0) throw new Error(`${entry.name} on ${router}: ${measured.failures} failed requests`);
        totals[router].rps += measured.rps / rounds;
        totals[router].p50 += measured.p50 / rounds;
        totals[router].p99 += measured.p99 / rounds;
      }
    }
    const ratio = totals.ours.rps / totals.hive.rps;
    if (entry !== overhead) minRatio = Math.min(minRatio, ratio);
    console.log(
      `${entry.name.padEnd(16)} ${format(totals.ours.rps)}   ${format(totals.ours.p50).slice(2)} ${format(totals.ours.p99).slice(2)}   ${format(totals.hive.rps)}   ${format(totals.hive.p50).slice(2)} ${format(totals.hive.p99).slice(2)}  ${ratio.toFixed(2)}${entry === overhead ? '  (router overhead only; not in the mix)' : ''}`,
    );
  }

  // Flood: hostile operations from an analyst (the widest limits, so each is parsed and measured before refusal).
  const hostile = [deepOrderQuery(1000), deepOrderQuery(300), aliasedSnapshots];
  for (const query of hostile) {
    const refused = await post(ours, { query }, { authorization: `Bearer ${analystToken}` });
    if (refused.status !== 400 || refused.json.errors?.[0]?.extensions?.code !== 'OPERATION_LIMIT_EXCEEDED') throw new Error(`a hostile operation was not refused: ${JSON.stringify(refused.json).slice(0, 300)}`);
  }
  const oneRow = JSON.stringify({ query: oneRowQuery });
  const analyst = { authorization: `Bearer ${analystToken}` };
  const probe = JSON.stringify({ query: hostile[0] });
  await load(ours, oneRow, auth, 2, 2);
  const [atRest, refusalAtRest] = await Promise.all([load(ours, oneRow, auth, seconds, 2), load(ours, probe, analyst, seconds, 1)]);
  const attacker = spawn('nice', ['-n', '19', tsx, join(repository, 'bench/router-flood.ts')], { cwd: repository, stdio: ['pipe', 'pipe', 'inherit'] });
  processes.push(attacker);
  attacker.stdin.end(JSON.stringify({ url: ours, token: analystToken, queries: hostile, seconds: seconds + 4, connections }));
  let attackerOutput = '';
  attacker.stdout.on('data', (chunk: Buffer) => (attackerOutput += chunk));
  const attackEnded = new Promise((resolve) => attacker.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const [duringFlood, refusalDuringFlood] = await Promise.all([load(ours, oneRow, auth, seconds, 2), load(ours, probe, analyst, seconds, 1)]);
  await attackEnded;
  const flood = JSON.parse(attackerOutput) as { refused: number; answered: number; perSecond: number };
  console.log(`\nflood: ${connections} connections of hostile operations (1,000- and 300-level nesting, 500 aliases of kpiSnapshot) from an analyst token, sent by a process at the lowest CPU priority`);
  console.log(`  hostile refused: ${flood.refused}, answered: ${flood.answered}, ${flood.perSecond.toFixed(0)}/s`);
  console.log(`  refusal of the 1,000-level operation (1 connection): at rest p50 ${refusalAtRest.p50} ms p99 ${refusalAtRest.p99} ms; during the flood p50 ${refusalDuringFlood.p50} ms p99 ${refusalDuringFlood.p99} ms (bar: ≤ 50 ms)`);
  console.log(`  one-row query (2 connections): at rest p50 ${atRest.p50} ms p99 ${atRest.p99} ms; during the flood p50 ${duringFlood.p50} ms p99 ${duringFlood.p99} ms (${(duringFlood.p99 / atRest.p99).toFixed(2)}×, bar: ≤ 2×)`);
  await issuer.stop();
} finally {
  for (const child of processes.reverse()) {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
  await throwaway.drop();
  await rm(scratch, { recursive: true, force: true });
}
console.log(`\nmin RPS ratio ours/hive: ${minRatio.toFixed(2)}`);
