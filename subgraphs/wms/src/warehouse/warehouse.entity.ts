import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const WarehouseSchema = defineEntity({
  name: 'Warehouse',
  tableName: 'warehouse',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    siteId: p.uuid(),
  },
});

export type Warehouse = InferEntity<typeof WarehouseSchema>;

export const LocationSchema = defineEntity({
  name: 'Location',
  tableName: 'location',
  properties: {
    id: p.uuid().primary(),
    warehouseId: p.uuid(),
    code: p.string(),
  },
});

export type Location = InferEntity<typeof LocationSchema>;
