import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, execute, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { defineConsumer, readLatestEvents, readOrderEvents, recordEvents, runOnce, type SupplyChainEvent } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import type { BillingTrigger } from '../finance/account.entity.ts';
import { readCustomerTerms } from '../finance/account.service.ts';
import { dueDateOf } from '../finance/ageing.rules.ts';
import { calendarDate, dayOf } from '../finance/calendar-date.ts';
import { financeReaders, financeWriters } from '../finance/finance-access.ts';
import { fromCents, toCents } from '../finance/money.ts';
import {
  CreditNoteSchema,
  CustomerInvoiceLineSchema,
  CustomerInvoiceSchema,
  CustomerPaymentSchema,
  type CreditNote,
  type CustomerInvoice,
  type CustomerInvoiceLine,
  type CustomerPayment,
} from './customer-invoice.entity.ts';
import {
  billDispatched,
  creditLines,
  invoiceCents,
  isAccurate,
  validateManualLines,
  validatePayment,
  type DispatchedLine,
  type InvoiceLineDraft,
  type OrderedLine,
} from './customer-invoice.rules.ts';

export function createCustomerInvoiceLoaders(em: EntityManager) {
  const byInvoice = <T extends { invoiceId: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await load([...ids]);
      return ids.map((id) => rows.filter((row) => row.invoiceId === id));
    });
  return {
    customerInvoiceById: createByIdLoader<CustomerInvoice>(em, CustomerInvoiceSchema),
    linesByCustomerInvoice: byInvoice<CustomerInvoiceLine>((ids) => em.find(CustomerInvoiceLineSchema, { invoiceId: { $in: ids } }, { orderBy: { lineNumber: 'asc' } })),
    creditNotesByInvoice: byInvoice<CreditNote>((ids) => em.find(CreditNoteSchema, { invoiceId: { $in: ids } }, { orderBy: { issuedAt: 'asc' } })),
    paymentsByCustomerInvoice: byInvoice<CustomerPayment>((ids) => em.find(CustomerPaymentSchema, { invoiceId: { $in: ids } }, { orderBy: { receivedAt: 'asc' } })),
    customerInvoicesBySalesOrder: new DataLoader<string, CustomerInvoice[]>(async (orderIds) => {
      const invoices = await em.find(CustomerInvoiceSchema, { salesOrderId: { $in: [...orderIds] } }, { orderBy: { issuedAt: 'asc' } });
      return orderIds.map((id) => invoices.filter((invoice) => invoice.salesOrderId === id));
    }),
  };
}

export const openCents = (invoice: CustomerInvoice): number => toCents(invoice.amount) - toCents(invoice.creditedAmount) - toCents(invoice.paidAmount);

/** What the stream says about one shipment of a sales order: the order as last confirmed, what shipped and, once known, what was delivered. */
interface ShipmentFacts {
  salesOrderId: string;
  customerId: string;
  siteId: string | null;
  currency: string;
  ordered: OrderedLine[];
  shipped: DispatchedLine[];
  delivered: DispatchedLine[] | null;
}

async function readShipmentFacts(em: EntityManager, shipmentId: string): Promise<ShipmentFacts | null> {
  const shipment = (await readLatestEvents(em, ['wms.ShipmentShipped'], [shipmentId])).get(shipmentId);
  if (!shipment?.orderId) return null;
  const events = (await readOrderEvents(em, [shipment.orderId])).get(shipment.orderId) ?? [];
  const placed = events.find((event): event is SupplyChainEvent<'crm.SalesOrderPlaced'> => event.type === 'crm.SalesOrderPlaced');
  const confirmed = events.filter((event): event is SupplyChainEvent<'crm.SalesOrderConfirmed'> => event.type === 'crm.SalesOrderConfirmed').at(-1);
  const lines = confirmed?.payload.lines ?? placed?.payload.lines ?? [];
  const delivery = events
    .filter((event): event is SupplyChainEvent<'scm.DeliveryConfirmed'> => event.type === 'scm.DeliveryConfirmed')
    .find((event) => event.payload.shipmentId === shipmentId);
  const customerId = shipment.customerId ?? placed?.customerId;
  if (!customerId) return null;
  return {
    salesOrderId: shipment.orderId,
    customerId,
    siteId: shipment.siteId,
    currency: placed?.payload.currency ?? 'EUR',
    ordered: lines.map((line) => ({ lineId: line.lineId, itemId: line.itemId, quantity: line.quantity, unitPrice: line.unitPrice })),
    shipped: shipment.payload.lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: line.quantity })),
    delivered: delivery ? delivery.payload.lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: line.quantity })) : null,
  };
}

