import { defineConsumer } from '@plexus/events';
import { WorkOrderSchema } from './work-order.entity.ts';
import { priorityForPromise } from './work-order.rules.ts';

/**
 * An urgent sales order raises its work orders' priority: when crm promises
 * an order, the open work orders made for it rise to the urgency of its
 * earliest promised line (priorityForPromise).
 */
export const urgentOrderConsumer = defineConsumer({
  name: 'urgent-sales-orders',
  types: ['crm.SalesOrderPromised'],
  async apply(em, event) {
    const earliest = event.payload.lines.map((line) => line.promisedDate).sort()[0];
    if (!earliest) return;
    const orders = await em.find(WorkOrderSchema, { salesOrderId: event.subjectId, status: { $ne: 'COMPLETED' } });
    for (const order of orders) order.priority = priorityForPromise(order.priority, earliest, event.time);
    await em.flush();
  },
});
