import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const CustomerSchema = defineEntity({
  name: 'Customer',
  tableName: 'customer',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    country: p.string().length(2),
  },
});

export type Customer = InferEntity<typeof CustomerSchema>;
