import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const itemTypes = ['FG', 'SFG', 'RM'] as const;
export type ItemType = (typeof itemTypes)[number];

export const ItemSchema = defineEntity({
  name: 'Item',
  tableName: 'item',
  properties: {
    id: p.uuid().primary(),
    sku: p.string().unique(),
    name: p.string(),
    type: p.enum(itemTypes),
    unitOfMeasure: p.string(),
    standardCost: p.decimal('number').precision(18).scale(6),
    createdAt: p.datetime(),
    /** The S&OP product family the item is planned in; null for items in none. */
    productFamilyId: p.uuid().nullable(),
  },
});

export type Item = InferEntity<typeof ItemSchema>;
