import { LockMode } from '@mikro-orm/core';
import { defineConsumer, readOrderEvents, recordEvents } from '@plexus/events';
import { SalesOrderSchema } from '../sales-order/sales-order.entity.ts';
import { orderEvent } from '../sales-order/sales-order.service.ts';
import { allShipmentsDelivered } from './delivery.rules.ts';

/**
 * Moves a SHIPPED order to DELIVERED once every shipment of it has its proof
 * of delivery (scm.DeliveryConfirmed). It also listens to crm's own move to
 * SHIPPED: the last delivery can be heard before the fulfilment consumer has
 * heard the last shipment (each consumer keeps its own pace), and then the
 * order becomes DELIVERED as it becomes SHIPPED.
 */
export const deliveryConsumer = defineConsumer({
  name: 'sales-order-delivery',
  types: ['scm.DeliveryConfirmed', 'crm.SalesOrderStatusChanged'],
  async apply(em, event) {
    if (!event.orderId) return;
    if (event.type === 'crm.SalesOrderStatusChanged' && event.payload.to !== 'SHIPPED') return;
    const order = await em.findOne(SalesOrderSchema, { id: event.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (order?.status !== 'SHIPPED') return;
    if (!allShipmentsDelivered((await readOrderEvents(em, [order.id])).get(order.id) ?? [])) return;
    order.status = 'DELIVERED';
    await em.flush();
    await recordEvents(em, [{ type: 'crm.SalesOrderStatusChanged', ...orderEvent(order), payload: { number: order.number, from: 'SHIPPED', to: 'DELIVERED' } }], { now: event.time });
  },
});
