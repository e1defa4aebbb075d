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
            (SELECT count(*)::int FROM aps.site_calendar) AS calendars,
            (SELECT coalesce(sum(version), 0)::int FROM aps.plan_scenario) AS scenario_versions,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

const versionFields = 'id number status origin kpis { operations workOrders lateWorkOrders totalLatenessHours makespanHours utilisation }';

/** Starts a run and waits until it has ended (no fixed sleep: the run's own status says when). */
async function schedule(scenarioId: string, siteId: string, seconds = 0.5) {
  const started = await ok(`mutation ($input: ScheduleInput!) { startScheduling(input: $input) { id status } }`, { input: { scenarioId, siteId, seconds } });
  return waitForRun(started.startScheduling.id);
}

/** Sets a site's frozen horizon, keeping its shifts and holidays. */
async function setFrozenHours(siteId: string, frozenHours: number) {
  const { siteCalendar } = await ok(`query ($siteId: ID!) { siteCalendar(siteId: $siteId) { shifts { weekday start end } holidays } }`, { siteId });
  return stack.query(`mutation ($siteId: ID!, $shifts: [ShiftInput!]!, $holidays: [Date!]!, $frozenHours: Float) { setSiteCalendar(siteId: $siteId, shifts: $shifts, holidays: $holidays, frozenHours: $frozenHours) { frozenHours } }`, {
    siteId,
    ...siteCalendar,
    frozenHours,
  });
}

