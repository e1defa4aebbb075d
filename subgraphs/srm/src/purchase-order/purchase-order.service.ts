import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { containsPattern, createByIdLoader, execute, isId, newId, nextDocumentNumber, sqlArray, type EntityManager } from '@plexus/db';
import { readKnownSubjects, recordEvents, runOnce, type PurchaseOrderLineSnapshot, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage, type Viewer } from '@plexus/host';
import { badInput, conflict, DomainError, notFound } from '@plexus/errors';
import { AsnSchema } from '../asn/asn.entity.ts';
import { calendarDate } from '../calendar-date.ts';
import type { SrmContext } from '../context.ts';
import { readTerms, termsKey } from '../supplier-item/supplier-item.service.ts';
import { orderQuantityProblem, unitPriceFor } from '../supplier-item/supplier-item.rules.ts';
import { isPurchaseOrderVisibleTo, scopedSupplierFilter, visiblePurchaseOrderStatuses } from '../supplier/supplier-access.rules.ts';
import { SupplierCertificateSchema, SupplierSchema } from '../supplier/supplier.entity.ts';
import { assertOrderable } from '../supplier/supplier.rules.ts';
import { buyerRoles, today } from '../supplier/supplier.service.ts';
import {
  PurchaseOrderChangeSchema,
  PurchaseOrderLineSchema,
  PurchaseOrderSchema,
  purchaseOrderStatuses,
  type ChangeOrigin,
  type LineChange,
  type PurchaseOrder,
  type PurchaseOrderChange,
  type PurchaseOrderLine,
  type PurchaseOrderStatus,
} from './purchase-order.entity.ts';
import {
  assertTransition,
  dateOf,
  receivingStatus,
  responderMayAnswer,
  summariseLines,
  validateChange,
  validateConfirmation,
  validateNewLines,
  type NewPurchaseLine,
} from './purchase-order.rules.ts';

export interface PurchaseReceiptRecord {
  receivedAt: Date;
  receiptNumber: string;
  acceptedQuantity: number;
  rejectedQuantity: number;
  lotNumber: string;
}

export function createPurchaseOrderLoaders(em: EntityManager) {
  return {
    purchaseOrderById: createByIdLoader<PurchaseOrder>(em, PurchaseOrderSchema),
    purchaseOrderLineById: createByIdLoader<PurchaseOrderLine>(em, PurchaseOrderLineSchema),
    purchaseOrderChangeById: createByIdLoader<PurchaseOrderChange>(em, PurchaseOrderChangeSchema),
    linesByPurchaseOrder: new DataLoader<string, PurchaseOrderLine[]>(async (orderIds) => {
      const lines = await em.find(PurchaseOrderLineSchema, { purchaseOrderId: { $in: [...orderIds] } }, { orderBy: { lineNumber: 'asc' } });
      return orderIds.map((id) => lines.filter((line) => line.purchaseOrderId === id));
    }),
    changesByPurchaseOrder: new DataLoader<string, PurchaseOrderChange[]>(async (orderIds) => {
      const changes = await em.find(PurchaseOrderChangeSchema, { purchaseOrderId: { $in: [...orderIds] } }, { orderBy: { proposedAt: 'desc' } });
      return orderIds.map((id) => changes.filter((change) => change.purchaseOrderId === id));
    }),
    receiptsByLine: new DataLoader<string, PurchaseReceiptRecord[]>(async (lineIds) => {
      const rows = await execute<{ purchase_order_line_id: string; received_at: Date; receipt_number: string; accepted: string; rejected: string; lot_number: string }[]>(
        em,
        `SELECT purchase_order_line_id, received_at, receipt_number, accepted, rejected, lot_number FROM srm.purchase_receipt
          WHERE purchase_order_line_id = ANY(?::uuid[]) ORDER BY received_at, event_id, position`,
        [sqlArray(lineIds)],
      );
      return lineIds.map((id) =>
        rows
          .filter((row) => row.purchase_order_line_id === id)
          .map((row) => ({ receivedAt: new Date(row.received_at), receiptNumber: row.receipt_number, acceptedQuantity: Number(row.accepted), rejectedQuantity: Number(row.rejected), lotNumber: row.lot_number })),
      );
    }),
    inTransitByLine: new DataLoader<string, number>(async (lineIds) => {
      const inTransit = await readInTransit(em, lineIds);
      return lineIds.map((id) => inTransit.get(id) ?? 0);
    }),
  };
}

