import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const LotHoldSchema = defineEntity({
  name: 'LotHold',
  tableName: 'lot_hold',
  properties: {
    id: p.uuid().primary(),
    lotId: p.uuid(),
    warehouseId: p.uuid(),
    nonconformanceId: p.uuid().unique(),
    reason: p.string(),
    placedAt: p.datetime(),
    releasedAt: p.datetime().nullable(),
    releaseReason: p.string().nullable(),
    removedQuantity: p.decimal('number').precision(18).scale(6),
  },
});

export type LotHold = InferEntity<typeof LotHoldSchema>;
