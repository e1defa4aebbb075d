import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const transferOrderStatuses = ['RELEASED', 'IN_TRANSIT', 'RECEIVED'] as const;
export type TransferOrderStatus = (typeof transferOrderStatuses)[number];

export const TransferOrderSchema = defineEntity({
  name: 'TransferOrder',
  tableName: 'transfer_order',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    /** wms warehouses: stock leaves the first and arrives at the second. */
    fromWarehouseId: p.uuid(),
    toWarehouseId: p.uuid(),
    status: p.enum(transferOrderStatuses),
    neededBy: p.date().nullable(),
    createdAt: p.datetime(),
    shippedAt: p.datetime().nullable(),
    receivedAt: p.datetime().nullable(),
  },
});

export type TransferOrder = InferEntity<typeof TransferOrderSchema>;

export const TransferOrderLineSchema = defineEntity({
  name: 'TransferOrderLine',
  tableName: 'transfer_order_line',
  properties: {
    id: p.uuid().primary(),
    transferOrderId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    /** Maintained from wms.TransferShipped and wms.TransferReceived. */
    shippedQuantity: p.decimal('number').precision(18).scale(6),
    receivedQuantity: p.decimal('number').precision(18).scale(6),
  },
});

export type TransferOrderLine = InferEntity<typeof TransferOrderLineSchema>;
