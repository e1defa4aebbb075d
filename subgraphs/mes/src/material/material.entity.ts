import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A lot as mes knows it from wms' receipts and holds: what it holds of which item, and whether it may be consumed. */
export const LotCopySchema = defineEntity({
  name: 'LotCopy',
  tableName: 'lot',
  properties: {
    id: p.uuid().primary(),
    lotNumber: p.string(),
    itemId: p.uuid(),
    warehouseId: p.uuid(),
    receivedQuantity: p.decimal('number').precision(18).scale(6),
    consumedQuantity: p.decimal('number').precision(18).scale(6),
    onHold: p.boolean(),
    holdReason: p.string().nullable(),
    receivedAt: p.datetime(),
  },
});

export type LotCopy = InferEntity<typeof LotCopySchema>;

export const MaterialConsumptionSchema = defineEntity({
  name: 'MaterialConsumption',
  tableName: 'material_consumption',
  properties: {
    id: p.uuid().primary(),
    workOrderId: p.uuid(),
    lotId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    operatorId: p.string(),
    consumedAt: p.datetime(),
  },
});

export type MaterialConsumption = InferEntity<typeof MaterialConsumptionSchema>;

/** A made item's direct components as erp last announced them (erp.BillOfMaterialsChanged). */
export const BillOfMaterialsCopySchema = defineEntity({
  name: 'BillOfMaterialsCopy',
  tableName: 'bill_of_materials',
  properties: {
    itemId: p.uuid().primary(),
    components: p.json<{ componentId: string; quantityPer: number }[]>(),
    changedAt: p.datetime(),
  },
});
