import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, execute, isId, newId, nextDocumentNumber, sqlArray, type EntityManager } from '@plexus/db';
import { defineConsumer, readKnownSubjects, recordEvents, runOnce, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { readSupplierPaymentDays } from '../finance/account.service.ts';
import { dueDateOf } from '../finance/ageing.rules.ts';
import { calendarDate, dayOf } from '../finance/calendar-date.ts';
import { financeReaders, financeWriters } from '../finance/finance-access.ts';
import { fromCents, lineCents, toCents } from '../finance/money.ts';
import { addInvoicedQuantities, addReceived, cancelOrderLines, lockMatching, orderKnown, readOrderLineRefs, upsertOrderLines } from './purchasing.store.ts';
import { clearUncontestedInvoices, writeVerdicts, type LineToMatch } from './three-way-match.store.ts';
import {
  SupplierInvoiceLineSchema,
  SupplierInvoiceSchema,
  SupplierPaymentSchema,
  type SupplierInvoice,
  type SupplierInvoiceLine,
  type SupplierInvoiceStatus,
  type SupplierPayment,
} from './supplier-invoice.entity.ts';
import { matchInvoices, priceTolerance, type InvoiceLineForMatch } from './three-way-match.rules.ts';

export function createSupplierInvoiceLoaders(em: EntityManager) {
  return {
    supplierInvoiceById: createByIdLoader<SupplierInvoice>(em, SupplierInvoiceSchema),
    linesBySupplierInvoice: new DataLoader<string, SupplierInvoiceLine[]>(async (ids) => {
      const lines = await em.find(SupplierInvoiceLineSchema, { invoiceId: { $in: [...ids] } }, { orderBy: { lineNumber: 'asc' } });
      return ids.map((id) => lines.filter((line) => line.invoiceId === id));
    }),
    paymentsBySupplierInvoice: new DataLoader<string, SupplierPayment[]>(async (ids) => {
      const payments = await em.find(SupplierPaymentSchema, { invoiceId: { $in: [...ids] } }, { orderBy: { paidAt: 'asc' } });
      return ids.map((id) => payments.filter((payment) => payment.invoiceId === id));
    }),
  };
}

export const openSupplierCents = (invoice: SupplierInvoice): number => toCents(invoice.amount) - toCents(invoice.paidAmount);

export interface NewSupplierInvoice {
  supplierId: string;
  supplierReference: string;
  purchaseOrderId: string;
  invoiceDate: string;
  lines: InvoiceLineForMatch[];
  idempotencyKey?: string | null;
}

function validateNewInvoice(input: NewSupplierInvoice, today: string): void {
  if (!isId(input.supplierId)) throw badInput('supplierId must be a UUID', { field: 'supplierId' });
  if (!isId(input.purchaseOrderId)) throw badInput('purchaseOrderId must be a UUID', { field: 'purchaseOrderId' });
  if (!input.supplierReference.trim()) throw badInput("The supplier's invoice number must not be empty", { field: 'supplierReference' });
  if (input.invoiceDate > today) throw badInput('The invoice date must not be in the future', { field: 'invoiceDate' });
  if (input.lines.length === 0) throw badInput('An invoice needs at least one line', { field: 'lines' });
  input.lines.forEach((line, index) => {
    const at = { line: index + 1 };
    if (!isId(line.purchaseOrderLineId)) throw badInput(`Line ${index + 1}: purchaseOrderLineId must be a UUID`, { ...at, field: 'purchaseOrderLineId' });
    if (!(Number.isFinite(line.quantity) && line.quantity > 0)) throw badInput(`Line ${index + 1}: quantity must be more than 0`, { ...at, field: 'quantity' });
    if (!(Number.isFinite(line.unitPrice) && line.unitPrice >= 0)) throw badInput(`Line ${index + 1}: unit price must be 0 or more`, { ...at, field: 'unitPrice' });
  });
}

/**
 * Books a supplier's invoice against one of its purchase orders and matches
 * it three ways at once: MATCHED, or BLOCKED with the reasons (an invoice
 * for goods not received yet is matched again when they arrive). Booked
 * either way: it is a payable from the day it arrives (erp.SupplierInvoiceReceived).
 */
export async function receiveSupplierInvoice(ctx: ErpContext, input: NewSupplierInvoice): Promise<SupplierInvoice> {
  authorize(ctx.viewer, 'book supplier invoices', financeWriters);
  const now = ctx.now();
  validateNewInvoice(input, dayOf(now));
  const supplierId = input.supplierId.toLowerCase();
  const purchaseOrderId = input.purchaseOrderId.toLowerCase();
  const reference = input.supplierReference.trim();
  const lines = input.lines.map((line) => ({ ...line, purchaseOrderLineId: line.purchaseOrderLineId.toLowerCase() }));
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'erp.receiveSupplierInvoice', now },
    (id) => ctx.em.findOneOrFail(SupplierInvoiceSchema, { id }),
    async (em) => {
      if (!(await readKnownSubjects(em, 'srm.SupplierCreated', [supplierId])).has(supplierId)) throw notFound(`Supplier ${input.supplierId} not found`, { field: 'supplierId' });
      if (!(await orderKnown(em, purchaseOrderId))) throw notFound(`Purchase order ${input.purchaseOrderId} not found`, { field: 'purchaseOrderId' });
      if (await em.count(SupplierInvoiceSchema, { supplierId, supplierReference: reference })) {
        throw conflict(`Invoice ${reference} of this supplier is already booked`, { field: 'supplierReference' });
      }
      await lockMatching(em);
      const refs = await readOrderLineRefs(em, lines.map((line) => line.purchaseOrderLineId));
      lines.forEach((line, index) => {
        const ref = refs.get(line.purchaseOrderLineId);
        if (!ref || ref.purchaseOrderId !== purchaseOrderId) throw badInput(`Line ${index + 1}: not a line of the purchase order`, { line: index + 1, field: 'purchaseOrderLineId' });
        if (ref.supplierId !== supplierId) throw badInput('The purchase order is not with this supplier', { field: 'purchaseOrderId' });
      });
      const {
        matches: [match],
        invoiced,
      } = matchInvoices([{ lines }], refs);
      const first = refs.get(lines[0]!.purchaseOrderLineId)!;
      const amountCents = lines.reduce((sum, line) => sum + lineCents(line.quantity, line.unitPrice), 0);
      const invoice = em.create(SupplierInvoiceSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'erp', 'SI', now),
        supplierReference: reference,
        supplierId,
        purchaseOrderId,
        siteId: first.siteId,
        invoiceDate: input.invoiceDate,
        receivedAt: now,
        dueDate: dueDateOf(input.invoiceDate, await readSupplierPaymentDays(em, supplierId)),
        amount: fromCents(amountCents),
        paidAmount: 0,
        status: match!.matched ? 'MATCHED' : 'BLOCKED',
      });
      lines.forEach((line, index) => {
        const verdict = match!.lines[index]!;
        em.create(SupplierInvoiceLineSchema, {
          id: newId(),
          invoiceId: invoice.id,
          lineNumber: index + 1,
          purchaseOrderLineId: line.purchaseOrderLineId,
          itemId: refs.get(line.purchaseOrderLineId)!.itemId,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          orderedUnitPrice: verdict.orderedUnitPrice,
          matched: verdict.matched,
          blockCodes: verdict.codes,
          blockReasons: verdict.reasons,
        });
      });
      await em.flush();
      await addInvoicedQuantities(em, invoiced);
      await recordEvents(
        em,
        [
          {
            type: 'erp.SupplierInvoiceReceived',
            subjectType: 'SupplierInvoice',
            subjectId: invoice.id,
            orderId: purchaseOrderId,
            supplierId,
            siteId: invoice.siteId,
            payload: { number: invoice.number, purchaseOrderId, amount: invoice.amount, dueDate: calendarDate(invoice.dueDate) },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return invoice;
    },
  );
}

