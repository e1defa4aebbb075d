import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { setSupplierPaymentTerms, supplierPaymentDays } from '../finance/account.service.ts';
import { daysPastDue } from '../finance/ageing.rules.ts';
import { payablesAgeing } from '../finance/ageing.store.ts';
import { calendarDate, dayOf } from '../finance/calendar-date.ts';
import { lineCents } from '../finance/money.ts';
import type { MatchBlock } from './three-way-match.rules.ts';
import {
  findSupplierInvoice,
  listSupplierInvoices,
  openSupplierCents,
  paySupplierInvoice,
  paySupplierInvoicesDue,
  receiveSupplierInvoice,
} from './supplier-invoice.service.ts';

export const supplierInvoiceResolvers: Resolvers = {
  Query: {
    supplierInvoice: (_, { id }, ctx) => findSupplierInvoice(ctx, id),
    supplierInvoices: (_, { filter, first, offset }, ctx) => listSupplierInvoices(ctx, { ...filter, first: first ?? 25, offset: offset ?? 0 }),
    payablesAgeing: (_, { asOf }, ctx) => payablesAgeing(ctx, asOf),
  },
  Mutation: {
    setSupplierPaymentTerms: async (_, args, ctx) => ({ id: (await setSupplierPaymentTerms(ctx, args)).supplierId }),
    receiveSupplierInvoice: (_, { input }, ctx) => receiveSupplierInvoice(ctx, input),
    paySupplierInvoice: (_, { input }, ctx) => paySupplierInvoice(ctx, input),
    paySupplierInvoicesDue: (_, { dueBy }, ctx) => paySupplierInvoicesDue(ctx, dueBy),
  },
  Supplier: {
    __resolveReference: (reference) => ({ id: reference.id }),
    paymentDays: (supplier, _, ctx) => supplierPaymentDays(ctx, supplier.id),
  },
  SupplierInvoice: {
    __resolveReference: (reference, ctx) => findSupplierInvoice(ctx, reference.id),
    supplier: (invoice) => ({ id: invoice.supplierId }),
    purchaseOrder: (invoice) => ({ id: invoice.purchaseOrderId }),
    site: (invoice, _, ctx) => (invoice.siteId ? ctx.loaders.siteById.load(invoice.siteId) : null),
    invoiceDate: (invoice) => calendarDate(invoice.invoiceDate),
    dueDate: (invoice) => calendarDate(invoice.dueDate),
    openAmount: (invoice) => openSupplierCents(invoice) / 100,
    blockReasons: async (invoice, _, ctx) => (await ctx.loaders.linesBySupplierInvoice.load(invoice.id)).flatMap((line) => line.blockReasons),
    daysOverdue: (invoice, { asOf }, ctx) =>
      openSupplierCents(invoice) > 0 ? Math.max(0, daysPastDue(calendarDate(invoice.dueDate), asOf ?? dayOf(ctx.now()))) : 0,
    lines: (invoice, _, ctx) => ctx.loaders.linesBySupplierInvoice.load(invoice.id),
    payments: (invoice, _, ctx) => ctx.loaders.paymentsBySupplierInvoice.load(invoice.id),
  },
  SupplierInvoiceLine: {
    purchaseOrderLine: (line) => ({ id: line.purchaseOrderLineId }),
    item: async (line, _, ctx) => (await ctx.loaders.itemById.load(line.itemId))!,
    amount: (line) => lineCents(line.quantity, line.unitPrice) / 100,
    blocks: (line) => line.blockCodes as MatchBlock[],
  },
  SupplierPayment: {
    daysLate: async (payment, _, ctx) => {
      const invoice = (await ctx.loaders.supplierInvoiceById.load(payment.invoiceId))!;
      return daysPastDue(calendarDate(invoice.dueDate), dayOf(payment.paidAt));
    },
  },
  PayablesAgeing: {
    suppliers: (ageing) => ageing.counterparties,
  },
  SupplierAgeing: {
    supplier: (row) => ({ id: row.counterpartyId }),
  },
};
