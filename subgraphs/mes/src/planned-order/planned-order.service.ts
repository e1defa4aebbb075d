import { defineConsumer } from '@plexus/events';
import { WorkOrderSchema } from '../work-order/work-order.entity.ts';
import { defaultOverReportTolerance, defaultPriority } from '../work-order/work-order.rules.ts';
import { releaseIn } from '../work-order/work-order.service.ts';

/**
 * A production order aps planned and a planner released becomes a released
 * work order (once per planned order), due when aps planned it. The event
 * names the site, not a warehouse: the work order takes the warehouse the
 * site's work orders use; a site mes has never made anything at cannot take
 * one, and the event is set aside with that reason. Made for customer
 * orders, it is more urgent than making to stock, and it is made for the
 * first of them.
 */
export const plannedOrderConsumer = defineConsumer({
  name: 'planned-production-orders',
  types: ['aps.PlannedOrderReleased'],
  async apply(em, event) {
    const planned = event.payload;
    if (planned.kind !== 'PRODUCTION') return;
    if (await em.count(WorkOrderSchema, { plannedOrderId: planned.plannedOrderId })) return;
    const [sibling] = await em.find(WorkOrderSchema, { siteId: planned.siteId }, { orderBy: { releasedAt: 'desc' }, limit: 1 });
    if (!sibling) throw new Error(`Site ${planned.siteId} has no work orders yet, so mes knows no warehouse to make planned order ${planned.plannedOrderId} into`);
    await releaseIn(
      em,
      {
        itemId: planned.itemId,
        siteId: planned.siteId,
        warehouseId: sibling.warehouseId,
        quantity: planned.quantity,
        dueDate: planned.dueDate,
        priority: planned.peggedSalesOrderIds.length > 0 ? 3 : defaultPriority,
        overReportTolerance: defaultOverReportTolerance,
        salesOrderId: planned.peggedSalesOrderIds[0] ?? null,
        plannedOrderId: planned.plannedOrderId,
      },
      event.time,
    );
  },
});
