import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** An invoice to a customer for one shipment of one sales order. */
export const CustomerInvoiceSchema = defineEntity({
  name: 'CustomerInvoice',
  tableName: 'customer_invoice',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    customerId: p.uuid(),
    salesOrderId: p.uuid(),
    shipmentId: p.uuid().unique(),
    siteId: p.uuid().nullable(),
    currency: p.string().length(3),
    issuedAt: p.datetime(),
    dueDate: p.date(),
    amount: p.decimal('number').precision(18).scale(2),
    creditedAmount: p.decimal('number').precision(18).scale(2),
    paidAmount: p.decimal('number').precision(18).scale(2),
    /** Whether it billed what was delivered (shipped, before delivery) at the order's prices: KPIS.md, documentation accuracy. */
    accurate: p.boolean(),
  },
});

export type CustomerInvoice = InferEntity<typeof CustomerInvoiceSchema>;

export const CustomerInvoiceLineSchema = defineEntity({
  name: 'CustomerInvoiceLine',
  tableName: 'customer_invoice_line',
  properties: {
    id: p.uuid().primary(),
    invoiceId: p.uuid(),
    lineNumber: p.integer(),
    salesOrderLineId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    unitPrice: p.decimal('number').precision(18).scale(6),
    creditedQuantity: p.decimal('number').precision(18).scale(6),
  },
});

export type CustomerInvoiceLine = InferEntity<typeof CustomerInvoiceLineSchema>;

export interface CreditedLine {
  salesOrderLineId: string;
  quantity: number;
  amount: number;
}

/** Takes back part of an invoice (quantities of its lines at the invoiced prices): a billing error or goods returned. */
export const CreditNoteSchema = defineEntity({
  name: 'CreditNote',
  tableName: 'credit_note',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    invoiceId: p.uuid(),
    issuedAt: p.datetime(),
    amount: p.decimal('number').precision(18).scale(2),
    reason: p.string(),
    lines: p.json<CreditedLine[]>(),
  },
});

export type CreditNote = InferEntity<typeof CreditNoteSchema>;

export const CustomerPaymentSchema = defineEntity({
  name: 'CustomerPayment',
  tableName: 'customer_payment',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    invoiceId: p.uuid(),
    receivedAt: p.datetime(),
    amount: p.decimal('number').precision(18).scale(2),
    reference: p.string().nullable(),
  },
});

export type CustomerPayment = InferEntity<typeof CustomerPaymentSchema>;
