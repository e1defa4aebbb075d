import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite, createSupplier, daysFromToday, setSupplierItem } from '@plexus/test-kit';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, viewer?: { role: string }): Promise<T> {
  const result = await stack.query<T>(query, variables, viewer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM aps.mrp_run) AS runs,
            (SELECT count(*)::int FROM aps.planned_order) AS orders,
            (SELECT count(*)::int FROM aps.scenario_change) AS changes,
            (SELECT count(*)::int FROM aps.plan_scenario) AS scenarios,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

async function setBom(parentId: string, components: { componentId: string; quantityPer: number }[]) {
  await ok(`mutation ($itemId: ID!, $lines: [BillOfMaterialsLineInput!]!) { setBillOfMaterials(itemId: $itemId, lines: $lines) { id } }`, { itemId: parentId, lines: components });
}

const planning = (input: Record<string, unknown>) => ok(`mutation ($input: ItemPlanningInput!) { setItemPlanning(input: $input) { id planning { source lotRule } } }`, { input });

const runMrp = (scenarioId: string, siteId: string) =>
  stack.query(
    `mutation ($input: RunMrpInput!) { runMrp(input: $input) { id number weeks
       records { item { id } lowLevelCode grossRequirements plannedOrderReleases }
       plannedOrders { id number kind status quantity releaseDate dueDate item { id } peggedSalesOrders { id } pegs { kind demandId quantity parentOrder { id } } }
       exceptions { kind message }
     } }`,
    { input: { scenarioId, siteId, weeks: 8 } },
  );

// Generous timeouts: each step goes through the router and several systems on a shared, busy machine.
describe('MRP through the router', { timeout: 300_000 }, () => {
  let site: { id: string };
  let pump: { id: string };
  let housing: { id: string };
  let steel: { id: string };
  let order: { id: string };
  let liveId: string;

  beforeAll(async () => {
    site = await createSite(stack);
    pump = await createItem(stack, { type: 'FG' });
    housing = await createItem(stack, { type: 'SFG' });
    steel = await createItem(stack, { type: 'RM' });
    await setBom(pump.id, [{ componentId: housing.id, quantityPer: 1 }]);
    await setBom(housing.id, [{ componentId: steel.id, quantityPer: 3 }]);
    const customer = await createCustomer(stack);
    order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: pump.id, quantity: 10, requestedDate: daysFromToday(35) }]);
    await confirmSalesOrder(stack, order.id);
    await stack.drainConsumers();
    liveId = (await ok(`{ livePlan { id live } }`)).livePlan.id;
  }, 600_000);

  it('refuses a run while an item it needs has no lead time or lot rule, writing nothing', async () => {
    await planning({ itemId: pump.id, leadTimeWeeks: 1, lotRule: 'LOT_FOR_LOT' });
    const before = await counts();
    const result = await runMrp(liveId, site.id);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MISSING_LEAD_TIME', itemId: housing.id });
    expect(await counts()).toEqual(before);
  });

  it('plans every level, pegs to the customer order, and releases purchase orders to srm', async () => {
    await planning({ itemId: housing.id, leadTimeWeeks: 1, lotRule: 'LOT_FOR_LOT' });
    await planning({ itemId: steel.id, leadTimeWeeks: 1, lotRule: 'FIXED_ORDER_QUANTITY', fixedQuantity: 50 });
    const supplier = await createSupplier(stack);
    await setSupplierItem(stack, { supplierId: supplier.id, itemId: steel.id, minimumOrderQuantity: 20, orderMultiple: 20, priceBreaks: [{ minimumQuantity: 1, unitPrice: 3 }] });
    const result = await runMrp(liveId, site.id);
    expect(result.errors).toBeUndefined();
    const run = result.data.runMrp;
    expect(run.number).toMatch(/^MRP-\d{4}-\d{6}$/);
    expect(run.weeks).toHaveLength(8);
    const byItem = (id: string) => run.plannedOrders.filter((planned: any) => planned.item.id === id);
    expect(byItem(pump.id)).toMatchObject([{ kind: 'PRODUCTION', status: 'PLANNED', quantity: 10, peggedSalesOrders: [{ id: order.id }] }]);
    expect(byItem(housing.id)).toMatchObject([{ kind: 'PRODUCTION', quantity: 10, pegs: [{ kind: 'PARENT_ORDER', parentOrder: { id: byItem(pump.id)[0].id } }] }]);
    const [purchase] = byItem(steel.id);
    expect(purchase).toMatchObject({ kind: 'PURCHASE', quantity: 50, peggedSalesOrders: [{ id: order.id }] });
    expect(run.records.find((record: any) => record.item.id === steel.id).lowLevelCode).toBe(2);

    const firmed = await ok(`mutation ($id: ID!) { firmPlannedOrder(id: $id) { status } }`, { id: purchase.id });
    expect(firmed.firmPlannedOrder.status).toBe('FIRM');
    const released = await ok(`mutation ($id: ID!) { releasePlannedOrder(id: $id) { status releasedAt } }`, { id: purchase.id });
    expect(released.releasePlannedOrder.status).toBe('RELEASED');
    const [event] = await stack.database.query<{ payload: any; item_id: string; site_id: string }>(
      "SELECT payload, item_id, site_id FROM analytics.supply_chain_event WHERE type = 'aps.PlannedOrderReleased' AND subject_id = $1",
      [purchase.id],
    );
    expect(event).toMatchObject({ item_id: steel.id, site_id: site.id, payload: { plannedOrderId: purchase.id, kind: 'PURCHASE', quantity: 50, dueDate: purchase.dueDate, supplierId: null, peggedSalesOrderIds: [order.id] } });

    // srm drafts the purchase order from the supplier it buys steel from, in the supplier's multiples.
    await stack.drainConsumers();
    const drafts = await stack.database.query<{ status: string; supplier_id: string; site_id: string; quantity: string; requested_date: string | Date }>(
      `SELECT o.status, o.supplier_id, o.site_id, l.quantity, l.requested_date FROM srm.purchase_order o JOIN srm.purchase_order_line l ON l.purchase_order_id = o.id WHERE l.item_id = $1`,
      [steel.id],
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: 'DRAFT', supplier_id: supplier.id, site_id: site.id });
    expect(Number(drafts[0]!.quantity)).toBe(60);
    expect(new Date(drafts[0]!.requested_date).toISOString().slice(0, 10)).toBe(purchase.dueDate);

    // Once the buyer sends the draft, the planned order says which purchase order it became.
    const releasedAs = async () => (await ok(`query ($id: ID!) { plannedOrder(id: $id) { releasedAs { __typename ... on PurchaseOrder { id } } } }`, { id: purchase.id })).plannedOrder.releasedAs;
    expect(await releasedAs()).toBeNull();
    const [draft] = await stack.database.query<{ id: string }>(`SELECT o.id FROM srm.purchase_order o JOIN srm.purchase_order_line l ON l.purchase_order_id = o.id WHERE l.item_id = $1`, [steel.id]);
    await ok(`mutation ($id: ID!) { sendPurchaseOrder(id: $id) { status } }`, { id: draft!.id }, { role: 'buyer' });
    await stack.drainConsumers();
    expect(await releasedAs()).toEqual({ __typename: 'PurchaseOrder', id: draft!.id });

    const before = await counts();
    const again = await stack.query(`mutation ($id: ID!) { releasePlannedOrder(id: $id) { status } }`, { id: purchase.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('keeps firm and released orders across runs and replaces the proposals', async () => {
    const first = await ok(`{ livePlan { latestMrpRun(siteId: "${site.id}") { plannedOrders { id status } } } }`);
    const planned = first.livePlan.latestMrpRun.plannedOrders.filter((planned: any) => planned.status === 'PLANNED');
    const result = await runMrp(liveId, site.id);
    expect(result.errors).toBeUndefined();
    const ids = result.data.runMrp.plannedOrders.map((planned: any) => planned.id);
    for (const old of planned) expect(ids).not.toContain(old.id);
  });

  it('lets a copy change demand and re-plan while the live plan stays as it was; a change on the live plan is a CONFLICT', async () => {
    const copy = (await ok(`mutation { createScenario(input: { name: "Big order" }) { id live basedOn { id } changes { id } } }`)).createScenario;
    expect(copy).toMatchObject({ live: false, basedOn: { id: liveId }, changes: [] });
    const before = await counts();
    const onLive = await stack.query(`mutation ($input: ScenarioDemandInput!) { changeScenarioDemand(input: $input) { id } }`, {
      input: { scenarioId: liveId, itemId: pump.id, weekStart: daysFromToday(14), quantity: 40 },
    });
    expect(onLive.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);

    const changed = await ok(`mutation ($input: ScenarioDemandInput!) { changeScenarioDemand(input: $input) { changes { kind quantity item { id } } } }`, {
      input: { scenarioId: copy.id, itemId: pump.id, weekStart: daysFromToday(14), quantity: 40 },
    });
    expect(changed.changeScenarioDemand.changes).toEqual([{ kind: 'DEMAND', quantity: 40, item: { id: pump.id } }]);
    const scenarioRun = (await runMrp(copy.id, site.id)).data.runMrp;
    const pumpOrders = scenarioRun.plannedOrders.filter((planned: any) => planned.item.id === pump.id);
    expect(pumpOrders.reduce((sum: number, planned: any) => sum + planned.quantity, 0)).toBe(50);
    const live = await ok(`{ livePlan { changes { id } latestMrpRun(siteId: "${site.id}") { plannedOrders(itemId: "${pump.id}") { quantity } } } }`);
    expect(live.livePlan.changes).toEqual([]);
    expect(live.livePlan.latestMrpRun.plannedOrders.map((planned: any) => planned.quantity)).toEqual([10]);

    const scenarioOrder = scenarioRun.plannedOrders[0];
    const release = await stack.query(`mutation ($id: ID!) { releasePlannedOrder(id: $id) { status } }`, { id: scenarioOrder.id });
    expect(release.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows the master production schedule with forecast and orders', async () => {
    await planning({ itemId: pump.id, leadTimeWeeks: 1, lotRule: 'LOT_FOR_LOT', masterScheduled: true });
    const result = await ok(`{ livePlan { masterProductionSchedule(siteId: "${site.id}", weeks: 8) { weeks items { item { id } customerOrders masterSchedule projectedAvailableBalance availableToPromise } } } }`);
    const schedule = result.livePlan.masterProductionSchedule;
    expect(schedule.weeks).toHaveLength(8);
    const [record] = schedule.items;
    expect(record.item.id).toBe(pump.id);
    expect(record.customerOrders.reduce((sum: number, quantity: number) => sum + quantity, 0)).toBe(10);
    expect(record.masterSchedule.reduce((sum: number, quantity: number) => sum + quantity, 0)).toBe(10);
  });

  it('refuses changes to analysts and everything to suppliers', async () => {
    const before = await counts();
    const analyst = await stack.query(`mutation { createScenario(input: { name: "x" }) { id } }`, {}, { role: 'analyst' });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const supplier = await stack.query(`{ livePlan { id } }`, {}, { role: 'supplier' });
    expect(supplier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});
