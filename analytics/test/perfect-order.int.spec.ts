import { recordEvents } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite, daysFromToday } from '../../subgraphs/crm/test/factories.ts';
import { openAnalytics } from '../src/server.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false });
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
