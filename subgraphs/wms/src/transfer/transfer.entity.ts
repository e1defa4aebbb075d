import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const transferStatuses = ['RELEASED', 'SHIPPED', 'RECEIVED'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

export const TransferSchema = defineEntity({
  name: 'Transfer',
  tableName: 'transfer',
  properties: {
    /** scm's transfer order id. */
    id: p.uuid().primary(),
    number: p.string().unique(),
    fromWarehouseId: p.uuid(),
    toWarehouseId: p.uuid(),
    status: p.enum(transferStatuses),
    /** What scm asked to move. */
    lines: p.json<{ itemId: string; quantity: number }[]>(),
    releasedAt: p.datetime(),
    shippedAt: p.datetime().nullable(),
    receivedAt: p.datetime().nullable(),
  },
});

export type Transfer = InferEntity<typeof TransferSchema>;

export const TransferPickSchema = defineEntity({
  name: 'TransferPick',
  tableName: 'transfer_pick',
  properties: {
    id: p.uuid().primary(),
    transferId: p.uuid(),
    itemId: p.uuid(),
    lotId: p.uuid(),
    fromLocationId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
  },
});

export type TransferPick = InferEntity<typeof TransferPickSchema>;
