import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ReceiptSchema = defineEntity({
  name: 'Receipt',
  tableName: 'receipt',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    warehouseId: p.uuid(),
    receivedAt: p.datetime(),
  },
});

export type Receipt = InferEntity<typeof ReceiptSchema>;

export const ReceiptLineSchema = defineEntity({
  name: 'ReceiptLine',
  tableName: 'receipt_line',
  properties: {
    id: p.uuid().primary(),
    receiptId: p.uuid(),
    itemId: p.uuid(),
    lotId: p.uuid(),
    locationId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
  },
});

export type ReceiptLine = InferEntity<typeof ReceiptLineSchema>;
