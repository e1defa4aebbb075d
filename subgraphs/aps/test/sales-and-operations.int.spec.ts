import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type SubgraphOrm } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { openSubgraph } from '@plexus/host';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite } from '@plexus/test-kit';
import { addMonths, monthStartOf } from '../src/sales-and-operations/sales-and-operations.rules.ts';
import { subgraph } from '../src/subgraph.ts';

/**
 * S&OP through the router. Families are erp's, forecasts and orders crm's
 * (through their mutations); the shop floor, work orders and a purchase
 * order are written as mes's, erp's and srm's events in the contract's
 * shapes, as the schedule spec does.
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

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, viewer?: { role: string }): Promise<T> {
  const result = await stack.query<T>(query, variables, viewer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const dayMs = 86_400_000;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
/** A Monday whose Thursday falls in the month: the Monday of the week of its 11th. */
const mondayIn = (month: string) => {
  const eleventh = plusDays(month, 10);
  return plusDays(eleventh, -((new Date(`${eleventh}T00:00:00Z`).getUTCDay() + 6) % 7));
};
/** Two 8-hour shifts on each weekday of the month: the default calendar. */
const defaultHours = (month: string) => {
  let hours = 0;
  for (let day = month; day < addMonths(month, 1); day = plusDays(day, 1)) if (![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) hours += 16;
  return hours;
};

// Two months ahead: inside every horizon, and every week of it still to come.
const first = addMonths(monthStartOf(new Date().toISOString().slice(0, 10)), 2);
const second = addMonths(first, 1);

const planQuery = `query ($familyId: ID!, $scenarioId: ID, $from: Date, $months: Int) {
  salesAndOperationsPlan(familyId: $familyId, scenarioId: $scenarioId, from: $from, months: $months) {
    unitOfMeasure family { code } scenario { id live } workCenters { id }
    months { month forecast orders demand production purchases supply capacityHours loadHours familyLoadHours }
  } }`;
const save = `mutation ($input: SaveConsensusPlanInput!) { saveConsensusPlan(input: $input) {
  id number savedBy savedAt decisions scenario { id } family { id } months { month quantity figures { month forecast demand supply capacityHours } }
} }`;
const createFamily = `mutation ($input: CreateProductFamilyInput!) { createProductFamily(input: $input) { id } }`;
const setForecast = `mutation ($input: SetDemandForecastInput!) { setDemandForecast(input: $input) { weekStart } }`;

async function counts() {
  const [row] = await stack.database.query<{ plans: number; numbers: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM aps.consensus_plan) AS plans,
            (SELECT coalesce(sum(last_value), 0)::int FROM aps.document_sequence WHERE prefix = 'SOP') AS numbers,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

describe('S&OP through the router', { timeout: 300_000 }, () => {
  let site: { id: string };
  let pump: { id: string };
  let valve: { id: string };
  let familyId: string;
  let liveId: string;
  const assy = newId();
  const machine = newId();

  beforeAll(async () => {
    site = await createSite(stack);
    [pump, valve] = [await createItem(stack), await createItem(stack)];
    const gear = await createItem(stack, { type: 'SFG' });
    familyId = (await ok(createFamily, { input: { code: 'SOP-PUMPS', name: 'Pumps', unitOfMeasure: 'EA', itemIds: [pump.id, valve.id] } })).createProductFamily.id;
    for (const [item, week, quantity] of [
      [pump, mondayIn(first), 10],
      [pump, mondayIn(second), 7],
      [valve, mondayIn(first), 5],
    ] as const) {
      await ok(setForecast, { input: { itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: week, quantity }] } });
    }
    const customer = await createCustomer(stack);
    const order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [
      { itemId: pump.id, quantity: 8, requestedDate: plusDays(first, 14) },
      { itemId: valve.id, quantity: 12, requestedDate: plusDays(first, 20) },
    ]);
    await confirmSalesOrder(stack, order.id);
    const workOrder = (itemId: string, quantity: number, dueDate: string): SupplyChainEventInput => {
      const id = newId();
      return {
        type: 'mes.WorkOrderReleased',
        subjectType: 'WorkOrder',
        subjectId: id,
        itemId,
        siteId: site.id,
        payload: { number: `WO-SOP-${id.slice(-6)}`, itemId, siteId: site.id, warehouseId: newId(), quantity, dueDate, priority: 5, salesOrderId: null, plannedOrderId: null },
      };
    };
    const step = { sequence: 10, workCenterId: assy, setupMinutes: 30, runSecondsPerUnit: 360, machineIds: [machine] };
    await write([
      { type: 'mes.WorkCenterCreated', subjectType: 'WorkCenter', subjectId: assy, siteId: site.id, payload: { code: 'ASSY-SOP', name: 'Assembly', siteId: site.id } },
      { type: 'mes.MachineRegistered', subjectType: 'Machine', subjectId: machine, siteId: site.id, payload: { code: 'ASSY-SOP-1', name: 'Assembly 1', workCenterId: assy, siteId: site.id, idealCycleSeconds: 60 } },
      { type: 'erp.RoutingChanged', subjectType: 'Item', subjectId: pump.id, itemId: pump.id, payload: { sku: 'PUMP', steps: [step] } },
      { type: 'erp.RoutingChanged', subjectType: 'Item', subjectId: gear.id, itemId: gear.id, payload: { sku: 'GEAR', steps: [step] } },
      workOrder(pump.id, 20, plusDays(first, 5)),
      workOrder(gear.id, 10, plusDays(first, 6)),
      {
        type: 'srm.PurchaseOrderPlaced',
        subjectType: 'PurchaseOrder',
        subjectId: newId(),
        siteId: site.id,
        supplierId: newId(),
        payload: { number: 'PO-SOP-1', lines: [{ lineId: newId(), itemId: valve.id, quantity: 30, unitPrice: 4, requestedDate: plusDays(second, 4) }] },
      },
    ]);
    await stack.drainConsumers();
    liveId = (await ok(`{ livePlan { id } }`)).livePlan.id;
  }, 600_000);

  it('sums the family demand, supply, capacity and load by month in the family unit', async () => {
    const { salesAndOperationsPlan: plan } = await ok(planQuery, { familyId, from: plusDays(first, 9), months: 3 });
    expect(plan).toMatchObject({ unitOfMeasure: 'EA', family: { code: 'SOP-PUMPS' }, scenario: { id: liveId, live: true }, workCenters: [{ id: assy }] });
    expect(plan.months).toEqual([
      // Pump: forecast 10, orders 8 → 10; valve: forecast 5, orders 12 → 12. Load: pump 0.5 + 20 × 0.1 h, gear 0.5 + 10 × 0.1 h.
      { month: first, forecast: 15, orders: 20, demand: 22, production: 20, purchases: 0, supply: 20, capacityHours: defaultHours(first), loadHours: 4, familyLoadHours: 2.5 },
      { month: second, forecast: 7, orders: 0, demand: 7, production: 0, purchases: 30, supply: 30, capacityHours: defaultHours(second), loadHours: 0, familyLoadHours: 0 },
      { month: addMonths(second, 1), forecast: 0, orders: 0, demand: 0, production: 0, purchases: 0, supply: 0, capacityHours: defaultHours(addMonths(second, 1)), loadHours: 0, familyLoadHours: 0 },
    ]);
    const defaults = await ok(planQuery, { familyId });
    expect(defaults.salesAndOperationsPlan.months).toHaveLength(18);
    expect(defaults.salesAndOperationsPlan.months[0].month).toBe(monthStartOf(new Date().toISOString().slice(0, 10)));
  });

  it('shows a scenario with its own demand and capacity beside the live plan', async () => {
    const scenarioId = (await ok(`mutation { createScenario(input: { name: "More pumps" }) { id } }`)).createScenario.id;
    await ok(`mutation ($input: ScenarioDemandInput!) { changeScenarioDemand(input: $input) { id } }`, { input: { scenarioId, itemId: pump.id, weekStart: mondayIn(second), quantity: 40 } });
    await ok(`mutation ($input: ScenarioCapacityInput!) { changeScenarioCapacity(input: $input) { id } }`, {
      input: { scenarioId, machineId: machine, kind: 'MACHINE_DOWN', from: `${second}T00:00:00Z`, to: `${addMonths(second, 1)}T00:00:00Z` },
    });
    const [live, scenario] = await Promise.all([ok(planQuery, { familyId, from: first, months: 2 }), ok(planQuery, { familyId, scenarioId, from: first, months: 2 })]);
    expect(live.salesAndOperationsPlan.months[1]).toMatchObject({ forecast: 7, capacityHours: defaultHours(second) });
    expect(scenario.salesAndOperationsPlan.scenario).toEqual({ id: scenarioId, live: false });
    expect(scenario.salesAndOperationsPlan.months[1]).toMatchObject({ forecast: 40, demand: 40, capacityHours: 0 });
    expect(scenario.salesAndOperationsPlan.months[0]).toEqual(live.salesAndOperationsPlan.months[0]);
  });

  it('saves a consensus plan as a snapshot with who, when, the figures and the decisions, and lists it', async () => {
    const before = await counts();
    const { saveConsensusPlan: saved } = await ok(
      save,
      { input: { familyId, months: [{ month: second, quantity: 30 }, { month: plusDays(first, 3), quantity: 25 }], decisions: ['  Add a Saturday shift in assembly ', 'Hold valve prices'] } },
      { role: 'planner' },
    );
    expect(saved).toMatchObject({ number: expect.stringMatching(/^SOP-\d{4}-\d{6}$/), scenario: { id: liveId }, family: { id: familyId }, decisions: ['Add a Saturday shift in assembly', 'Hold valve prices'] });
    expect(saved.savedBy).toEqual(expect.any(String));
    expect(saved.months).toEqual([
      { month: first, quantity: 25, figures: { month: first, forecast: 15, demand: 22, supply: 20, capacityHours: defaultHours(first) } },
      { month: second, quantity: 30, figures: { month: second, forecast: 7, demand: 7, supply: 30, capacityHours: defaultHours(second) } },
    ]);
    expect(await counts()).toEqual({ plans: before.plans + 1, numbers: before.numbers + 1, events: before.events + 1 });
    const [event] = await stack.database.query<{ payload: any }>("SELECT payload FROM analytics.supply_chain_event WHERE type = 'aps.ConsensusPlanSaved' AND subject_id = $1", [saved.id]);
    expect(event!.payload).toMatchObject({ familyId, months: [{ month: first, quantity: 25 }, { month: second, quantity: 30 }] });
    const listed = await ok(
      `query ($familyId: ID!) { consensusPlans(familyId: $familyId) { id number decisions savedBy scenario { id name } months { month quantity figures { demand supply } } } }`,
      { familyId },
      { role: 'executive' },
    );
    expect(listed.consensusPlans).toEqual([
      {
        id: saved.id,
        number: saved.number,
        decisions: saved.decisions,
        savedBy: saved.savedBy,
        scenario: { id: liveId, name: 'Live plan' },
        months: [
          { month: first, quantity: 25, figures: { demand: 22, supply: 20 } },
          { month: second, quantity: 30, figures: { demand: 7, supply: 30 } },
        ],
      },
    ]);
    await expect(stack.database.query('UPDATE aps.consensus_plan SET decisions = $1 WHERE id = $2', ['[]', saved.id])).rejects.toThrow(/immutable/);
  });

  it('refuses unknown families and scenarios, months outside 1 to 36, no decisions and readers, writing nothing', async () => {
    const before = await counts();
    const unknown = newId();
    const plans = [
      await stack.query(planQuery, { familyId: unknown }),
      await stack.query(planQuery, { familyId: 'pumps' }),
      await stack.query(planQuery, { familyId, scenarioId: unknown }),
      await stack.query(planQuery, { familyId, months: 0 }),
      await stack.query(planQuery, { familyId, months: 37 }),
    ];
    expect(plans.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    const months = [{ month: first, quantity: 10 }];
    const saves = [
      await stack.query(save, { input: { familyId: unknown, months, decisions: ['Go'] } }),
      await stack.query(save, { input: { familyId, scenarioId: unknown, months, decisions: ['Go'] } }),
      await stack.query(save, { input: { familyId, months, decisions: [] } }),
      await stack.query(save, { input: { familyId, months, decisions: [' '] } }),
      await stack.query(save, { input: { familyId, months: [], decisions: ['Go'] } }),
      await stack.query(save, { input: { familyId, months: Array.from({ length: 37 }, (_, index) => ({ month: addMonths(first, index), quantity: 1 })), decisions: ['Go'] } }),
      await stack.query(save, { input: { familyId, months: [{ month: first, quantity: -5 }], decisions: ['Go'] } }),
      await stack.query(save, { input: { familyId, months, decisions: ['Go'] } }, { role: 'executive' }),
    ];
    expect(saves.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'FORBIDDEN']);
    expect(await counts()).toEqual(before);
  });

  it('costs the same number of statements for a family of 2 items as for one of 8', async () => {
    const items = [];
    for (let index = 0; index < 8; index += 1) items.push(await createItem(stack));
    const bigId = (await ok(createFamily, { input: { code: 'SOP-BIG', name: 'Big', unitOfMeasure: 'EA', itemIds: items.map((item) => item.id) } })).createProductFamily.id;
    for (const item of items) await ok(setForecast, { input: { itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(first), quantity: 3 }] } });
    await stack.drainConsumers();
    const statementsOf = async (id: string) => {
      const { result, statements } = await stack.database.statements.measure(() => stack.query(planQuery, { familyId: id, from: first }), 'aps');
      expect(result.errors).toBeUndefined();
      return { statements, months: result.data.salesAndOperationsPlan.months };
    };
    const small = await statementsOf(familyId);
    const big = await statementsOf(bigId);
    expect(big.months[0].forecast).toBe(24);
    expect(big.statements).toBe(small.statements);
  });
});
