import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { setCustomerTerms, customerTerms } from '../finance/account.service.ts';
import { daysPastDue } from '../finance/ageing.rules.ts';
import { receivablesAgeing } from '../finance/ageing.store.ts';
import { calendarDate, dayOf } from '../finance/calendar-date.ts';
import { lineCents } from '../finance/money.ts';
import {
  findCustomerInvoice,
  issueCreditNote,
  issueCustomerInvoice,
  listCustomerInvoices,
  openCents,
  recordCustomerPayment,
} from './customer-invoice.service.ts';

export const customerInvoiceResolvers: Resolvers = {
  Query: {
    customerInvoice: (_, { id }, ctx) => findCustomerInvoice(ctx, id),
    customerInvoices: (_, { filter, first, offset }, ctx) => listCustomerInvoices(ctx, { ...filter, first: first ?? 25, offset: offset ?? 0 }),
    receivablesAgeing: (_, { asOf }, ctx) => receivablesAgeing(ctx, asOf),
  },
  Mutation: {
    setBillingTerms: async (_, { input }, ctx) => ({ id: (await setCustomerTerms(ctx, input)).customerId }),
    issueCustomerInvoice: (_, { input }, ctx) => issueCustomerInvoice(ctx, input),
    issueCreditNote: (_, { input }, ctx) => issueCreditNote(ctx, input),
    recordCustomerPayment: (_, { input }, ctx) => recordCustomerPayment(ctx, input),
  },
  Customer: {
    __resolveReference: (reference) => ({ id: reference.id }),
    billingTerms: (customer, _, ctx) => customerTerms(ctx, customer.id),
  },
  SalesOrder: {
    __resolveReference: (reference) => ({ id: reference.id }),
    invoices: (order, _, ctx) => ctx.loaders.customerInvoicesBySalesOrder.load(order.id),
  },
  CustomerInvoice: {
    __resolveReference: (reference, ctx) => findCustomerInvoice(ctx, reference.id),
    customer: (invoice) => ({ id: invoice.customerId }),
    salesOrder: (invoice) => ({ id: invoice.salesOrderId }),
    shipment: (invoice) => ({ id: invoice.shipmentId }),
    site: (invoice, _, ctx) => (invoice.siteId ? ctx.loaders.siteById.load(invoice.siteId) : null),
    dueDate: (invoice) => calendarDate(invoice.dueDate),
    openAmount: (invoice) => openCents(invoice) / 100,
    status: (invoice) => (openCents(invoice) === 0 ? 'PAID' : invoice.creditedAmount + invoice.paidAmount > 0 ? 'PARTIALLY_PAID' : 'OPEN'),
    daysOverdue: (invoice, { asOf }, ctx) => (openCents(invoice) > 0 ? Math.max(0, daysPastDue(calendarDate(invoice.dueDate), asOf ?? dayOf(ctx.now()))) : 0),
    lines: (invoice, _, ctx) => ctx.loaders.linesByCustomerInvoice.load(invoice.id),
    creditNotes: (invoice, _, ctx) => ctx.loaders.creditNotesByInvoice.load(invoice.id),
    payments: (invoice, _, ctx) => ctx.loaders.paymentsByCustomerInvoice.load(invoice.id),
  },
  CustomerInvoiceLine: {
    salesOrderLine: (line) => ({ id: line.salesOrderLineId }),
    item: async (line, _, ctx) => (await ctx.loaders.itemById.load(line.itemId))!,
    amount: (line) => lineCents(line.quantity, line.unitPrice) / 100,
  },
  CreditNoteLine: {
    salesOrderLine: (line) => ({ id: line.salesOrderLineId }),
  },
  CustomerPayment: {
    daysLate: async (payment, _, ctx) => {
      const invoice = (await ctx.loaders.customerInvoiceById.load(payment.invoiceId))!;
      return daysPastDue(calendarDate(invoice.dueDate), dayOf(payment.receivedAt));
    },
  },
  ReceivablesAgeing: {
    customers: (ageing) => ageing.counterparties,
  },
  CustomerAgeing: {
    customer: (row) => ({ id: row.counterpartyId }),
  },
};
