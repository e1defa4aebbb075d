import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** MATCHED: agrees with order and receipts, may be paid; BLOCKED: payment held until it does (see its lines' reasons). */
export const supplierInvoiceStatuses = ['BLOCKED', 'MATCHED'] as const;
export type SupplierInvoiceStatus = (typeof supplierInvoiceStatuses)[number];

/** A supplier's invoice against one purchase order, booked when it arrives. */
export const SupplierInvoiceSchema = defineEntity({
  name: 'SupplierInvoice',
  tableName: 'supplier_invoice',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    /** The supplier's own invoice number: one invoice per supplier and number. */
    supplierReference: p.string(),
    supplierId: p.uuid(),
    purchaseOrderId: p.uuid(),
    siteId: p.uuid().nullable(),
    invoiceDate: p.date(),
    receivedAt: p.datetime(),
    dueDate: p.date(),
    amount: p.decimal('number').precision(18).scale(2),
    paidAmount: p.decimal('number').precision(18).scale(2),
    status: p.enum(supplierInvoiceStatuses),
  },
});

export type SupplierInvoice = InferEntity<typeof SupplierInvoiceSchema>;

export const SupplierInvoiceLineSchema = defineEntity({
  name: 'SupplierInvoiceLine',
  tableName: 'supplier_invoice_line',
  properties: {
    id: p.uuid().primary(),
    invoiceId: p.uuid(),
    lineNumber: p.integer(),
    purchaseOrderLineId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    unitPrice: p.decimal('number').precision(18).scale(6),
    orderedUnitPrice: p.decimal('number').precision(18).scale(6),
    matched: p.boolean(),
    blockCodes: p.array(),
    blockReasons: p.array(),
  },
});

export type SupplierInvoiceLine = InferEntity<typeof SupplierInvoiceLineSchema>;

export const SupplierPaymentSchema = defineEntity({
  name: 'SupplierPayment',
  tableName: 'supplier_payment',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    invoiceId: p.uuid(),
    paidAt: p.datetime(),
    amount: p.decimal('number').precision(18).scale(2),
  },
});

export type SupplierPayment = InferEntity<typeof SupplierPaymentSchema>;