/**
 * Matches blocked invoices again, oldest first, in a handful of statements
 * whatever their number: after goods arrive for their order lines, or in
 * bulk (bench:three-way-match). The database clears at once those alone on
 * their order lines that match; the rules take the rest in turn (an earlier
 * invoice gets the received quantity first) and give the reasons of those
 * still blocked. Returns how many matched.
 */
export async function matchBlockedInvoices(em: EntityManager, invoiceIds: readonly string[]): Promise<number> {
  if (invoiceIds.length === 0) return 0;
  await lockMatching(em);
  const { cleared, rest } = await clearUncontestedInvoices(em, invoiceIds, priceTolerance);
  if (rest.length === 0) return cleared;
  const invoices: { id: string; lines: LineToMatch[] }[] = [];
  for (const line of rest) {
    if (invoices.at(-1)?.id !== line.invoiceId) invoices.push({ id: line.invoiceId, lines: [] });
    invoices.at(-1)!.lines.push(line);
  }
  const orderLines = new Map(rest.flatMap((line) => (line.order ? [[line.purchaseOrderLineId, { lineId: line.purchaseOrderLineId, ...line.order }] as const] : [])));
  const { matches, invoiced } = matchInvoices(invoices, orderLines);
  const matched = invoices.filter((_, index) => matches[index]!.matched).map((invoice) => invoice.id);
  await writeVerdicts(
    em,
    invoices.flatMap((invoice, index) => invoice.lines.map((line, position) => ({ id: line.id, verdict: matches[index]!.lines[position]! }))),
    matched,
    invoiced,
  );
  return cleared + matched.length;
}

