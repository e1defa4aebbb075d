import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type SubgraphOrm } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { openSubgraph } from '@plexus/host';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, createSite, daysFromToday } from '@plexus/test-kit';
import { subgraph } from '../src/subgraph.ts';

/**
 * Scheduling through the router. The shop floor (work centers, machines,
 * work orders) is mes's and the routing erp's: the spec writes their events
 * in the contract's shapes, as those systems do.
 */

let stack: Stack;
let orm: SubgraphOrm;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  orm = await openSubgraph(subgraph, stack.database);
}, 600_000);
afterAll(async () => {
  await orm?.close();
  await stack?.stop();
});

const write = (events: SupplyChainEventInput[]) => orm.em.fork().transactional((em) => recordEvents(em, events, { now: new Date() }));

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await stack.query<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM aps.schedule_version) AS versions,
            (SELECT count(*)::int FROM aps.schedule_version WHERE status = 'PUBLISHED') AS published,
            (SELECT count(*)::int FROM aps.scheduled_operation) AS operations,
            (SELECT count(*)::int FROM aps.planned_order) AS planned,
            (SELECT count(*)::int FROM aps.scenario_change) AS changes,
            (SELECT coalesce(sum(version), 0)::int FROM aps.plan_scenario) AS scenario_versions,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

const versionFields = 'id number status origin kpis { operations workOrders lateWorkOrders totalLatenessHours makespanHours utilisation }';

/** Starts a run and waits until it has ended (no fixed sleep: the run's own status says when). */
async function schedule(scenarioId: string, siteId: string, seconds = 0.5) {
  const started = await ok(`mutation ($input: ScheduleInput!) { startScheduling(input: $input) { id status } }`, { input: { scenarioId, siteId, seconds, frozenHours: 0 } });
  return waitForRun(started.startScheduling.id);
}

