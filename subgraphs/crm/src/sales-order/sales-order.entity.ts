import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { CustomerSchema } from '../customer/customer.entity.ts';

export const salesOrderStatuses = ['DRAFT', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
export type SalesOrderStatus = (typeof salesOrderStatuses)[number];

export const SalesOrderSchema = defineEntity({
  name: 'SalesOrder',
  tableName: 'sales_order',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    customer: () => p.manyToOne(CustomerSchema),
    /** The ERP site that ships the order; null on orders placed before orders named it. */
    siteId: p.uuid().nullable(),
    status: p.enum(salesOrderStatuses),
    orderedAt: p.datetime(),
    requestedDate: p.date(),
    promisedDate: p.date().nullable(),
    dueDate: p.date(),
    currency: p.string().length(3),
    totalAmount: p.decimal('number').precision(18).scale(4),
    cancellationReason: p.string().nullable(),
  },
});

export type SalesOrder = InferEntity<typeof SalesOrderSchema>;

export const SalesOrderLineSchema = defineEntity({
  name: 'SalesOrderLine',
  tableName: 'sales_order_line',
  properties: {
    id: p.uuid().primary(),
    salesOrderId: p.uuid(),
    lineNumber: p.integer(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    unitPrice: p.decimal('number').precision(18).scale(6),
    requestedDate: p.date(),
    promisedDate: p.date().nullable(),
    /** Maintained from wms.ShipmentShipped events: crm's own view of how much has left the warehouse. */
    shippedQuantity: p.decimal('number').precision(18).scale(6),
  },
});

export type SalesOrderLine = InferEntity<typeof SalesOrderLineSchema>;
