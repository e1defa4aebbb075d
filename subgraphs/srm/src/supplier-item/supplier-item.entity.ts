import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export interface PriceBreak {
  minimumQuantity: number;
  unitPrice: number;
}

export const SupplierItemSchema = defineEntity({
  name: 'SupplierItem',
  tableName: 'supplier_item',
  properties: {
    id: p.uuid().primary(),
    supplierId: p.uuid(),
    itemId: p.uuid(),
    supplierSku: p.string().nullable(),
    currency: p.string().length(3),
    leadTimeDays: p.integer(),
    minimumOrderQuantity: p.decimal('number').precision(18).scale(6),
    orderMultiple: p.decimal('number').precision(18).scale(6),
    overDeliveryTolerance: p.decimal('number').precision(8).scale(6),
    /** Ascending by quantity. */
    priceBreaks: p.json<PriceBreak[]>(),
  },
});

export type SupplierItem = InferEntity<typeof SupplierItemSchema>;