/** Quantity announced on ship notices the warehouse has not received yet, per order line. */
export async function readInTransit(em: EntityManager, lineIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await execute<{ purchase_order_line_id: string; quantity: string }[]>(
    em,
    `SELECT l.purchase_order_line_id, sum(l.quantity) AS quantity
       FROM srm.asn_line l JOIN srm.asn a ON a.id = l.asn_id
      WHERE l.purchase_order_line_id = ANY(?::uuid[]) AND a.status = 'SUBMITTED'
      GROUP BY l.purchase_order_line_id`,
    [sqlArray(lineIds)],
  );
  return new Map(rows.map((row) => [row.purchase_order_line_id, Number(row.quantity)]));
}

/** The order if the viewer may see it (a supplier user: its own only), else null. */
export async function visiblePurchaseOrder(ctx: SrmContext, id: string): Promise<PurchaseOrder | null> {
  const order = isId(id) ? await ctx.loaders.purchaseOrderById.load(id.toLowerCase()) : null;
  return order && isPurchaseOrderVisibleTo(ctx.viewer, order) ? order : null;
}

export async function findPurchaseOrder(ctx: SrmContext, id: string): Promise<PurchaseOrder> {
  const order = await visiblePurchaseOrder(ctx, id);
  if (!order) throw notFound(`Purchase order ${id} not found`, { purchaseOrderId: id });
  return order;
}

export async function findPurchaseOrderByNumber(ctx: SrmContext, number: string): Promise<PurchaseOrder> {
  const order = await ctx.em.findOne(PurchaseOrderSchema, { number: number.trim().toUpperCase() });
  if (!order || !isPurchaseOrderVisibleTo(ctx.viewer, order)) throw notFound(`Purchase order ${number} not found`, { number });
  return order;
}

export type PurchaseOrderSortField = 'NUMBER' | 'CREATED_AT' | 'REQUESTED_DATE' | 'STATUS' | 'TOTAL_AMOUNT';

export interface PurchaseOrderQuery {
  filter: {
    supplierId?: string | null;
    siteId?: string | null;
    status?: readonly PurchaseOrderStatus[] | null;
    itemId?: string | null;
    requestedFrom?: string | null;
    requestedTo?: string | null;
    search?: string | null;
  };
  sort: { field: PurchaseOrderSortField; direction: 'ASC' | 'DESC' };
  first: number;
  offset: number;
}

const sortColumns = { NUMBER: 'number', CREATED_AT: 'createdAt', REQUESTED_DATE: 'requestedDate', STATUS: 'status', TOTAL_AMOUNT: 'totalAmount' } as const;