/**
 * Keeps finance's copy of ordered and received quantities (the other two
 * legs of the match) from srm's and wms's events, and matches the invoices
 * that were waiting for goods when the goods arrive.
 */
export const purchasingConsumer = defineConsumer({
  name: 'purchasing-read-model',
  types: ['srm.PurchaseOrderPlaced', 'srm.PurchaseOrderChanged', 'srm.PurchaseOrderCancelled', 'wms.GoodsReceived'],
  async apply(em, event) {
    if (event.type === 'wms.GoodsReceived') {
      const lineIds = await addReceived(em, event.payload.lines);
      if (lineIds.length === 0) return;
      const waiting = await execute<{ id: string }[]>(
        em,
        `SELECT DISTINCT i.id FROM erp.supplier_invoice i JOIN erp.supplier_invoice_line l ON l.invoice_id = i.id
          WHERE i.status = 'BLOCKED' AND l.purchase_order_line_id = ANY(?::uuid[])`,
        [sqlArray(lineIds)],
      );
      await matchBlockedInvoices(em, waiting.map((row) => row.id));
    } else if (event.type === 'srm.PurchaseOrderCancelled') {
      await cancelOrderLines(em, event.subjectId);
    } else if (event.supplierId) {
      await upsertOrderLines(em, { id: event.subjectId, number: event.payload.number, supplierId: event.supplierId, siteId: event.siteId }, event.payload.lines);
    }
  },
});

async function pay(em: EntityManager, invoice: SupplierInvoice, amountCents: number, now: Date): Promise<{ payment: SupplierPayment; event: SupplyChainEventInput }> {
  invoice.paidAmount = fromCents(toCents(invoice.paidAmount) + amountCents);
  const payment = em.create(SupplierPaymentSchema, { id: newId(), number: await nextDocumentNumber(em, 'erp', 'SP', now), invoiceId: invoice.id, paidAt: now, amount: fromCents(amountCents) });
  return {
    payment,
    event: {
      type: 'erp.SupplierPaymentMade',
      subjectType: 'SupplierPayment',
      subjectId: payment.id,
      orderId: invoice.purchaseOrderId,
      supplierId: invoice.supplierId,
      siteId: invoice.siteId,
      payload: { number: payment.number, invoiceId: invoice.id, invoiceNumber: invoice.number, amount: payment.amount },
    },
  };
}