async function waitForRun(id: string) {
  for (;;) {
    const { scheduleRun } = await ok(`query ($id: ID!) { scheduleRun(id: $id) { status elapsedMs error scheduleVersion { ${versionFields} } } }`, { id });
    if (scheduleRun.status !== 'RUNNING' || scheduleRun.error) {
      if (scheduleRun.scheduleVersion || scheduleRun.error) return scheduleRun;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// Generous timeouts: each step goes through the router and several systems on a shared, busy machine.
describe('finite-capacity scheduling through the router', { timeout: 300_000 }, () => {
  let site: { id: string };
  let pump: { id: string };
  let liveId: string;
  const machines = { cut1: newId(), cut2: newId(), weld: newId() };
  const workOrders = [newId(), newId(), newId(), newId()];
  const salesOrderId = newId();

  beforeAll(async () => {
    site = await createSite(stack);
    pump = await createItem(stack, { type: 'FG' });
    const cut = newId();
    const weld = newId();
    await write([
      { type: 'mes.WorkCenterCreated', subjectType: 'WorkCenter', subjectId: cut, siteId: site.id, payload: { code: 'CUT', name: 'Cutting', siteId: site.id } },
      { type: 'mes.WorkCenterCreated', subjectType: 'WorkCenter', subjectId: weld, siteId: site.id, payload: { code: 'WELD', name: 'Welding', siteId: site.id } },
      ...(
        [
          [machines.cut1, 'CUT-1', cut],
          [machines.cut2, 'CUT-2', cut],
          [machines.weld, 'WELD-1', weld],
        ] as const
      ).map(([id, code, workCenterId]): SupplyChainEventInput => ({
        type: 'mes.MachineRegistered',
        subjectType: 'Machine',
        subjectId: id,
        siteId: site.id,
        payload: { code, name: code, workCenterId, siteId: site.id, idealCycleSeconds: 60 },
      })),
      {
        type: 'erp.RoutingChanged',
        subjectType: 'Item',
        subjectId: pump.id,
        itemId: pump.id,
        payload: {
          sku: 'PUMP',
          steps: [
            { sequence: 10, workCenterId: cut, setupMinutes: 30, runSecondsPerUnit: 240, machineIds: [] },
            { sequence: 20, workCenterId: weld, setupMinutes: 20, runSecondsPerUnit: 180, machineIds: [machines.weld] },
          ],
        },
      },
      ...workOrders.map(
        (id, index): SupplyChainEventInput => ({
          type: 'mes.WorkOrderReleased',
          subjectType: 'WorkOrder',
          subjectId: id,
          itemId: pump.id,
          siteId: site.id,
          payload: {
            number: `WO-T-${index + 1}`,
            itemId: pump.id,
            siteId: site.id,
            warehouseId: newId(),
            quantity: 40,
            dueDate: daysFromToday(3 + index),
            priority: 5,
            salesOrderId: index === 0 ? salesOrderId : null,
            plannedOrderId: null,
          },
        }),
      ),
    ]);
    await stack.drainConsumers();
    liveId = (await ok(`{ livePlan { id } }`)).livePlan.id;
  }, 600_000);

  it('runs in the background to a draft; of two drafts computed together only the first commits, the live schedule unchanged by the second', async () => {
    const [first, second] = await Promise.all([schedule(liveId, site.id), schedule(liveId, site.id)]);
    expect(first.status).toBe('FINISHED');
    expect(first.scheduleVersion).toMatchObject({ status: 'DRAFT', origin: 'RUN', kpis: { operations: 8, workOrders: 4 } });

    const published = await ok(`mutation ($id: ID!) { publishScheduleVersion(id: $id) { status } }`, { id: first.scheduleVersion.id });
    expect(published.publishScheduleVersion.status).toBe('PUBLISHED');
    const [event] = await stack.database.query<{ payload: any }>("SELECT payload FROM analytics.supply_chain_event WHERE type = 'aps.SchedulePublished' AND subject_id = $1", [first.scheduleVersion.id]);
    expect(event!.payload.operations).toHaveLength(8);
    expect(event!.payload.operations[0]).toEqual({ workOrderId: expect.any(String), sequence: expect.any(Number), machineId: expect.any(String), start: expect.any(String), end: expect.any(String) });

    const before = await counts();
    const late = await stack.query(`mutation ($id: ID!) { publishScheduleVersion(id: $id) { status } }`, { id: second.scheduleVersion.id });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    const live = await ok(`{ livePlan { schedule(siteId: "${site.id}") { id operations { workOrderNumber sequence machine { id } start end setupMinutes late dueDate } } } }`);
    expect(live.livePlan.schedule.id).toBe(first.scheduleVersion.id);
    // Every operation inside the default shifts (Monday to Friday, 06:00–22:00 UTC), welding after cutting.
    for (const operation of live.livePlan.schedule.operations) {
      const start = new Date(operation.start);
      expect(start.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect([0, 6]).not.toContain(start.getUTCDay());
    }
    const byOrder = new Map<string, any[]>();
    for (const operation of live.livePlan.schedule.operations) byOrder.set(operation.workOrderNumber, [...(byOrder.get(operation.workOrderNumber) ?? []), operation]);
    for (const [cut, weld] of byOrder.values()) expect(new Date(weld.start).getTime()).toBeGreaterThanOrEqual(new Date(cut.end).getTime());
  });

  it('stops a long run on cancel and keeps the best schedule found so far', async () => {
    // A second site whose thirty work orders cannot all be on time: the search has no bound to stop at, only the cancel.
    const other = await createSite(stack);
    const valve = await createItem(stack, { type: 'FG' });
    const [cut] = await stack.database.query<{ work_center_id: string }>('SELECT work_center_id FROM aps.machine WHERE id = $1', [machines.cut1]);
    const machine = newId();
    await write([
      { type: 'mes.MachineRegistered', subjectType: 'Machine', subjectId: machine, siteId: other.id, payload: { code: 'CUT-9', name: 'CUT-9', workCenterId: cut!.work_center_id, siteId: other.id, idealCycleSeconds: 60 } },
      { type: 'erp.RoutingChanged', subjectType: 'Item', subjectId: valve.id, itemId: valve.id, payload: { sku: 'VALVE', steps: [{ sequence: 10, workCenterId: cut!.work_center_id, setupMinutes: 15, runSecondsPerUnit: 240, machineIds: [] }] } },
      ...Array.from({ length: 30 }, (_, index): SupplyChainEventInput => ({
        type: 'mes.WorkOrderReleased',
        subjectType: 'WorkOrder',
        subjectId: newId(),
        itemId: valve.id,
        siteId: other.id,
        payload: { number: `WO-V-${index + 1}`, itemId: valve.id, siteId: other.id, warehouseId: newId(), quantity: 40, dueDate: daysFromToday(1 + (index % 3)), priority: 1 + (index % 5), salesOrderId: null, plannedOrderId: null },
      })),
    ]);
    await stack.drainConsumers();
    const started = await ok(`mutation ($input: ScheduleInput!) { startScheduling(input: $input) { id } }`, { input: { scenarioId: liveId, siteId: other.id, seconds: 60 } });
    const cancelled = await ok(`mutation ($id: ID!) { cancelScheduleRun(id: $id) { status } }`, { id: started.startScheduling.id });
    expect(cancelled.cancelScheduleRun.status).toBe('CANCELLED');
    const run = await waitForRun(started.startScheduling.id);
    expect(run.status).toBe('CANCELLED');
    expect(run.scheduleVersion.kpis.operations).toBe(30);
    expect(run.elapsedMs ?? 0).toBeLessThan(60_000);
  });

  it('evaluates a rush order without changing anything, refuses bad ones, and commits one', async () => {
    const before = await counts();
    const evaluated = await ok(
      `query ($input: RushOrderInput!) { evaluateRushOrder(input: $input) { earliestCompletion completion dueDate onTime moneyAtRisk delayed { workOrderNumber byHours } newlyLate { workOrderNumber } kpiDeltas { lateWorkOrders } } }`,
      { input: { siteId: site.id, itemId: pump.id, quantity: 20, dueDate: daysFromToday(2), mode: 'AT_ANY_COST' } },
    );
    const rush = evaluated.evaluateRushOrder;
    expect(new Date(rush.completion).getTime()).toBe(new Date(rush.earliestCompletion).getTime());
    expect(rush.dueDate).toBe(daysFromToday(2));
    expect(await counts()).toEqual(before);

    const refused = async (input: Record<string, unknown>) =>
      (await stack.query(`query ($input: RushOrderInput!) { evaluateRushOrder(input: $input) { onTime } }`, { input: { siteId: site.id, ...input } })).errors?.[0]?.extensions?.code;
    expect(await refused({ itemId: newId(), quantity: 5, dueDate: daysFromToday(5) })).toBe('NOT_FOUND');
    expect(await refused({ itemId: pump.id, quantity: 5, dueDate: daysFromToday(-1) })).toBe('BAD_USER_INPUT');
    expect(await refused({ itemId: pump.id, quantity: 0, dueDate: daysFromToday(5) })).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);

    const committed = await ok(
      `mutation ($input: RushOrderInput!) { commitRushOrder(input: $input) { completion scheduleVersion { status origin } plannedOrder { id kind status quantity } } }`,
      { input: { siteId: site.id, itemId: pump.id, quantity: 20, dueDate: daysFromToday(2), mode: 'AT_ANY_COST' } },
    );
    expect(committed.commitRushOrder.scheduleVersion).toEqual({ status: 'PUBLISHED', origin: 'RUSH_ORDER' });
    expect(committed.commitRushOrder.plannedOrder).toMatchObject({ kind: 'PRODUCTION', status: 'RELEASED', quantity: 20 });
    const released = await stack.database.query("SELECT 1 FROM analytics.supply_chain_event WHERE type = 'aps.PlannedOrderReleased' AND subject_id = $1", [committed.commitRushOrder.plannedOrder.id]);
    expect(released).toHaveLength(1);
  });

  it('checks a drag against precedence and the calendar, writing nothing when it breaks them', async () => {
    const live = await ok(`{ livePlan { schedule(siteId: "${site.id}") { id operations { workOrder { id } sequence machine { id } start end } } } }`);
    const version = live.livePlan.schedule;
    const weld = version.operations.find((operation: any) => operation.sequence === 20 && workOrders.includes(operation.workOrder.id));
    const cut = version.operations.find((operation: any) => operation.sequence === 10 && operation.workOrder.id === weld.workOrder.id);
    const before = await counts();
    const move = (start: string, machineId = weld.machine.id, operation = weld) =>
      stack.query(`query ($input: OperationMoveInput!) { evaluateOperationMove(input: $input) { kpiDeltas { makespanHours } } }`, {
        input: { scheduleVersionId: version.id, workOrderId: operation.workOrder.id, sequence: operation.sequence, machineId, start },
      });
    const beforeCut = await move(new Date(new Date(cut.start).getTime() - 60_000).toISOString());
    expect(beforeCut.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const sunday = new Date(weld.start);
    sunday.setUTCDate(sunday.getUTCDate() + ((7 - sunday.getUTCDay()) % 7 || 7));
    sunday.setUTCHours(10, 0, 0, 0);
    const onSunday = await move(sunday.toISOString());
    expect(onSunday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const wrongMachine = await move(weld.start, machines.cut1);
    expect(wrongMachine.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('compares a scenario with a machine down against the live plan; capacity edits on the live plan are a CONFLICT', async () => {
    const before = await counts();
    const onLive = await stack.query(`mutation ($input: ScenarioCapacityInput!) { changeScenarioCapacity(input: $input) { id } }`, {
      input: { scenarioId: liveId, machineId: machines.weld, kind: 'MACHINE_DOWN', from: new Date().toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    });
    expect(onLive.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);

    const copy = (await ok(`mutation { createScenario(input: { name: "Welder down" }) { id } }`)).createScenario;
    await ok(`mutation ($input: ScenarioCapacityInput!) { changeScenarioCapacity(input: $input) { changes { kind machine { id } } } }`, {
      input: { scenarioId: copy.id, machineId: machines.weld, kind: 'MACHINE_DOWN', from: new Date().toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    });
    const scenarioRun = await schedule(copy.id, site.id);
    await ok(`mutation ($id: ID!) { publishScheduleVersion(id: $id) { status } }`, { id: scenarioRun.scheduleVersion.id });
    const live = await ok(`{ livePlan { schedule(siteId: "${site.id}") { id } } }`);
    const comparison = await ok(`query ($base: ID!, $other: ID!) { compareSchedules(baseId: $base, otherId: $other) { deltas { lateWorkOrders makespanHours } } }`, {
      base: live.livePlan.schedule.id,
      other: scenarioRun.scheduleVersion.id,
    });
    // Without the welder for a week every pump finishes after it is back: later, and late.
    expect(comparison.compareSchedules.deltas.makespanHours).toBeGreaterThan(0);
    expect(comparison.compareSchedules.deltas.lateWorkOrders).toBeGreaterThan(0);
    // Publishing a scenario's schedule tells mes nothing.
    const events = await stack.database.query("SELECT 1 FROM analytics.supply_chain_event WHERE type = 'aps.SchedulePublished' AND subject_id = $1", [scenarioRun.scheduleVersion.id]);
    expect(events).toEqual([]);
  });
});
