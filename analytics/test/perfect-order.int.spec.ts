import { recordEvents } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite, daysFromToday } from '@plexus/test-kit';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
});
afterAll(async () => {
  await stack?.stop();
});

/** What scm and erp will emit once they exist: proof of delivery and the invoice. */
async function deliverAndInvoice(order: { id: string; lines: { id: string }[] }, itemId: string, delivery: { daysFromToday: number; damaged: boolean }) {
  const orm = await openAnalytics(stack.database);
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    await recordEvents(
      tx,
      [
        {
          type: 'scm.DeliveryConfirmed',
          subjectType: 'Delivery',
          subjectId: order.id,
          orderId: order.id,
          payload: {
            shipmentId: order.id,
            deliveredAt: `${daysFromToday(delivery.daysFromToday)}T12:00:00Z`,
            onTime: true,
            damaged: delivery.damaged,
            documentsComplete: true,
            lines: [{ salesOrderLineId: order.lines[0]!.id, itemId, quantity: 3 }],
          },
        },
        {
          type: 'erp.InvoiceIssued',
          subjectType: 'CustomerInvoice',
          subjectId: order.id,
          orderId: order.id,
          payload: {
            number: 'INV-1',
            accurate: true,
            lines: [{ salesOrderLineId: order.lines[0]!.id, itemId, quantity: 3, unitPrice: 10 }],
            amount: 30,
            dueDate: daysFromToday(delivery.daysFromToday + 30),
          },
        },
      ],
      { now: new Date() },
    );
  });
  await orm.close();
}

const perfectOrder = `query ($id: ID!) { salesOrder(id: $id) { perfectOrder { isPerfect onTime damageFree reasons lines { reasons } } } }`;

describe('perfect order through the router', () => {
  it('calls an order delivered complete, on time, undamaged and correctly invoiced perfect, and says why another is not', async () => {
    const item = await createItem(stack);
    const placed = { customerId: (await createCustomer(stack)).id, siteId: (await createSite(stack)).id };
    const good = await createSalesOrder(stack, placed, [{ itemId: item.id, quantity: 3, unitPrice: 10, requestedDate: daysFromToday(5) }]);
    const bad = await createSalesOrder(stack, placed, [{ itemId: item.id, quantity: 3, unitPrice: 10, requestedDate: daysFromToday(5) }]);
    for (const order of [good, bad]) await confirmSalesOrder(stack, order.id);
    await deliverAndInvoice(good, item.id, { daysFromToday: 4, damaged: false });
    await deliverAndInvoice(bad, item.id, { daysFromToday: 7, damaged: true });

    expect((await stack.query(perfectOrder, { id: good.id })).data.salesOrder.perfectOrder).toEqual({
      isPerfect: true,
      onTime: true,
      damageFree: true,
      reasons: [],
      lines: [{ reasons: [] }],
    });
    expect((await stack.query(perfectOrder, { id: bad.id })).data.salesOrder.perfectOrder).toEqual({
      isPerfect: false,
      onTime: false,
      damageFree: false,
      reasons: ['LATE', 'DAMAGED_AT_DELIVERY'],
      lines: [{ reasons: ['LATE', 'DAMAGED_AT_DELIVERY'] }],
    });
  });
});

describe('KPIs by site for orders crm placed and nobody shipped', () => {
  it('count the order at the site it was placed for: due today and not delivered, and open in the backlog', async () => {
    const item = await createItem(stack);
    const placed = { customerId: (await createCustomer(stack)).id, siteId: (await createSite(stack)).id };
    const dueToday = await createSalesOrder(stack, placed, [{ itemId: item.id, quantity: 4, unitPrice: 10, requestedDate: daysFromToday(0) }]);
    const dueLater = await createSalesOrder(stack, placed, [{ itemId: item.id, quantity: 6, unitPrice: 10, requestedDate: daysFromToday(5) }]);
    for (const order of [dueToday, dueLater]) await confirmSalesOrder(stack, order.id);
    const orm = await openAnalytics(stack.database);
    try {
      await catchUpProjections(orm.em);
    } finally {
      await orm.close();
    }
    const kpi = async (name: string) =>
      (
        await stack.query(
          `query ($name: KpiName!, $from: Date!, $to: Date!, $filter: KpiFilter) { kpi(name: $name, from: $from, to: $to, grain: MONTH, filter: $filter) { points { numerator denominator } } }`,
          { name, from: daysFromToday(-40), to: daysFromToday(40), filter: { siteId: placed.siteId } },
        )
      ).data.kpi.points.reduce((sum: number[], point: { numerator: number; denominator: number }) => [sum[0]! + point.numerator, sum[1]! + point.denominator], [0, 0]);
    expect(await kpi('PERFECT_ORDER_RATE')).toEqual([0, 1]);
    expect(await kpi('BACKLOG_QUANTITY')).toEqual([10, 2]);
  });
});
