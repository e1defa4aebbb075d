import { parseArgs } from 'node:util';
import { newId } from '@plexus/db';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { defaultServerUrls, openScratchDatabase, scratchTargets } from './scratch-database.ts';

/**
 * `npm run bench:shop-floor -- [--reports 2000] [--terminals 16] [--database server|embedded|timescale|all|URL]`
 *
 * Production reports as shop-floor terminals send them: `--terminals`
 * terminals, each reporting on its own running operation (its own machine),
 * post `reportProduction` through the router with an idempotency key, one
 * after the other, all terminals at once; then every tenth report is sent
 * again, as a terminal resends after a timeout, and must count nothing. In
 * the same run, the same number of rows go into the same table by plain
 * INSERT (one statement per row, no service), the ceiling the service path
 * is compared with. The bar: ≥ 200 reports/s through the router.
 */
const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    terminals: { type: 'string', default: '16' },
    database: { type: 'string', default: 'server' },
    'server-url': { type: 'string', default: defaultServerUrls.server },
    'timescale-url': { type: 'string', default: defaultServerUrls.timescale },
  },
});
const reports = Number(values.reports);
const terminals = Number(values.terminals);
if (![reports, terminals].every((value) => Number.isInteger(value) && value >= 1)) throw new Error('--reports and --terminals take whole numbers ≥ 1');

async function must(stack: Stack, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const result = await stack.query(query, variables, { role: 'operator' });
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A work center with one machine per terminal, and one work order per terminal running on it. */
async function shopFloor(stack: Stack): Promise<{ operationId: string }[]> {
  const admin = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await stack.query(query, variables, { role: 'admin' });
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const site = (await admin(`mutation { createSite(input: { code: "BENCH", name: "Bench plant", timeZone: "UTC" }) { id } }`)).createSite.id;
  const warehouse = (await admin(`mutation ($site: ID!) { createWarehouse(input: { code: "WH-BENCH", name: "Bench", siteId: $site, locationCodes: ["A"] }) { id } }`, { site })).createWarehouse.id;
  const item = (await admin(`mutation { createItem(input: { sku: "BENCH-FG", name: "Bench part", type: FG, unitOfMeasure: "EA", standardCost: 1 }) { id } }`)).createItem.id;
  const workCenter = (await admin(`mutation ($site: ID!) { createWorkCenter(input: { code: "BENCH", name: "Bench cell", siteId: $site }) { id } }`, { site })).createWorkCenter.id;
  const machines: string[] = [];
  for (let index = 0; index < terminals; index += 1) {
    machines.push((await admin(`mutation ($wc: ID!, $code: String!) { registerMachine(input: { code: $code, name: $code, workCenterId: $wc, idealCycleSeconds: 1 }) { id } }`, { wc: workCenter, code: `B-${index}` })).registerMachine.id);
  }
  await admin(`mutation ($item: ID!, $wc: ID!, $machines: [ID!]!) { setRouting(itemId: $item, steps: [{ sequence: 10, workCenterId: $wc, setupMinutes: 0, runSecondsPerUnit: 1, machineIds: $machines }]) { id } }`, {
    item,
    wc: workCenter,
    machines,
  });
  await stack.drainConsumers();
  await admin(`mutation ($machines: [ID!]!) { changeMachineState(input: { machineIds: $machines, state: IDLE }) { id } }`, { machines });
  const runs: { operationId: string }[] = [];
  for (const machine of machines) {
    const order = (await admin(`mutation ($item: ID!, $site: ID!, $warehouse: ID!) { releaseWorkOrder(input: { itemId: $item, quantity: 1000000, dueDate: "2099-12-31", siteId: $site, warehouseId: $warehouse }) { operations { id } } }`, {
      item,
      site,
      warehouse,
    })).releaseWorkOrder;
    const operationId = order.operations[0].id;
    await must(stack, `mutation ($op: ID!, $machine: ID!) { startOperation(input: { operationRunId: $op, machineId: $machine, operatorId: "OP-1", setup: false }) { id } }`, { op: operationId, machine });
    runs.push({ operationId });
  }
  return runs;
}

const report = `mutation ($input: ReportProductionInput!) { reportProduction(input: $input) { id } }`;

console.log(`bench:shop-floor: ${reports} production reports from ${terminals} terminals through the router, with idempotency keys, then every tenth resent`);
for (const target of scratchTargets(values.database, { server: values['server-url'], timescale: values['timescale-url'] })) {
  const scratch = await openScratchDatabase(target);
  const stack = await startStack({ database: scratch.database, seed: false, pollIntervalMs: 3_600_000 });
  try {
    const runs = await shopFloor(stack);
    const perTerminal = Math.ceil(reports / terminals);
    const keys = runs.map((_, terminal) => Array.from({ length: perTerminal }, () => `terminal-${terminal}-${newId()}`));
    const send = (terminal: number, key: string) =>
      must(stack, report, { input: { operationRunId: runs[terminal]!.operationId, operatorId: 'OP-1', goodQuantity: 1, labourMinutes: 0.1, idempotencyKey: key } });
    const started = performance.now();
    await Promise.all(runs.map(async (_, terminal) => {
      for (const key of keys[terminal]!) await send(terminal, key);
    }));
    const seconds = (performance.now() - started) / 1000;
    const sent = perTerminal * terminals;
    const resentStarted = performance.now();
    await Promise.all(runs.map(async (_, terminal) => {
      for (const key of keys[terminal]!.filter((_, index) => index % 10 === 0)) await send(terminal, key);
    }));
    const resentSeconds = (performance.now() - resentStarted) / 1000;
    const resent = runs.length * Math.ceil(perTerminal / 10);
    const [counted] = await scratch.database.query<{ reports: number; good: string }>('SELECT count(*)::int AS reports, sum(good_quantity) AS good FROM mes.production_report');

    // The ceiling: the same rows by plain INSERT, one statement each, no service, no router.
    const plainStarted = performance.now();
    for (let index = 0; index < sent; index += 1) {
      const run = runs[index % runs.length]!;
      await scratch.database.query(
        `INSERT INTO mes.production_report (id, operation_run_id, work_order_id, machine_id, operator_id, good_quantity, scrap_quantity, rework_quantity, labour_minutes, reported_at)
         SELECT $1, r.id, r.work_order_id, r.machine_id, 'OP-1', 1, 0, 0, 0.1, now() FROM mes.operation_run r WHERE r.id = $2`,
        [newId(), run.operationId],
      );
    }
    const plainSeconds = (performance.now() - plainStarted) / 1000;

    console.log(`\n${scratch.label}\n`);
    console.log('| path | reports | seconds | reports/s |');
    console.log('|---|---:|---:|---:|');
    console.log(`| reportProduction via router, idempotency keys, ${terminals} terminals | ${sent} | ${seconds.toFixed(1)} | ${(sent / seconds).toFixed(0)} |`);
    console.log(`| resent after a timeout (same keys) | ${resent} | ${resentSeconds.toFixed(1)} | ${(resent / resentSeconds).toFixed(0)} |`);
    console.log(`| plain INSERT into mes.production_report | ${sent} | ${plainSeconds.toFixed(1)} | ${(sent / plainSeconds).toFixed(0)} |`);
    console.log(`\nreports counted after the resends: ${counted!.reports} (sent ${sent}, resent ${resent}); good units ${Number(counted!.good)}${counted!.reports === sent ? '' : '  ← DOUBLE COUNTED'}`);
    console.log(`reports/s via router: ${(sent / seconds).toFixed(0)} (bar ≥ 200)`);
  } finally {
    await stack.stop();
    await scratch.database.close();
    await scratch.drop();
  }
}