/** A site whose thirty work orders cannot all be on time: a search there has no bound to stop at, only its time or a cancel. */
async function crowdedSite(cutWorkCenterId: string) {
  const other = await createSite(stack);
  const valve = await createItem(stack, { type: 'FG' });
  const machine = newId();
  await write([
    { type: 'mes.MachineRegistered', subjectType: 'Machine', subjectId: machine, siteId: other.id, payload: { code: 'CUT-9', name: 'CUT-9', workCenterId: cutWorkCenterId, siteId: other.id, idealCycleSeconds: 60 } },
    { type: 'erp.RoutingChanged', subjectType: 'Item', subjectId: valve.id, itemId: valve.id, payload: { sku: 'VALVE', steps: [{ sequence: 10, workCenterId: cutWorkCenterId, setupMinutes: 15, runSecondsPerUnit: 240, machineIds: [] }] } },
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
  return other;
}

/** Starts a long run and waits until the run's kept progress shows it searching. */
async function searchingRun(scenarioId: string, siteId: string) {
  const started = await ok(`mutation ($input: ScheduleInput!) { startScheduling(input: $input) { id status } }`, { input: { scenarioId, siteId, seconds: 60 } });
  expect(started.startScheduling.status).toBe('RUNNING');
  for (;;) {
    const { scheduleRun } = await ok(`query ($id: ID!) { scheduleRun(id: $id) { status iterations elapsedMs } }`, { id: started.startScheduling.id });
    if (scheduleRun.iterations > 0) return started.startScheduling.id as string;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForRun(id: string) {
  for (;;) {
    const { scheduleRun } = await ok(`query ($id: ID!) { scheduleRun(id: $id) { status startedAt endedAt elapsedMs iterations error scheduleVersion { ${versionFields} } } }`, { id });
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
    // Nothing frozen here: the scenario below takes the welder away now, which would strand operations frozen on it.
    expect((await setFrozenHours(site.id, 0)).errors).toBeUndefined();
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

  it('keeps a run with its progress; a cancel stops it mid-search within a second, and it keeps the best schedule found so far', async () => {
    const [cut] = await stack.database.query<{ work_center_id: string }>('SELECT work_center_id FROM aps.machine WHERE id = $1', [machines.cut1]);
    const other = await crowdedSite(cut!.work_center_id);
    const id = await searchingRun(liveId, other.id);
    const cancelledAt = Date.now();
    const cancelled = await ok(`mutation ($id: ID!) { cancelScheduleRun(id: $id) { status } }`, { id });
    expect(cancelled.cancelScheduleRun.status).toBe('CANCELLED');
    const run = await waitForRun(id);
    expect(run.status).toBe('CANCELLED');
    expect(run.scheduleVersion.kpis.operations).toBe(30);
    expect(new Date(run.endedAt).getTime() - cancelledAt).toBeLessThan(1_000);
    const [kept] = await stack.database.query<{ status: string; schedule_version_id: string; iterations: number }>('SELECT status, schedule_version_id, iterations FROM aps.schedule_run WHERE id = $1', [id]);
    expect(kept).toEqual({ status: 'CANCELLED', schedule_version_id: run.scheduleVersion.id, iterations: run.iterations });

    // A cancel on another instance reaches the searching process through the kept run, at its next beat.
    const elsewhere = await searchingRun(liveId, other.id);
    const requestedAt = Date.now();
    await stack.database.query("UPDATE aps.schedule_run SET cancel_requested = true, status = 'CANCELLED' WHERE id = $1", [elsewhere]);
    const stopped = await waitForRun(elsewhere);
    expect(stopped.status).toBe('CANCELLED');
    expect(new Date(stopped.endedAt).getTime() - requestedAt).toBeLessThan(1_000);
  });

  it('shows a run whose process died before it ended as failed, interrupted', async () => {
    // What a process stopped mid-search leaves behind: a run that never ended and whose beat went quiet.
    const id = newId();
    await stack.database.query(
      "INSERT INTO aps.schedule_run (id, scenario_id, site_id, status, started_at, heartbeat_at, iterations) VALUES ($1, $2, $3, 'RUNNING', now() - interval '3 minutes', now() - interval '2 minutes', 40)",
      [id, liveId, site.id],
    );
    const { scheduleRun } = await ok(`query ($id: ID!) { scheduleRun(id: $id) { status endedAt error iterations scheduleVersion { id } } }`, { id });
    expect(scheduleRun).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^Interrupted/), iterations: 40, scheduleVersion: null });
    expect(new Date(scheduleRun.endedAt).getTime()).toBeLessThan(Date.now() - 60_000);
    const unknown = await stack.query(`query ($id: ID!) { scheduleRun(id: $id) { status } }`, { id: newId() });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
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
    const plannedOrderId = committed.commitRushOrder.plannedOrder.id;
    const released = await stack.database.query("SELECT 1 FROM analytics.supply_chain_event WHERE type = 'aps.PlannedOrderReleased' AND subject_id = $1", [plannedOrderId]);
    expect(released).toHaveLength(1);

    // Until mes announces the work order it made of the planned order, nothing says what it became; then the work order does.
    const releasedAs = async () => (await ok(`query ($id: ID!) { plannedOrder(id: $id) { releasedAs { __typename ... on WorkOrder { id } } } }`, { id: plannedOrderId })).plannedOrder.releasedAs;
    expect(await releasedAs()).toBeNull();
    const workOrderId = newId();
    await write([
      {
        type: 'mes.WorkOrderReleased',
        subjectType: 'WorkOrder',
        subjectId: workOrderId,
        itemId: pump.id,
        siteId: site.id,
        payload: { number: 'WO-T-RUSH', itemId: pump.id, siteId: site.id, warehouseId: newId(), quantity: 20, dueDate: daysFromToday(2), priority: 5, salesOrderId: null, plannedOrderId },
      },
    ]);
    await stack.drainConsumers();
    expect(await releasedAs()).toEqual({ __typename: 'WorkOrder', id: workOrderId });
  });

  it('checks a drag against precedence and the calendar, writing nothing when it breaks them', async () => {
    const live = await ok(`{ livePlan { schedule(siteId: "${site.id}") { id operations { workOrder { id } workOrderNumber sequence machine { id } start end } } } }`);
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
    expect(onSunday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_CALENDAR' });
    // In the planner's words: the work order's number and step, the machine's code, the time in UTC.
    expect(onSunday.errors?.[0]?.message).toMatch(
      new RegExp(`^${weld.workOrderNumber} step 20 does not fit WELD-1's calendar at ${sunday.toISOString().slice(0, 16).replace('T', ' ')} UTC( without interruption)?$`),
    );
    const wrongMachine = await move(weld.start, machines.cut1);
    expect(wrongMachine.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongMachine.errors?.[0]?.message).toBe(`${weld.workOrderNumber} step 20 cannot run on CUT-1`);
    expect(await counts()).toEqual(before);
  });

  it('freezes the site’s horizon for drags as for runs: what starts in it stays, and nothing is dropped into it', async () => {
    const version = (await ok(`{ livePlan { schedule(siteId: "${site.id}") { id operations { workOrder { id } workOrderNumber sequence machine { id } start } } } }`)).livePlan.schedule;
    const [first] = version.operations;
    const last = version.operations.at(-1);
    const move = (operation: any, start: string) =>
      stack.query(`query ($input: OperationMoveInput!) { evaluateOperationMove(input: $input) { kpiDeltas { makespanHours } } }`, {
        input: { scheduleVersionId: version.id, workOrderId: operation.workOrder.id, sequence: operation.sequence, machineId: operation.machine.id, start },
      });
    // A week frozen holds every operation of these few days.
    expect((await setFrozenHours(site.id, 168)).errors).toBeUndefined();
    try {
      const before = await counts();
      const frozen = await move(first, new Date(new Date(first.start).getTime() + 8 * 86_400_000).toISOString());
      expect(frozen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OPERATION_FROZEN' });
      expect(frozen.errors?.[0]?.message).toBe(`${first.workOrderNumber} step ${first.sequence} has started or is inside the frozen horizon; it cannot be moved`);
      const into = await move(last, new Date(Date.now() + 86_400_000).toISOString());
      expect(into.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INSIDE_FROZEN_HORIZON' });
      expect(into.errors?.[0]?.message).toMatch(/^It would start inside the frozen horizon \(until \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)/);
      expect(await counts()).toEqual(before);
    } finally {
      expect((await setFrozenHours(site.id, 0)).errors).toBeUndefined();
    }
  });

  it('keeps one frozen horizon per site: 8 hours until a planner sets it, kept when the shifts change, refused out of range', async () => {
    const fresh = await createSite(stack);
    await stack.drainConsumers();
    const frozenHours = async () => (await ok(`query ($siteId: ID!) { siteCalendar(siteId: $siteId) { frozenHours } }`, { siteId: fresh.id })).siteCalendar.frozenHours;
    expect(await frozenHours()).toBe(8);
    expect((await setFrozenHours(fresh.id, 12.5)).data?.setSiteCalendar).toEqual({ frozenHours: 12.5 });
    await ok(`mutation ($siteId: ID!) { setSiteCalendar(siteId: $siteId, shifts: [{ weekday: 1, start: "06:00", end: "14:00" }], holidays: []) { frozenHours } }`, { siteId: fresh.id });
    expect(await frozenHours()).toBe(12.5);
    const before = await counts();
    for (const hours of [-1, 169]) expect((await setFrozenHours(fresh.id, hours)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    expect(await frozenHours()).toBe(12.5);
    const analyst = await stack.query(`mutation ($siteId: ID!) { setSiteCalendar(siteId: $siteId, shifts: [], holidays: [], frozenHours: 0) { frozenHours } }`, { siteId: fresh.id }, { role: 'analyst' });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await frozenHours()).toBe(12.5);
  });

  it('answers a malformed site with BAD_USER_INPUT and an unknown one with NOT_FOUND, a site without a schedule with null', async () => {
    const schedule = (siteId: string) => stack.query(`query ($siteId: ID!) { livePlan { schedule(siteId: $siteId) { id } } }`, { siteId });
    const malformed = await schedule('x');
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId' });
    const unknown = await schedule(newId());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'siteId' });
    const fresh = await createSite(stack);
    await stack.drainConsumers();
    expect((await schedule(fresh.id)).data?.livePlan.schedule).toBeNull();
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
