import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createSalesOrder, daysFromToday } from '@plexus/test-kit';
import { createShippingSite, departed, type ShippingSite } from './factories.ts';

let stack: Stack;
let site: ShippingSite;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  site = await createShippingSite(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const documents = [{ kind: 'DELIVERY_NOTE', reference: 'DN' }];

async function ship(orderId: string, lineId: string, quantity: number) {
  const shipped = await stack.query(`mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id } }`, {
    input: { salesOrderId: orderId, warehouseId: site.warehouseId, lines: [{ salesOrderLineId: lineId, quantity }] },
  });
  expect(shipped.errors).toBeUndefined();
  await stack.drainConsumers();
  const planned = await stack.query(`query ($id: ID!) { shipment(id: $id) { transportOrder { id } } }`, { id: shipped.data.shipSalesOrder.id });
  return planned.data.shipment.transportOrder.id as string;
}

async function deliver(transportOrderId: string) {
  await departed(stack, transportOrderId, 5);
  const result = await stack.query(`mutation ($input: ConfirmDeliveryInput!) { confirmDelivery(input: $input) { id } }`, {
    input: { transportOrderId, deliveredAt: new Date().toISOString(), receivedBy: 'Goods in', documents },
  });
  expect(result.errors).toBeUndefined();
  await stack.drainConsumers();
}

const orderQuery = `query ($id: ID!) { salesOrder(id: $id) {
  status transportOrders { status deliveryConfirmation { onTime } }
  timeline { type summary }
} }`;

describe('an order shipped in parts', () => {
  it('is DELIVERED in crm once every shipment has its proof of delivery, and its timeline shows the carriage', async () => {
    const order = await createSalesOrder(stack, { customerId: site.customerId, siteId: site.siteId }, [{ itemId: site.itemId, quantity: 10, requestedDate: daysFromToday(5) }]);
    await confirmSalesOrder(stack, order.id);
    await stack.drainConsumers();
    const first = await ship(order.id, order.lines[0]!.id, 6);
    await deliver(first);
    // Delivered what has shipped, but the order is not all shipped.
    expect((await stack.query(orderQuery, { id: order.id })).data.salesOrder.status).toBe('IN_FULFILMENT');

    const second = await ship(order.id, order.lines[0]!.id, 4);
    expect((await stack.query(orderQuery, { id: order.id })).data.salesOrder.status).toBe('SHIPPED');
    await deliver(second);

    const result = (await stack.query(orderQuery, { id: order.id })).data.salesOrder;
    expect(result.status).toBe('DELIVERED');
    expect(result.transportOrders).toEqual([
      { status: 'DELIVERED', deliveryConfirmation: { onTime: true } },
      { status: 'DELIVERED', deliveryConfirmation: { onTime: true } },
    ]);
    const types = result.timeline.map((event: { type: string }) => event.type);
    expect(types.filter((type: string) => type === 'scm.TransportOrderPlanned')).toHaveLength(2);
    expect(types.filter((type: string) => type === 'scm.MilestoneRecorded')).toHaveLength(4);
    expect(types.filter((type: string) => type === 'scm.DeliveryConfirmed')).toHaveLength(2);
    expect(result.timeline.at(-1)).toEqual({ type: 'crm.SalesOrderStatusChanged', summary: 'Status SHIPPED → DELIVERED' });
  });
});