/** What the invoice is measured against: the delivery once confirmed, until then the shipment (KPIS.md: it bills what was delivered). */
const reference = (facts: ShipmentFacts) => facts.delivered ?? facts.shipped;

const invoicedLines = (lines: readonly CustomerInvoiceLine[], net: boolean): InvoiceLineDraft[] =>
  lines
    .map((line) => ({ salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: net ? line.quantity - line.creditedQuantity : line.quantity, unitPrice: line.unitPrice }))
    .filter((line) => line.quantity > 1e-9);

function invoiceIssued(invoice: CustomerInvoice, lines: InvoiceLineDraft[], amountCents: number) {
  return {
    type: 'erp.InvoiceIssued' as const,
    subjectType: 'CustomerInvoice',
    subjectId: invoice.id,
    orderId: invoice.salesOrderId,
    customerId: invoice.customerId,
    siteId: invoice.siteId,
    payload: { number: invoice.number, accurate: invoice.accurate, lines, amount: fromCents(amountCents), dueDate: calendarDate(invoice.dueDate) },
  };
}

async function issueInvoice(em: EntityManager, shipmentId: string, facts: ShipmentFacts, lines: InvoiceLineDraft[], now: Date): Promise<CustomerInvoice> {
  const terms = await readCustomerTerms(em, facts.customerId);
  const amountCents = invoiceCents(lines);
  const invoice = em.create(CustomerInvoiceSchema, {
    id: newId(),
    number: await nextDocumentNumber(em, 'erp', 'INV', now),
    customerId: facts.customerId,
    salesOrderId: facts.salesOrderId,
    shipmentId,
    siteId: facts.siteId,
    currency: facts.currency,
    issuedAt: now,
    dueDate: dueDateOf(dayOf(now), terms.paymentDays),
    amount: fromCents(amountCents),
    creditedAmount: 0,
    paidAmount: 0,
    accurate: isAccurate(lines, facts.ordered, reference(facts)),
  });
  lines.forEach((line, index) =>
    em.create(CustomerInvoiceLineSchema, { id: newId(), invoiceId: invoice.id, lineNumber: index + 1, ...line, creditedQuantity: 0 }),
  );
  await em.flush();
  await recordEvents(em, [invoiceIssued(invoice, lines, amountCents)], { now });
  return invoice;
}

const billingTriggerOf: Record<'wms.ShipmentShipped' | 'scm.DeliveryConfirmed', BillingTrigger> = {
  'wms.ShipmentShipped': 'SHIPMENT',
  'scm.DeliveryConfirmed': 'DELIVERY',
};

/**
 * Invoices each shipment once, when the customer's terms say: on shipment
 * (what shipped) or on proof of delivery (what was delivered), at the
 * order's prices. Customers billed by hand are left to finance.
 */
export const customerInvoicingConsumer = defineConsumer({
  name: 'customer-invoicing',
  types: ['wms.ShipmentShipped', 'scm.DeliveryConfirmed'],
  async apply(em, event) {
    const shipmentId = event.type === 'wms.ShipmentShipped' ? event.subjectId : event.payload.shipmentId;
    if (!isId(shipmentId) || (await em.count(CustomerInvoiceSchema, { shipmentId }))) return;
    const facts = await readShipmentFacts(em, shipmentId);
    if (!facts || (await readCustomerTerms(em, facts.customerId)).billOn !== billingTriggerOf[event.type]) return;
    const lines = billDispatched(facts.ordered, event.type === 'wms.ShipmentShipped' ? facts.shipped : reference(facts));
    if (lines.length > 0) await issueInvoice(em, shipmentId, facts, lines, event.time);
  },
});

