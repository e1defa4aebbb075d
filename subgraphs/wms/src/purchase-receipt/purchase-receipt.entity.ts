import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One order line's part of a receipt against a purchase order: accepted into stock and refused at the dock. */
export const PurchaseReceiptLineSchema = defineEntity({
  name: 'PurchaseReceiptLine',
  tableName: 'purchase_receipt_line',
  properties: {
    id: p.uuid().primary(),
    receiptId: p.uuid(),
    purchaseOrderId: p.uuid(),
    purchaseOrderLineId: p.uuid(),
    asnId: p.uuid().nullable(),
    asnLineId: p.uuid().nullable(),
    supplierId: p.uuid(),
    itemId: p.uuid(),
    lotId: p.uuid(),
    locationId: p.uuid(),
    acceptedQuantity: p.decimal('number').precision(18).scale(6),
    rejectedQuantity: p.decimal('number').precision(18).scale(6),
  },
});

export type PurchaseReceiptLine = InferEntity<typeof PurchaseReceiptLineSchema>;
