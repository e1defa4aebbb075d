import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const SiteSchema = defineEntity({
  name: 'Site',
  tableName: 'site',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    timeZone: p.string(),
  },
});

export type Site = InferEntity<typeof SiteSchema>;