/** A clerk's invoice for a shipment not invoiced yet, lines as typed: accurate or not against what was delivered (or shipped). */
export async function issueCustomerInvoice(
  ctx: ErpContext,
  input: { shipmentId: string; lines: InvoiceLineDraft[] | { salesOrderLineId: string; quantity: number; unitPrice: number }[]; idempotencyKey?: string | null },
): Promise<CustomerInvoice> {
  authorize(ctx.viewer, 'issue invoices', financeWriters);
  if (!isId(input.shipmentId)) throw badInput('shipmentId must be a UUID', { field: 'shipmentId' });
  input.lines.forEach((line, index) => {
    if (!isId(line.salesOrderLineId)) throw badInput(`Line ${index + 1}: salesOrderLineId must be a UUID`, { line: index + 1, field: 'salesOrderLineId' });
  });
  const shipmentId = input.shipmentId.toLowerCase();
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'erp.issueCustomerInvoice', now },
    (id) => ctx.em.findOneOrFail(CustomerInvoiceSchema, { id }),
    async (em) => {
      const facts = await readShipmentFacts(em, shipmentId);
      if (!facts) throw notFound(`Shipment ${input.shipmentId} not found`, { field: 'shipmentId' });
      const itemOf = new Map(facts.ordered.map((line) => [line.lineId, line.itemId]));
      const lines = input.lines.map((line) => ({
        salesOrderLineId: line.salesOrderLineId.toLowerCase(),
        itemId: itemOf.get(line.salesOrderLineId.toLowerCase()) ?? '',
        quantity: line.quantity,
        unitPrice: line.unitPrice,
      }));
      validateManualLines(lines, facts.ordered);
      await execute(em, 'SELECT pg_advisory_xact_lock(hashtext(?))', [shipmentId]);
      const existing = await em.findOne(CustomerInvoiceSchema, { shipmentId });
      if (existing) throw conflict(`Shipment ${input.shipmentId} is already invoiced on ${existing.number}`, { invoiceId: existing.id });
      return issueInvoice(em, shipmentId, facts, lines, now);
    },
  );
}

async function lockInvoice(em: EntityManager, id: string): Promise<CustomerInvoice> {
  const invoice = isId(id) ? await em.findOne(CustomerInvoiceSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!invoice) throw notFound(`Invoice ${id} not found`, { field: 'invoiceId' });
  return invoice;
}

/**
 * Takes back quantities of an invoice's lines at their invoiced prices. The
 * stream hears the corrected invoice (erp.InvoiceIssued again for the same
 * invoice, its net lines and amount), which replaces the original from the
 * original's issue date (KPIS.md, cash-to-cash).
 */
export async function issueCreditNote(
  ctx: ErpContext,
  input: { invoiceId: string; reason: string; lines: { salesOrderLineId: string; quantity: number }[]; idempotencyKey?: string | null },
): Promise<CreditNote> {
  authorize(ctx.viewer, 'issue credit notes', financeWriters);
  const reason = input.reason.trim();
  if (!reason) throw badInput('Say why the invoice is credited', { field: 'reason' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'erp.issueCreditNote', now },
    (id) => ctx.em.findOneOrFail(CreditNoteSchema, { id }),
    async (em) => {
      const invoice = await lockInvoice(em, input.invoiceId);
      const lines = await em.find(CustomerInvoiceLineSchema, { invoiceId: invoice.id }, { orderBy: { lineNumber: 'asc' } });
      const credited = creditLines(
        lines,
        input.lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId.toLowerCase(), quantity: line.quantity })),
        openCents(invoice),
      );
      const cents = credited.reduce((sum, line) => sum + line.cents, 0);
      for (const entry of credited) lines.find((line) => line.salesOrderLineId === entry.salesOrderLineId)!.creditedQuantity += entry.quantity;
      invoice.creditedAmount = fromCents(toCents(invoice.creditedAmount) + cents);
      const facts = await readShipmentFacts(em, invoice.shipmentId);
      const net = invoicedLines(lines, true);
      if (facts) invoice.accurate = isAccurate(net, facts.ordered, reference(facts));
      const note = em.create(CreditNoteSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'erp', 'CN', now),
        invoiceId: invoice.id,
        issuedAt: now,
        amount: fromCents(cents),
        reason,
        lines: credited.map((line) => ({ salesOrderLineId: line.salesOrderLineId, quantity: line.quantity, amount: fromCents(line.cents) })),
      });
      await em.flush();
      await recordEvents(em, [invoiceIssued(invoice, net, toCents(invoice.amount) - toCents(invoice.creditedAmount))], { now, idempotencyKey: input.idempotencyKey });
      return note;
    },
  );
}

