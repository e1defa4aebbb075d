import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';

/** The demo company's planning after a short history: an MRP run released into purchase orders and work orders, and the live schedule. */

let stack: Stack;
let plantId: string;
beforeAll(async () => {
  stack = await startStack({ seed: 'demo', demo: { days: 28 }, pollIntervalMs: 3_600_000 });
  const [plant] = await stack.database.query<{ id: string }>("SELECT id FROM erp.site WHERE code = 'PLT-BER'");
  plantId = plant!.id;
  // What the last simulated day released (aps.PlannedOrderReleased) reaches srm and mes through their consumers.
  await stack.drainConsumers();
  // The history goes through every system's real services: minutes on a busy machine.
}, 900_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the demo plant’s plan', { timeout: 300_000 }, () => {
  it('has an MRP run whose released purchases became srm drafts and whose released production went to mes', async () => {
    const { data, errors } = await stack.query(
      `{ livePlan { latestMrpRun(siteId: "${plantId}") { number plannedOrders(status: [RELEASED]) { id kind item { id } releasedAs { __typename ... on WorkOrder { id number } } } exceptions { kind } } } }`,
    );
    expect(errors).toBeUndefined();
    const released = data.livePlan.latestMrpRun.plannedOrders;
    const purchases = released.filter((order: any) => order.kind === 'PURCHASE');
    expect(purchases.length).toBeGreaterThan(0);
    expect(released.some((order: any) => order.kind === 'PRODUCTION')).toBe(true);
    const drafts = await stack.database.query<{ item_id: string }>(
      "SELECT l.item_id FROM srm.purchase_order o JOIN srm.purchase_order_line l ON l.purchase_order_id = o.id WHERE o.status = 'DRAFT' AND o.site_id = $1",
      [plantId],
    );
    for (const purchase of purchases) expect(drafts.map((draft) => draft.item_id)).toContain(purchase.item.id);
    // Each released production order says which work order mes made of it, as mes announced it.
    const workOrders = await stack.database.query<{ id: string; number: string; planned_order_id: string }>('SELECT id, number, planned_order_id FROM mes.work_order WHERE planned_order_id IS NOT NULL');
    for (const order of released.filter((candidate: any) => candidate.kind === 'PRODUCTION')) {
      const made = workOrders.find((workOrder) => workOrder.planned_order_id === order.id);
      expect(made, `the work order mes made of ${order.id}`).toBeDefined();
      expect(order.releasedAs).toEqual({ __typename: 'WorkOrder', id: made!.id, number: made!.number });
    }
  });

  it('publishes a live schedule of the plant’s open work orders, and evaluates a rush order on it', async () => {
    const [{ open }] = (await stack.database.query<{ open: number }>('SELECT count(*)::int AS open FROM aps.work_order WHERE open AND site_id = $1', [plantId])) as [{ open: number }];
    const { data } = await stack.query(`{ livePlan { schedule(siteId: "${plantId}") { status kpis { workOrders operations } operations { item { id } } } } }`);
    const schedule = data.livePlan.schedule;
    // The schedule exists exactly when mes has released work orders to the plant.
    expect(schedule === null).toBe(open === 0);
    if (!schedule) return;
    expect(schedule.status).toBe('PUBLISHED');
    expect(schedule.kpis.operations).toBeGreaterThan(0);
    const rush = await stack.query(`query ($input: RushOrderInput!) { evaluateRushOrder(input: $input) { earliestCompletion onTime } }`, {
      input: { siteId: plantId, itemId: schedule.operations[0].item.id, quantity: 10, dueDate: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10) },
    });
    expect(rush.errors).toBeUndefined();
  });
});
