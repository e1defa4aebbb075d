import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A group of finished goods planned together in S&OP; its items share its unit of measure. */
export const ProductFamilySchema = defineEntity({
  name: 'ProductFamily',
  tableName: 'product_family',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    unitOfMeasure: p.string(),
    createdAt: p.datetime(),
  },
});

export type ProductFamily = InferEntity<typeof ProductFamilySchema>;
