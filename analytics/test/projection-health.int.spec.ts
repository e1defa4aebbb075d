import { randomUUID } from 'node:crypto';
import { execute, type SubgraphOrm } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { idOf, orderEvents, type BuiltOrder, type OrderSpec } from './order-fulfilment.factories.ts';

/**
 * Issue 8's jam: a proof of delivery sent a second time for a delivered
 * shipment stopped the order-fulfilment projection at every catch-up, and
 * every projection behind it. Replayed and malformed events go into the
 * stream here; every projection keeps up and the one event that cannot be
 * applied is listed in the graph with its error.
 */

let stack: Stack;
let orm: SubgraphOrm;
beforeAll(async () => {
  // Polling past the spec's end: the spec catches the projections up itself.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  orm = await openAnalytics(stack.database);
});
afterAll(async () => {
  await orm?.close();
  await stack?.stop();
});

const order = (number: number, change: Partial<OrderSpec> = {}): OrderSpec => ({
  number,
  customer: 'Acme',
  placedSite: 'North',
  site: 'North',
  placedAt: '2026-10-01T09:00:00Z',
  lines: [{ item: 'pump', quantity: 10, unitPrice: 100, requested: '2026-10-10' }],
  deliveries: [{ at: '2026-10-09T12:00:00Z', lines: [{ line: 1, quantity: 10 }] }],
  ...change,
});

async function record(events: SupplyChainEventInput[]) {
  await orm.em.fork().transactional((tx) => recordEvents(tx, events, { now: new Date() }));
}

/** The same event sent again: same content, a later time, a new event id (what a retrying sender produces). */
const again = (built: BuiltOrder, type: string, minutesLater: number): SupplyChainEventInput => {
  const original = built.events.find((event) => event.type === type)!;
  return { ...original, time: new Date(original.time!.getTime() + minutesLater * 60_000) } as SupplyChainEventInput;
};

const lineFacts = (orderId: string) =>
  execute<{ delivered_quantity: string; on_time: number; in_full: number; documentation_accurate: number; reasons: string[] }[]>(
    orm.em.fork(),
    'SELECT delivered_quantity::text, on_time, in_full, documentation_accurate, reasons FROM analytics.order_fulfilment_line WHERE order_id = ?',
    [orderId],
  );

const healthQuery = '{ projectionHealth { name lag setAsideEvents { eventId type error } } }';

describe('projections fed duplicate and malformed events', () => {
  it('apply a resent proof of delivery and invoice once, set the malformed event aside, and every projection keeps up', async () => {
    const delivered = orderEvents(order(801));
    const later = orderEvents(order(802, { deliveries: [], invoices: [] }));
    await record([...delivered.events, ...later.events]);
    await catchUpProjections(orm.em);
    expect(await lineFacts(delivered.id)).toEqual([{ delivered_quantity: '10', on_time: 1, in_full: 1, documentation_accurate: 1, reasons: [] }]);

    const malformed: SupplyChainEventInput = {
      type: 'scm.DeliveryConfirmed',
      subjectType: 'Delivery',
      subjectId: randomUUID(),
      orderId: later.id,
      customerId: idOf('Acme'),
      time: new Date('2026-10-09T13:00:00Z'),
      // No lines and no delivery time: a sender's bug.
      payload: { shipmentId: randomUUID() } as never,
    };
    const fresh = orderEvents(order(803));
    const snapshot: SupplyChainEventInput = {
      type: 'wms.InventorySnapshotTaken',
      subjectType: 'Warehouse',
      subjectId: idOf('warehouse of North'),
      siteId: idOf('North'),
      time: new Date('2026-10-09T23:59:00Z'),
      payload: { day: '2026-10-09', warehouseId: idOf('warehouse of North'), balances: [{ itemId: idOf('pump'), quantity: 40, standardCost: 60 }] },
    };
    await record([again(delivered, 'scm.DeliveryConfirmed', 5), again(delivered, 'erp.InvoiceIssued', 5), malformed, snapshot]);
    // Events of the order after the malformed one, and another order, in later transactions.
    await record([{ ...later.events[0]!, type: 'crm.SalesOrderPromised', time: new Date('2026-10-09T14:00:00Z'), payload: { number: later.number, lines: [{ lineId: later.lineIds[0]!, promisedDate: '2026-10-12' }] } }]);
    await record(fresh.events);
    await catchUpProjections(orm.em);

    // Received twice, counted once: still 10 delivered, still perfect.
    expect(await lineFacts(delivered.id)).toEqual([{ delivered_quantity: '10', on_time: 1, in_full: 1, documentation_accurate: 1, reasons: [] }]);
    // The order with the malformed proof of delivery took its later re-promise; the other order is in.
    const [laterLine] = await execute<{ commit_date: string }[]>(
      orm.em.fork(),
      "SELECT to_char(commit_date, 'YYYY-MM-DD') AS commit_date FROM analytics.order_fulfilment_line WHERE order_id = ?",
      [later.id],
    );
    expect(laterLine).toEqual({ commit_date: '2026-10-12' });
    expect(await lineFacts(fresh.id)).toHaveLength(1);
    // The projections after order fulfilment kept up: the snapshot and the new invoice are in.
    const [inventory] = await execute<{ quantity: string }[]>(orm.em.fork(), "SELECT quantity::text FROM analytics.inventory_snapshot WHERE day = '2026-10-09'");
    expect(inventory).toEqual({ quantity: '40' });
    const invoices = await execute<{ order_id: string }[]>(orm.em.fork(), 'SELECT order_id FROM analytics.trade_invoice ORDER BY number');
    expect(invoices.map((invoice) => invoice.order_id)).toEqual([delivered.id, fresh.id]);

    const { data, errors } = await stack.query(healthQuery, {}, { role: 'analyst' });
    expect(errors).toBeUndefined();
    const byName = new Map(data.projectionHealth.map((health: { name: string }) => [health.name, health]));
    expect([...byName.keys()].sort()).toEqual(['cash-to-cash', 'inventory', 'machine-time', 'order-fulfilment', 'supplier-performance', 'work-order']);
    for (const health of byName.values()) expect(health).toMatchObject({ lag: 0 });
    const fulfilment = byName.get('order-fulfilment') as { setAsideEvents: { eventId: string; type: string; error: string }[] };
    expect(fulfilment.setAsideEvents).toHaveLength(1);
    expect(fulfilment.setAsideEvents[0]).toMatchObject({ type: 'scm.DeliveryConfirmed', error: expect.stringContaining('undefined') });
    for (const [name, health] of byName) if (name !== 'order-fulfilment') expect(health).toMatchObject({ setAsideEvents: [] });

    // Only administrators retry; the event is still malformed, so it stays aside with its error.
    const retry = `mutation ($eventId: ID!) { retrySetAsideEvent(projection: "order-fulfilment", eventId: $eventId) { applied error projection { setAsideEvents { eventId } } } }`;
    const eventId = fulfilment.setAsideEvents[0]!.eventId;
    const refused = await stack.query(retry, { eventId }, { role: 'planner' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const retried = await stack.query(retry, { eventId }, { role: 'admin' });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.retrySetAsideEvent).toMatchObject({ applied: false, error: expect.stringContaining('undefined'), projection: { setAsideEvents: [{ eventId }] } });
    const unknown = await stack.query(retry, { eventId: randomUUID() }, { role: 'admin' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const planner = await stack.query(healthQuery, {}, { role: 'planner' });
    expect(planner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
