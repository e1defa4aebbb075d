import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One component of a made item; the item's bill of materials is the set of its lines. */
export const BillOfMaterialsLineSchema = defineEntity({
  name: 'BillOfMaterialsLine',
  tableName: 'bill_of_materials_line',
  properties: {
    id: p.uuid().primary(),
    parentId: p.uuid(),
    componentId: p.uuid(),
    quantityPer: p.decimal('number').precision(18).scale(6),
  },
});

export type BillOfMaterialsLine = InferEntity<typeof BillOfMaterialsLineSchema>;

/** A made item's bill of materials; its id is the parent item's id. */
export interface BillOfMaterials {
  id: string;
  parentId: string;
  lines: BillOfMaterialsLine[];
}
