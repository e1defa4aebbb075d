import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, createSite, daysFromToday } from '@plexus/test-kit';

/** A work order from release to its output lot in the warehouse, through the router, and what the shop floor refuses. */

let stack: Stack;
let plant: { siteId: string; warehouseId: string; locationId: string };
let product: { id: string };
let steel: { lotId: string; itemId: string };
let foreign: { lotId: string };
let machines: { first: string; second: string };
let workCenterId: string;

async function must<Data = any>(query: string, variables: Record<string, unknown> = {}, role = 'planner'): Promise<Data> {
  const result = await stack.query<Data>(query, variables, { role: role as never });
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const count = async (sql: string, params: unknown[] = []) => (await stack.database.query<{ n: number }>(sql, params))[0]!.n;
const events = (type: string) => count('SELECT count(*)::int AS n FROM analytics.supply_chain_event WHERE type = $1', [type]);
const rows = (table: string) => count(`SELECT count(*)::int AS n FROM mes.${table}`);

/** Row counts of every mes table a refusal might touch, and every mes event. */
const snapshot = async () => ({
  reports: await rows('production_report'),
  consumptions: await rows('material_consumption'),
  links: await rows('lot_link'),
  stateChanges: await rows('machine_state_change'),
  workOrders: await rows('work_order'),
  events: await count(`SELECT count(*)::int AS n FROM analytics.supply_chain_event WHERE system = 'mes'`),
});

async function receive(itemId: string, lotNumber: string, quantity: number) {
  const data = await must<{ receiveGoods: { lines: { lot: { id: string } }[] } }>(
    `mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { lines { lot { id } } } }`,
    { input: { warehouseId: plant.warehouseId, lines: [{ itemId, locationId: plant.locationId, lotNumber, quantity }] } },
  );
  return data.receiveGoods.lines[0]!.lot.id;
}

const release = `mutation ($input: ReleaseWorkOrderInput!) { releaseWorkOrder(input: $input) { id number status priority outputLot { id } operations { id sequence status } } }`;
const start = `mutation ($input: StartOperationInput!) { startOperation(input: $input) { id status machine { code state } } }`;
const report = `mutation ($input: ReportProductionInput!) { reportProduction(input: $input) { id goodQuantity operationRun { goodQuantity } } }`;
const complete = `mutation ($id: ID!, $operator: String!) { completeOperation(operationRunId: $id, operatorId: $operator) { id status } }`;
const setState = `mutation ($input: ChangeMachineStateInput!) { changeMachineState(input: $input) { code state stateReason } }`;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const site = await createSite(stack);
  const warehouse = await must<{ createWarehouse: { id: string; locations: { id: string }[] } }>(
    `mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id locations { id } } }`,
    { input: { code: `WH-${Date.now().toString(36).toUpperCase()}`, name: 'Plant stores', siteId: site.id, locationCodes: ['A-01'] } },
  );
  plant = { siteId: site.id, warehouseId: warehouse.createWarehouse.id, locationId: warehouse.createWarehouse.locations[0]!.id };
  product = await createItem(stack, { type: 'FG' });
  const material = await createItem(stack, { type: 'RM' });
  const other = await createItem(stack, { type: 'RM' });
  await must(`mutation ($id: ID!, $lines: [BillOfMaterialsLineInput!]!) { setBillOfMaterials(itemId: $id, lines: $lines) { id } }`, {
    id: product.id,
    lines: [{ componentId: material.id, quantityPer: 2 }],
  });
  steel = { itemId: material.id, lotId: await receive(material.id, 'STEEL-1', 500) };
  foreign = { lotId: await receive(other.id, 'OTHER-1', 50) };
  workCenterId = (await must<{ createWorkCenter: { id: string } }>(`mutation ($input: CreateWorkCenterInput!) { createWorkCenter(input: $input) { id } }`, {
    input: { code: `WC-${Date.now().toString(36).toUpperCase()}`, name: 'Machining', siteId: site.id },
  })).createWorkCenter.id;
  const register = async (code: string) =>
    (await must<{ registerMachine: { id: string } }>(`mutation ($input: RegisterMachineInput!) { registerMachine(input: $input) { id } }`, {
      input: { code, name: code, workCenterId, idealCycleSeconds: 20 },
    })).registerMachine.id;
  const suffix = Date.now().toString(36).toUpperCase();
  machines = { first: await register(`M1-${suffix}`), second: await register(`M2-${suffix}`) };
  await must(`mutation ($id: ID!, $steps: [RoutingStepInput!]!) { setRouting(itemId: $id, steps: $steps) { id } }`, {
    id: product.id,
    steps: [
      { sequence: 10, workCenterId, setupMinutes: 15, runSecondsPerUnit: 30, machineIds: [machines.first, machines.second] },
      { sequence: 20, workCenterId, setupMinutes: 0, runSecondsPerUnit: 20, machineIds: [machines.second] },
    ],
  });
  await stack.drainConsumers();
  await must(setState, { input: { machineIds: [machines.first, machines.second], state: 'IDLE' } }, 'operator');
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

describe('a work order on the shop floor', () => {
  let order: { id: string; number: string; outputLot: { id: string }; operations: { id: string; sequence: number }[] };

  beforeAll(async () => {
    order = (await must<{ releaseWorkOrder: typeof order }>(release, { input: { itemId: product.id, quantity: 100, dueDate: daysFromToday(5), siteId: plant.siteId, warehouseId: plant.warehouseId } })).releaseWorkOrder;
  });

  it('copies the routing into its operations and tells aps', async () => {
    expect(order.operations.map((operation) => operation.sequence)).toEqual([10, 20]);
    expect(order.number).toMatch(/^WO-\d{4}-\d{6}$/);
    expect(await events('mes.WorkOrderReleased')).toBe(1);
  });

  it('consumes a lot of a component, links it to the output lot and has wms issue it', async () => {
    await must(`mutation ($input: ConsumeMaterialInput!) { consumeMaterial(input: $input) { id } }`, {
      input: { workOrderId: order.id, operatorId: 'op-7', lines: [{ lotId: steel.lotId, quantity: 200 }] },
    }, 'operator');
    await stack.drainConsumers();
    const [balance] = await stack.database.query<{ quantity: string }>('SELECT quantity FROM wms.stock_balance WHERE lot_id = $1', [steel.lotId]);
    expect(Number(balance!.quantity)).toBe(300);
    expect(await events('wms.MaterialIssued')).toBe(1);
  });

  it('refuses a lot of an item the bill of materials does not name, writing nothing', async () => {
    const before = await snapshot();
    const result = await stack.query(`mutation ($input: ConsumeMaterialInput!) { consumeMaterial(input: $input) { id } }`, {
      input: { workOrderId: order.id, operatorId: 'OP-7', lines: [{ lotId: foreign.lotId, quantity: 5 }] },
    }, { role: 'operator' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/does not name/);
    expect(await snapshot()).toEqual(before);
  });

  it('sets up, runs and counts a report resent after a timeout once', async () => {
    const [ten] = order.operations;
    const started = await must(start, { input: { operationRunId: ten!.id, machineId: machines.first, operatorId: 'OP-7' } }, 'operator');
    expect(started.startOperation).toMatchObject({ status: 'SETUP', machine: { state: 'SETUP' } });
    await must(`mutation ($id: ID!) { finishSetup(operationRunId: $id) { status } }`, { id: ten!.id }, 'operator');
    const input = { operationRunId: ten!.id, operatorId: 'OP-7', goodQuantity: 60, labourMinutes: 30, idempotencyKey: `terminal-${ten!.id}-1` };
    const first = await must(report, { input }, 'operator');
    const resent = await must(report, { input }, 'operator');
    expect(resent.reportProduction.id).toBe(first.reportProduction.id);
    expect(resent.reportProduction.operationRun.goodQuantity).toBe(60);
    expect(await events('mes.ProductionReported')).toBe(1);
  });

  it('refuses reports on a machine that is down, and more good units than the tolerance allows, writing nothing', async () => {
    const [ten] = order.operations;
    await must(setState, { input: { machineIds: [machines.first], state: 'DOWN', reason: 'mechanical_failure' } }, 'operator');
    let before = await snapshot();
    const down = await stack.query(report, { input: { operationRunId: ten!.id, operatorId: 'OP-7', goodQuantity: 5 } }, { role: 'operator' });
    expect(down.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    const resumeDown = await stack.query(`mutation ($id: ID!) { resumeOperation(operationRunId: $id) { status } }`, { id: ten!.id }, { role: 'operator' });
    expect(resumeDown.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await must(setState, { input: { machineIds: [machines.first], state: 'IDLE' } }, 'operator');
    await must(`mutation ($id: ID!) { resumeOperation(operationRunId: $id) { status } }`, { id: ten!.id }, 'operator');
    before = await snapshot();
    const over = await stack.query(report, { input: { operationRunId: ten!.id, operatorId: 'OP-7', goodQuantity: 46 } }, { role: 'operator' });
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/allows 105 good units/);
    expect(await snapshot()).toEqual(before);
    await must(report, { input: { operationRunId: ten!.id, operatorId: 'OP-7', goodQuantity: 40, scrapQuantity: 3, scrapReason: 'burr' } }, 'operator');
  });

  it('lets one of two operators completing the same operation at once complete it; the other gets CONFLICT and nothing is written twice', async () => {
    const [ten] = order.operations;
    const results = await Promise.all(['OP-7', 'OP-8'].map((operator) => stack.query(complete, { id: ten!.id, operator }, { role: 'operator' })));
    expect(results.filter((result) => result.data?.completeOperation?.status === 'COMPLETED')).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
    expect(await events('mes.OperationCompleted')).toBe(1);
    const before = await snapshot();
    const again = await stack.query(complete, { id: ten!.id, operator: 'OP-7' }, { role: 'operator' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('completes the work order with its last operation; wms receives the output lot that genealogy already links', async () => {
    const [, twenty] = order.operations;
    const started = await must(start, { input: { operationRunId: twenty!.id, machineId: machines.second, operatorId: 'OP-8' } }, 'operator');
    expect(started.startOperation.status).toBe('RUNNING');
    await must(report, { input: { operationRunId: twenty!.id, operatorId: 'OP-8', goodQuantity: 98, scrapQuantity: 2, scrapReason: 'LEAK' } }, 'operator');
    await must(complete, { id: twenty!.id, operator: 'OP-8' }, 'operator');
    await stack.drainConsumers();
    const done = await must(`query ($id: ID!) { workOrder(id: $id) { status goodQuantity scrapQuantity outputLot { id lotNumber item { id } } } }`, { id: order.id });
    expect(done.workOrder).toEqual({ status: 'COMPLETED', goodQuantity: 98, scrapQuantity: 5, outputLot: { id: order.outputLot.id, lotNumber: order.number, item: { id: product.id } } });
    const backward = await must(`query ($id: ID!) { lotTrace(lotId: $id, direction: BACKWARD) { producedBy { number } nodes { level quantity lot { lotNumber } item { id } workOrder { number } } } }`, { id: order.outputLot.id });
    expect(backward.lotTrace).toEqual({ producedBy: { number: order.number }, nodes: [{ level: 1, quantity: 200, lot: { lotNumber: 'STEEL-1' }, item: { id: steel.itemId }, workOrder: { number: order.number } }] });
    const forward = await must(`query ($id: ID!) { lotTrace(lotId: $id, direction: FORWARD) { nodes { level lot { id } } } }`, { id: steel.lotId });
    expect(forward.lotTrace.nodes).toEqual([{ level: 1, lot: { id: order.outputLot.id } }]);
  });

  it('shows each operation the readings its machine sent while it ran, every run of the order in one analytics statement', async () => {
    const runs = (await must(`query ($id: ID!) { workOrder(id: $id) { operations { id machine { id } startedAt completedAt } } }`, { id: order.id })).workOrder.operations as {
      id: string;
      machine: { id: string };
      startedAt: string;
      completedAt: string;
    }[];
    const during = (run: (typeof runs)[number]) => new Date((Date.parse(run.startedAt) + Date.parse(run.completedAt)) / 2).toISOString();
    const points = runs.flatMap((run, index) => [
      { machineId: run.machine.id, metric: 'temperature', time: during(run), value: 50 + index },
      { machineId: run.machine.id, metric: 'temperature', time: new Date(Date.parse(run.startedAt) - 3_600_000).toISOString(), value: 99 },
    ]);
    await must(`mutation ($points: [TelemetryPointInput!]!) { ingestTelemetry(points: $points) { stored } }`, { points }, 'admin');
    const query = `query ($id: ID!) { workOrder(id: $id) { operations { telemetry(metric: "temperature", bucketSeconds: 1) { avg count } } } }`;
    const { result, statements } = await stack.database.statements.measure(() => stack.query(query, { id: order.id }), 'analytics');
    expect(result.errors).toBeUndefined();
    const measured = result.data.workOrder.operations.map((run: { telemetry: { avg: number | null; count: number }[] }) => run.telemetry.filter((bucket) => bucket.count > 0));
    expect(measured).toEqual([[{ avg: 50, count: 1 }], [{ avg: 51, count: 1 }]]);
    expect(statements).toBe(1);
    const unknown = await stack.query(`query ($id: ID!) { workOrder(id: $id) { operations { telemetry(metric: "smell") { count } } } }`, { id: order.id });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists machines with their state history and analytics’ downtime ranking beside it, in one graph', async () => {
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const data = await must(`query ($wc: ID!, $from: DateTime!, $to: DateTime!) { machines(workCenterId: $wc) { id code state workCenter { id } stateHistory(from: $from, to: $to) { from to reason } downtimeReasons(from: $from, to: $to) { reason } } }`, {
      wc: workCenterId,
      ...window,
    });
    const first = data.machines.find((machine: { id: string }) => machine.id === machines.first);
    expect(first).toMatchObject({ state: 'IDLE', workCenter: { id: workCenterId } });
    expect(first.stateHistory.map((change: { to: string }) => change.to)).toEqual(['OFF_SHIFT', 'IDLE', 'SETUP', 'RUNNING', 'DOWN', 'IDLE', 'RUNNING', 'IDLE']);
    expect(first.stateHistory[4].reason).toBe('MECHANICAL_FAILURE');
  });
});

describe('who may do what', () => {
  it('refuses analysts releasing work orders and finance moving machines', async () => {
    const released = await stack.query(release, { input: { itemId: product.id, quantity: 1, dueDate: daysFromToday(5), siteId: plant.siteId, warehouseId: plant.warehouseId } }, { role: 'analyst' });
    expect(released.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const state = await stack.query(setState, { input: { machineIds: [machines.first], state: 'OFF_SHIFT' } }, { role: 'finance' });
    expect(state.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a state change the taxonomy does not allow', async () => {
    const noReason = await stack.query(setState, { input: { machineIds: [machines.first], state: 'DOWN' } }, { role: 'operator' });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongKind = await stack.query(setState, { input: { machineIds: [machines.first], state: 'PLANNED_DOWNTIME', reason: 'JAM' } }, { role: 'operator' });
    expect(wrongKind.errors?.[0]?.message).toMatch(/unplanned reason/);
    const running = await stack.query(setState, { input: { machineIds: [machines.first], state: 'RUNNING' } }, { role: 'operator' });
    expect(running.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