/** Cash from the customer against one invoice: partial, in full, early or late, never more than is open. */
export async function recordCustomerPayment(
  ctx: ErpContext,
  input: { invoiceId: string; amount: number; reference?: string | null; idempotencyKey?: string | null },
): Promise<CustomerPayment> {
  authorize(ctx.viewer, 'record customer payments', financeWriters);
  const amountCents = toCents(input.amount);
  if (!(amountCents > 0)) throw badInput('A payment must be more than 0', { field: 'amount' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'erp.recordCustomerPayment', now },
    (id) => ctx.em.findOneOrFail(CustomerPaymentSchema, { id }),
    async (em) => {
      const invoice = await lockInvoice(em, input.invoiceId);
      validatePayment(amountCents, openCents(invoice));
      invoice.paidAmount = fromCents(toCents(invoice.paidAmount) + amountCents);
      const payment = em.create(CustomerPaymentSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'erp', 'CP', now),
        invoiceId: invoice.id,
        receivedAt: now,
        amount: fromCents(amountCents),
        reference: input.reference?.trim() || null,
      });
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'erp.CustomerPaymentReceived',
            subjectType: 'CustomerPayment',
            subjectId: payment.id,
            orderId: invoice.salesOrderId,
            customerId: invoice.customerId,
            siteId: invoice.siteId,
            payload: { number: payment.number, invoiceId: invoice.id, invoiceNumber: invoice.number, amount: payment.amount },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return payment;
    },
  );
}

export async function findCustomerInvoice(ctx: ErpContext, id: string): Promise<CustomerInvoice | null> {
  authorize(ctx.viewer, 'read invoices', financeReaders);
  return isId(id) ? ctx.loaders.customerInvoiceById.load(id.toLowerCase()) : null;
}

export interface CustomerInvoiceQuery {
  customerId?: string | null;
  salesOrderId?: string | null;
  openOnly?: boolean | null;
  /** Only invoices still open and past due on this day. */
  overdueOn?: string | null;
  first: number;
  offset: number;
}

/** Invoices, newest first. */
export async function listCustomerInvoices(ctx: ErpContext, query: CustomerInvoiceQuery): Promise<{ items: CustomerInvoice[]; totalCount: number }> {
  authorize(ctx.viewer, 'read invoices', financeReaders);
  validatePage(query);
  for (const field of ['customerId', 'salesOrderId'] as const) {
    if (query[field] && !isId(query[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  const rows = await execute<{ id: string; total_count: string }[]>(
    ctx.em,
    `SELECT id, count(*) OVER () AS total_count FROM erp.customer_invoice
      WHERE (?::uuid IS NULL OR customer_id = ?::uuid) AND (?::uuid IS NULL OR sales_order_id = ?::uuid)
        AND (NOT ?::boolean OR amount > credited_amount + paid_amount) AND (?::date IS NULL OR due_date < ?::date)
      ORDER BY issued_at DESC, number DESC LIMIT ? OFFSET ?`,
    [
      ...Array(2).fill(query.customerId?.toLowerCase() ?? null),
      ...Array(2).fill(query.salesOrderId?.toLowerCase() ?? null),
      Boolean(query.openOnly || query.overdueOn),
      ...Array(2).fill(query.overdueOn ?? null),
      query.first,
      query.offset,
    ],
  );
  const loaded = await ctx.em.find(CustomerInvoiceSchema, { id: { $in: rows.map((row) => row.id) } });
  const items = rows.map((row) => loaded.find((invoice) => invoice.id === row.id)!);
  const totalCount = rows[0] ? Number(rows[0].total_count) : 0;
  return { items, totalCount };
}