/** Pays a matched invoice (its whole open amount unless told less); a blocked one is held (CONFLICT), more than is open is BAD_USER_INPUT. */
export async function paySupplierInvoice(ctx: ErpContext, input: { invoiceId: string; amount?: number | null; idempotencyKey?: string | null }): Promise<SupplierPayment> {
  authorize(ctx.viewer, 'pay suppliers', financeWriters);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'erp.paySupplierInvoice', now },
    (id) => ctx.em.findOneOrFail(SupplierPaymentSchema, { id }),
    async (em) => {
      const invoice = isId(input.invoiceId) ? await em.findOne(SupplierInvoiceSchema, { id: input.invoiceId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!invoice) throw notFound(`Supplier invoice ${input.invoiceId} not found`, { field: 'invoiceId' });
      if (invoice.status === 'BLOCKED') throw conflict(`Supplier invoice ${invoice.number} is blocked: it does not match its order and receipts`, { invoiceId: invoice.id });
      const open = openSupplierCents(invoice);
      const cents = input.amount == null ? open : toCents(input.amount);
      if (!(cents > 0)) throw badInput(open === 0 ? `Supplier invoice ${invoice.number} is paid` : 'A payment must be more than 0', { field: 'amount' });
      if (cents > open) throw badInput(`The payment of ${cents / 100} is more than the ${open / 100} open`, { field: 'amount', openAmount: open / 100 });
      const { payment, event } = await pay(em, invoice, cents, now);
      await em.flush();
      await recordEvents(em, [event], { now, idempotencyKey: input.idempotencyKey });
      return payment;
    },
  );
}

/** The payment run: every matched invoice with something open and due by `dueBy` is paid in full (supplier terms set the due dates). */
export async function paySupplierInvoicesDue(ctx: ErpContext, dueBy: string): Promise<SupplierPayment[]> {
  authorize(ctx.viewer, 'pay suppliers', financeWriters);
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const due = await em.find(
      SupplierInvoiceSchema,
      { status: 'MATCHED', dueDate: { $lte: dueBy } },
      { orderBy: { dueDate: 'asc', number: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const paid = [];
    for (const invoice of due.filter((candidate) => openSupplierCents(candidate) > 0)) paid.push(await pay(em, invoice, openSupplierCents(invoice), now));
    await em.flush();
    await recordEvents(em, paid.map((entry) => entry.event), { now });
    return paid.map((entry) => entry.payment);
  });
}

export async function findSupplierInvoice(ctx: ErpContext, id: string): Promise<SupplierInvoice | null> {
  authorize(ctx.viewer, 'read supplier invoices', financeReaders);
  return isId(id) ? ctx.loaders.supplierInvoiceById.load(id.toLowerCase()) : null;
}

export interface SupplierInvoiceQuery {
  supplierId?: string | null;
  purchaseOrderId?: string | null;
  status?: SupplierInvoiceStatus | null;
  openOnly?: boolean | null;
  first: number;
  offset: number;
}

/** Supplier invoices, newest first. */
export async function listSupplierInvoices(ctx: ErpContext, query: SupplierInvoiceQuery): Promise<{ items: SupplierInvoice[]; totalCount: number }> {
  authorize(ctx.viewer, 'read supplier invoices', financeReaders);
  validatePage(query);
  for (const field of ['supplierId', 'purchaseOrderId'] as const) {
    if (query[field] && !isId(query[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  const rows = await execute<{ id: string; total_count: string }[]>(
    ctx.em,
    `SELECT id, count(*) OVER () AS total_count FROM erp.supplier_invoice
      WHERE (?::uuid IS NULL OR supplier_id = ?::uuid) AND (?::uuid IS NULL OR purchase_order_id = ?::uuid)
        AND (?::text IS NULL OR status = ?::text) AND (NOT ?::boolean OR amount > paid_amount)
      ORDER BY received_at DESC, number DESC LIMIT ? OFFSET ?`,
    [
      ...Array(2).fill(query.supplierId?.toLowerCase() ?? null),
      ...Array(2).fill(query.purchaseOrderId?.toLowerCase() ?? null),
      ...Array(2).fill(query.status ?? null),
      Boolean(query.openOnly),
      query.first,
      query.offset,
    ],
  );
  const loaded = await ctx.em.find(SupplierInvoiceSchema, { id: { $in: rows.map((row) => row.id) } });
  return { items: rows.map((row) => loaded.find((invoice) => invoice.id === row.id)!), totalCount: rows[0] ? Number(rows[0].total_count) : 0 };
}
