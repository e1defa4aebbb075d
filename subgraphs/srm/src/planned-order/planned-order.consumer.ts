import { newId, nextDocumentNumber } from '@plexus/db';
import { defineConsumer } from '@plexus/events';
import { PurchaseOrderLineSchema, PurchaseOrderSchema } from '../purchase-order/purchase-order.entity.ts';
import { dateOf, summariseLines } from '../purchase-order/purchase-order.rules.ts';
import { SupplierItemSchema } from '../supplier-item/supplier-item.entity.ts';
import { SupplierCertificateSchema, SupplierSchema } from '../supplier/supplier.entity.ts';
import { chooseSupplier } from './planned-order.rules.ts';

/**
 * A planned purchase the planner released in aps becomes a DRAFT purchase
 * order for the buyer to check and send: one line of the item, due when the
 * plan needs it, from the planner's supplier or the one srm would buy from
 * (chooseSupplier), at its terms. A draft is the buyer's own, so nobody hears
 * of it until it is sent. With no orderable supplier the event is set aside
 * with the reason, for the buyer to source the item.
 */
export const plannedPurchaseConsumer = defineConsumer({
  name: 'planned-purchase-orders',
  types: ['aps.PlannedOrderReleased'],
  async apply(em, event) {
    const planned = event.payload;
    if (planned.kind !== 'PURCHASE') return;
    const day = dateOf(event.time);
    const terms = await em.find(SupplierItemSchema, { itemId: planned.itemId }, { orderBy: { id: 'asc' } });
    const suppliers = await em.find(SupplierSchema, { id: { $in: terms.map((term) => term.supplierId) } });
    const certificates = await em.find(SupplierCertificateSchema, { supplierId: { $in: terms.map((term) => term.supplierId) } });
    const options = terms.flatMap((term) => {
      const supplier = suppliers.find((candidate) => candidate.id === term.supplierId);
      if (!supplier) return [];
      return [
        {
          ...term,
          supplierCode: supplier.code,
          status: supplier.status,
          certificates: certificates.filter((certificate) => certificate.supplierId === term.supplierId),
        },
      ];
    });
    const choice = chooseSupplier(options, planned.quantity, day, planned.supplierId);
    if (!choice) throw new Error(`No orderable supplier sells item ${planned.itemId}${planned.supplierId ? ` as supplier ${planned.supplierId}` : ''}: planned order ${planned.plannedOrderId} needs sourcing`);
    const id = newId();
    const line = em.create(PurchaseOrderLineSchema, {
      id: newId(),
      purchaseOrderId: id,
      lineNumber: 1,
      itemId: planned.itemId,
      quantity: choice.quantity,
      unitPrice: choice.unitPrice,
      requestedDate: planned.dueDate,
      confirmedDate: null,
      promisedDate: null,
      receivedQuantity: 0,
      rejectedQuantity: 0,
      overDeliveryTolerance: choice.option.overDeliveryTolerance,
    });
    const { requestedDate, totalAmount } = summariseLines([line]);
    em.create(PurchaseOrderSchema, {
      id,
      number: await nextDocumentNumber(em, 'srm', 'PO', event.time),
      supplierId: choice.option.supplierId,
      siteId: planned.siteId,
      status: 'DRAFT',
      currency: choice.option.currency,
      createdAt: event.time,
      sentAt: null,
      confirmedAt: null,
      requestedDate,
      promisedDate: null,
      totalAmount,
      cancellationReason: null,
      plannedOrderId: planned.plannedOrderId,
    });
    await em.flush();
  },
});
