import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const purchaseOrderStatuses = ['DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'] as const;
export type PurchaseOrderStatus = (typeof purchaseOrderStatuses)[number];

export const PurchaseOrderSchema = defineEntity({
  name: 'PurchaseOrder',
  tableName: 'purchase_order',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    supplierId: p.uuid(),
    /** The erp site the goods are delivered to. */
    siteId: p.uuid(),
    status: p.enum(purchaseOrderStatuses),
    currency: p.string().length(3),
    createdAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    confirmedAt: p.datetime().nullable(),
    requestedDate: p.date(),
    promisedDate: p.date().nullable(),
    totalAmount: p.decimal('number').precision(18).scale(4),
    cancellationReason: p.string().nullable(),
    /** The aps planned order this draft was made from, when it was. */
    plannedOrderId: p.uuid().nullable(),
  },
});

export type PurchaseOrder = InferEntity<typeof PurchaseOrderSchema>;

export const PurchaseOrderLineSchema = defineEntity({
  name: 'PurchaseOrderLine',
  tableName: 'purchase_order_line',
  properties: {
    id: p.uuid().primary(),
    purchaseOrderId: p.uuid(),
    lineNumber: p.integer(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    unitPrice: p.decimal('number').precision(18).scale(6),
    requestedDate: p.date(),
    /** The supplier's first confirmation: never moves once set (KPIS.md). */
    confirmedDate: p.date().nullable(),
    promisedDate: p.date().nullable(),
    /** Maintained from wms.GoodsReceived: srm's own view of what arrived. */
    receivedQuantity: p.decimal('number').precision(18).scale(6),
    rejectedQuantity: p.decimal('number').precision(18).scale(6),
    overDeliveryTolerance: p.decimal('number').precision(8).scale(6),
  },
});

export type PurchaseOrderLine = InferEntity<typeof PurchaseOrderLineSchema>;

export const changeOrigins = ['BUYER', 'SUPPLIER'] as const;
export type ChangeOrigin = (typeof changeOrigins)[number];
export const changeStatuses = ['PROPOSED', 'ACCEPTED', 'REJECTED'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

export interface LineChange {
  lineId: string;
  quantity?: number | null;
  date?: string | null;
}

export const PurchaseOrderChangeSchema = defineEntity({
  name: 'PurchaseOrderChange',
  tableName: 'purchase_order_change',
  properties: {
    id: p.uuid().primary(),
    purchaseOrderId: p.uuid(),
    origin: p.enum(changeOrigins),
    status: p.enum(changeStatuses),
    reason: p.string(),
    lines: p.json<LineChange[]>(),
    proposedAt: p.datetime(),
    respondedAt: p.datetime().nullable(),
    responseNote: p.string().nullable(),
  },
});

export type PurchaseOrderChange = InferEntity<typeof PurchaseOrderChangeSchema>;