export async function listPurchaseOrders(ctx: SrmContext, query: PurchaseOrderQuery) {
  const { filter } = query;
  validatePage(query);
  for (const field of ['supplierId', 'siteId', 'itemId'] as const) {
    if (filter[field] && !isId(filter[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  if (filter.requestedFrom && filter.requestedTo && filter.requestedFrom > filter.requestedTo) throw badInput('requestedFrom must not be after requestedTo', { field: 'requestedFrom' });
  const supplierId = scopedSupplierFilter(ctx.viewer, filter.supplierId?.toLowerCase());
  const statuses = visiblePurchaseOrderStatuses(ctx.viewer, filter.status, purchaseOrderStatuses);
  const search = filter.search?.trim();
  const orderIdsWithItem = filter.itemId
    ? (await execute<{ id: string }[]>(ctx.em, 'SELECT DISTINCT purchase_order_id AS id FROM srm.purchase_order_line WHERE item_id = ?', [filter.itemId.toLowerCase()])).map((row) => row.id)
    : null;
  const direction = query.sort.direction === 'DESC' ? 'desc' : 'asc';
  const [items, totalCount] = await ctx.em.findAndCount(
    PurchaseOrderSchema,
    {
      ...(supplierId ? { supplierId } : {}),
      ...(filter.siteId ? { siteId: filter.siteId.toLowerCase() } : {}),
      ...(statuses ? { status: { $in: [...statuses] } } : {}),
      ...(orderIdsWithItem ? { id: { $in: orderIdsWithItem } } : {}),
      ...(filter.requestedFrom || filter.requestedTo
        ? { requestedDate: { ...(filter.requestedFrom ? { $gte: filter.requestedFrom } : {}), ...(filter.requestedTo ? { $lte: filter.requestedTo } : {}) } }
        : {}),
      ...(search ? { number: { $ilike: containsPattern(search) } } : {}),
    },
    { orderBy: [{ [sortColumns[query.sort.field]]: direction }, { number: 'asc' }], limit: query.first, offset: query.offset },
  );
  return { items, totalCount };
}

export function snapshotLine(line: PurchaseOrderLine): PurchaseOrderLineSnapshot {
  return {
    lineId: line.id,
    lineNumber: line.lineNumber,
    itemId: line.itemId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    requestedDate: calendarDate(line.requestedDate),
    overDeliveryTolerance: line.overDeliveryTolerance,
  };
}

/** The dimensions of every event about an order: the order itself, its supplier and its delivery site. */
export const orderEvent = (order: PurchaseOrder) => ({
  subjectType: 'PurchaseOrder',
  subjectId: order.id,
  orderId: order.id,
  supplierId: order.supplierId,
  siteId: order.siteId,
});

export interface NewPurchaseOrder {
  supplierId: string;
  siteId: string;
  lines: NewPurchaseLine[];
  idempotencyKey?: string | null;
}

/** A supplier that may get a new order today, or the reason it may not. */
async function assertSupplierOrderable(em: EntityManager, supplierId: string, day: string) {
  const supplier = await em.findOne(SupplierSchema, { id: supplierId });
  if (!supplier) throw notFound(`Supplier ${supplierId} not found`, { field: 'supplierId' });
  assertOrderable(supplier, await em.find(SupplierCertificateSchema, { supplierId }), day);
  return supplier;
}

/** A DRAFT order: every item bought from the supplier on its terms (quantities it sells, its price unless the buyer agreed another). */
export async function createPurchaseOrder(ctx: SrmContext, input: NewPurchaseOrder): Promise<PurchaseOrder> {
  authorize(ctx.viewer, 'create purchase orders', buyerRoles);
  const now = ctx.now();
  validateNewLines(input.lines, now);
  if (!isId(input.supplierId)) throw badInput('supplierId must be a UUID', { field: 'supplierId' });
  if (!isId(input.siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  input.lines.forEach((line, index) => {
    if (!isId(line.itemId)) throw badInput(`Line ${index + 1}: itemId must be a UUID`, { line: index + 1, field: 'itemId' });
  });
  const supplierId = input.supplierId.toLowerCase();
  const siteId = input.siteId.toLowerCase();
  const lines = input.lines.map((line) => ({ ...line, itemId: line.itemId.toLowerCase() }));
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'srm.createPurchaseOrder', now },
    (id) => ctx.em.findOneOrFail(PurchaseOrderSchema, { id }),
    async (em) => {
      await assertSupplierOrderable(em, supplierId, dateOf(now));
      if (!(await readKnownSubjects(em, 'erp.SiteCreated', [siteId])).has(siteId)) throw notFound(`Site ${input.siteId} not found`, { field: 'siteId' });
      const knownItems = await readKnownSubjects(em, 'erp.ItemCreated', [...new Set(lines.map((line) => line.itemId))]);
      const terms = await readTerms(em, lines.map((line) => ({ supplierId, itemId: line.itemId })));
      const priced = lines.map((line, index) => {
        const at = { line: index + 1 };
        if (!knownItems.has(line.itemId)) throw notFound(`Line ${index + 1}: item ${line.itemId} not found`, { ...at, field: 'itemId' });
        const itemTerms = terms.get(termsKey(supplierId, line.itemId));
        if (!itemTerms) throw badInput(`Line ${index + 1}: the supplier does not sell item ${line.itemId}`, { ...at, field: 'itemId' });
        const problem = orderQuantityProblem(itemTerms, line.quantity);
        if (problem) throw badInput(`Line ${index + 1}: ${line.quantity} is ${problem}`, { ...at, field: 'quantity' });
        const unitPrice = line.unitPrice ?? unitPriceFor(itemTerms.priceBreaks, line.quantity)!;
        return { ...line, unitPrice, terms: itemTerms };
      });
      const currencies = new Set(priced.map((line) => line.terms.currency));
      if (currencies.size > 1) throw badInput(`The supplier prices these items in ${[...currencies].join(' and ')}: one currency per order`, { field: 'lines' });
      const id = newId();
      const created = priced.map((line, index) =>
        em.create(PurchaseOrderLineSchema, {
          id: newId(),
          purchaseOrderId: id,
          lineNumber: index + 1,
          itemId: line.itemId,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          requestedDate: line.requestedDate,
          confirmedDate: null,
          promisedDate: null,
          receivedQuantity: 0,
          rejectedQuantity: 0,
          overDeliveryTolerance: line.terms.overDeliveryTolerance,
        }),
      );
      const { requestedDate, totalAmount } = summariseLines(created);
      const order = em.create(PurchaseOrderSchema, {
        id,
        number: await nextDocumentNumber(em, 'srm', 'PO', now),
        supplierId,
        siteId,
        status: 'DRAFT',
        currency: [...currencies][0]!,
        createdAt: now,
        sentAt: null,
        confirmedAt: null,
        requestedDate,
        promisedDate: null,
        totalAmount,
        cancellationReason: null,
        plannedOrderId: null,
      });
      await em.flush();
      return order;
    },
  );
}

/** Locks the order for the rest of the transaction; another supplier's order is not found, as a missing one is. */
async function lockOrder(em: EntityManager, viewer: Viewer, id: string): Promise<PurchaseOrder> {
  const order = isId(id) ? await em.findOne(PurchaseOrderSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!order || !isPurchaseOrderVisibleTo(viewer, order)) throw notFound(`Purchase order ${id} not found`, { purchaseOrderId: id });
  return order;
}

export const orderLines = (em: EntityManager, orderId: string) => em.find(PurchaseOrderLineSchema, { purchaseOrderId: orderId }, { orderBy: { lineNumber: 'asc' } });

/**
 * The one path every change to an existing order takes: authorize, lock the
 * order (within the viewer's scope), let `apply` validate and change it,
 * refresh its summary from its lines, flush, record the events it returns.
 */
async function changeOrder(
  ctx: SrmContext,
  change: { id: string; action: string; roles: readonly ('buyer' | 'supplier')[]; operation: string; idempotencyKey?: string | null | undefined },
  apply: (em: EntityManager, order: PurchaseOrder, lines: PurchaseOrderLine[]) => Promise<SupplyChainEventInput[]>,
): Promise<PurchaseOrder> {
  authorize(ctx.viewer, change.action, change.roles);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: change.idempotencyKey, operation: change.operation, now },
    (orderId) => ctx.em.findOneOrFail(PurchaseOrderSchema, { id: orderId }),
    async (em) => {
      const order = await lockOrder(em, ctx.viewer, change.id);
      const lines = await orderLines(em, order.id);
      const events = await apply(em, order, lines);
      Object.assign(order, summariseLines(lines));
      await em.flush();
      await recordEvents(em, events, { now, idempotencyKey: change.idempotencyKey });
      return order;
    },
  );
}

async function assertNothingInTransit(em: EntityManager, order: PurchaseOrder, action: string): Promise<void> {
  if (await em.count(AsnSchema, { purchaseOrderId: order.id, status: 'SUBMITTED' })) {
    throw conflict(`Purchase order ${order.number} has goods on their way (a ship notice not yet received); it cannot be ${action}`, { status: order.status });
  }
}

/** DRAFT → SENT: the supplier sees the order; it is placed (srm.PurchaseOrderPlaced) only if the supplier may still get orders. */
export function sendPurchaseOrder(ctx: SrmContext, id: string, idempotencyKey?: string | null): Promise<PurchaseOrder> {
  return changeOrder(ctx, { id, action: 'send purchase orders', roles: buyerRoles, operation: 'srm.sendPurchaseOrder', idempotencyKey }, async (em, order, lines) => {
    assertTransition(order.number, order.status, 'SENT');
    const now = ctx.now();
    await assertSupplierOrderable(em, order.supplierId, dateOf(now));
    order.status = 'SENT';
    order.sentAt = now;
    return [
      {
        type: 'srm.PurchaseOrderPlaced',
        ...orderEvent(order),
        quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
        payload: { number: order.number, currency: order.currency, lines: lines.map(snapshotLine), ...(order.plannedOrderId ? { plannedOrderId: order.plannedOrderId } : {}) },
      },
    ];
  });
}

/** Applies promised dates: the first promise of a line is its confirmed date for good (KPIS.md); a sent order becomes CONFIRMED. */
function promise(order: PurchaseOrder, lines: PurchaseOrderLine[], promises: readonly { lineId: string; promisedDate: string }[], now: Date): SupplyChainEventInput {
  for (const { lineId, promisedDate } of promises) {
    const line = lines.find((candidate) => candidate.id === lineId)!;
    line.promisedDate = promisedDate;
    line.confirmedDate ??= promisedDate;
  }
  if (order.status === 'SENT') {
    order.status = 'CONFIRMED';
    order.confirmedAt = now;
  }
  return {
    type: 'srm.PurchaseOrderConfirmed',
    ...orderEvent(order),
    payload: { number: order.number, lines: promises.map(({ lineId, promisedDate }) => ({ lineId, confirmedDate: promisedDate })) },
  };
}

/** The supplier's promise (a buyer may record one it received otherwise): all lines the first time, re-promises after. */
export function confirmPurchaseOrder(ctx: SrmContext, id: string, promises: { lineId: string; promisedDate: string }[], idempotencyKey?: string | null): Promise<PurchaseOrder> {
  return changeOrder(ctx, { id, action: 'confirm purchase orders', roles: ['supplier', 'buyer'], operation: 'srm.confirmPurchaseOrder', idempotencyKey }, async (_, order, lines) => {
    const now = ctx.now();
    validateConfirmation(order, lines, promises, dateOf(now));
    return [promise(order, lines, promises, now)];
  });
}

export function cancelPurchaseOrder(ctx: SrmContext, id: string, reason: string, idempotencyKey?: string | null): Promise<PurchaseOrder> {
  const why = reason.trim();
  if (!why) return Promise.reject(badInput('Say why the order is cancelled', { field: 'reason' }));
  return changeOrder(ctx, { id, action: 'cancel purchase orders', roles: buyerRoles, operation: 'srm.cancelPurchaseOrder', idempotencyKey }, async (em, order) => {
    assertTransition(order.number, order.status, 'CANCELLED');
    await assertNothingInTransit(em, order, 'cancelled');
    const placed = order.status !== 'DRAFT';
    order.status = 'CANCELLED';
    order.cancellationReason = why;
    await withdrawOpenChange(em, order.id, ctx.now(), 'The order was cancelled');
    // A draft was never placed: nobody else knows it, so there is nothing to tell.
    return placed ? [{ type: 'srm.PurchaseOrderCancelled', ...orderEvent(order), payload: { number: order.number, reason: why } }] : [];
  });
}

export function closePurchaseOrder(ctx: SrmContext, id: string, idempotencyKey?: string | null): Promise<PurchaseOrder> {
  return changeOrder(ctx, { id, action: 'close purchase orders', roles: buyerRoles, operation: 'srm.closePurchaseOrder', idempotencyKey }, async (em, order) => {
    const from = order.status;
    assertTransition(order.number, from, 'CLOSED');
    await assertNothingInTransit(em, order, 'closed');
    order.status = 'CLOSED';
    await withdrawOpenChange(em, order.id, ctx.now(), 'The order was closed');
    return [{ type: 'srm.PurchaseOrderStatusChanged', ...orderEvent(order), payload: { number: order.number, from, to: 'CLOSED' } }];
  });
}

async function withdrawOpenChange(em: EntityManager, orderId: string, now: Date, note: string): Promise<void> {
  const open = await em.findOne(PurchaseOrderChangeSchema, { purchaseOrderId: orderId, status: 'PROPOSED' });
  if (open) Object.assign(open, { status: 'REJECTED', respondedAt: now, responseNote: note });
}

const partyOf = (viewer: Viewer) => (viewer.role === 'supplier' ? 'SUPPLIER' : viewer.role === 'admin' ? 'ADMIN' : 'BUYER');

/** A proposal to change lines of a sent order, by the buyer (its need moved) or the supplier (it cannot deliver as ordered). */
export async function requestPurchaseOrderChange(
  ctx: SrmContext,
  input: { purchaseOrderId: string; reason: string; lines: LineChange[]; idempotencyKey?: string | null },
): Promise<PurchaseOrderChange> {
  authorize(ctx.viewer, 'propose purchase order changes', ['supplier', 'buyer']);
  const reason = input.reason.trim();
  if (!reason) throw badInput('Say why the order should change', { field: 'reason' });
  const origin: ChangeOrigin = ctx.viewer.role === 'supplier' ? 'SUPPLIER' : 'BUYER';
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'srm.requestPurchaseOrderChange', now },
    (id) => ctx.em.findOneOrFail(PurchaseOrderChangeSchema, { id }),
    async (em) => {
      const order = await lockOrder(em, ctx.viewer, input.purchaseOrderId);
      validateChange(order, await orderLines(em, order.id), input.lines, origin, dateOf(now));
      if (await em.count(PurchaseOrderChangeSchema, { purchaseOrderId: order.id, status: 'PROPOSED' })) {
        throw conflict(`Purchase order ${order.number} already has a proposal waiting for an answer`, { purchaseOrderId: order.id });
      }
      const change = em.create(PurchaseOrderChangeSchema, {
        id: newId(),
        purchaseOrderId: order.id,
        origin,
        status: 'PROPOSED',
        reason,
        lines: input.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity ?? null, date: line.date ?? null })),
        proposedAt: now,
        respondedAt: null,
        responseNote: null,
      });
      await em.flush();
      return change;
    },
  );
}

