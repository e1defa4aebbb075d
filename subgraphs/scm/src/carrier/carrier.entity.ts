import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const CarrierSchema = defineEntity({
  name: 'Carrier',
  tableName: 'carrier',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    createdAt: p.datetime(),
  },
});

export type Carrier = InferEntity<typeof CarrierSchema>;