/**
 * The other party's answer. Accepted, the lines change (srm.PurchaseOrderChanged);
 * a supplier who accepts the buyer's new date promises it, and a buyer who
 * accepts a supplier's proposal on a sent order takes it as the supplier's
 * confirmation (srm.PurchaseOrderConfirmed): lines it did not name at their
 * requested dates.
 */
export async function respondToPurchaseOrderChange(ctx: SrmContext, id: string, accept: boolean, note?: string | null, idempotencyKey?: string | null): Promise<PurchaseOrderChange> {
  authorize(ctx.viewer, 'answer purchase order changes', ['supplier', 'buyer']);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey, operation: 'srm.respondToPurchaseOrderChange', now },
    (changeId) => ctx.em.findOneOrFail(PurchaseOrderChangeSchema, { id: changeId }),
    async (em) => {
      const proposal = isId(id) ? await em.findOne(PurchaseOrderChangeSchema, { id: id.toLowerCase() }) : null;
      if (!proposal) throw notFound(`Change ${id} not found`, { changeId: id });
      const order = await lockOrder(em, ctx.viewer, proposal.purchaseOrderId);
      if (proposal.status !== 'PROPOSED') throw conflict(`The change was already ${proposal.status.toLowerCase()}`, { status: proposal.status });
      if (!responderMayAnswer(proposal.origin, partyOf(ctx.viewer))) {
        throw new DomainError('FORBIDDEN', `The ${proposal.origin === 'BUYER' ? 'supplier' : 'buyer'} answers this proposal`, { origin: proposal.origin });
      }
      Object.assign(proposal, { status: accept ? 'ACCEPTED' : 'REJECTED', respondedAt: now, responseNote: note?.trim() || null });
      const events = accept ? await applyChange(em, order, proposal, now) : [];
      await em.flush();
      await recordEvents(em, events, { now, idempotencyKey });
      return proposal;
    },
  );
}

async function applyChange(em: EntityManager, order: PurchaseOrder, proposal: PurchaseOrderChange, now: Date): Promise<SupplyChainEventInput[]> {
  const lines = await orderLines(em, order.id);
  validateChange(order, lines, proposal.lines, proposal.origin, dateOf(now));
  const changed: PurchaseOrderLine[] = [];
  const promises: { lineId: string; promisedDate: string }[] = [];
  for (const change of proposal.lines) {
    const line = lines.find((candidate) => candidate.id === change.lineId)!;
    if (change.quantity != null) line.quantity = change.quantity;
    if (proposal.origin === 'BUYER' && change.date != null) {
      line.requestedDate = change.date;
      if (order.status !== 'SENT') promises.push({ lineId: line.id, promisedDate: change.date });
    }
    if (proposal.origin === 'SUPPLIER' && change.date != null) promises.push({ lineId: line.id, promisedDate: change.date });
    if (change.quantity != null || (proposal.origin === 'BUYER' && change.date != null)) changed.push(line);
  }
  if (proposal.origin === 'SUPPLIER' && order.status === 'SENT') {
    for (const line of lines) {
      if (!promises.some((promised) => promised.lineId === line.id) && line.receivedQuantity < line.quantity) promises.push({ lineId: line.id, promisedDate: calendarDate(line.requestedDate) });
    }
  }
  const events: SupplyChainEventInput[] = [];
  if (changed.length > 0) {
    events.push({
      type: 'srm.PurchaseOrderChanged',
      ...orderEvent(order),
      payload: { number: order.number, changeId: proposal.id, origin: proposal.origin, reason: proposal.reason, lines: changed.map(snapshotLine) },
    });
  }
  if (promises.length > 0) events.push(promise(order, lines, promises, now));
  const from = order.status;
  if (from === 'PARTIALLY_RECEIVED' && receivingStatus(lines) === 'RECEIVED') {
    order.status = 'RECEIVED';
    events.push({ type: 'srm.PurchaseOrderStatusChanged', ...orderEvent(order), payload: { number: order.number, from, to: 'RECEIVED' } });
  }
  Object.assign(order, summariseLines(lines));
  return events;
}

