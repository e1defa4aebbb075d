import { LockMode } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { containsPattern, createByIdLoader, execute, isId, newId, nextDocumentNumber, sqlArray, type EntityManager } from '@plexus/db';
import {
  readKnownSubjects,
  defineConsumer,
  type EventOf,
  recordEvents,
  runOnce,
  type SalesOrderLineSnapshot,
  type SupplyChainEventInput,
} from '@plexus/events';
import { authorizeChange, isSiteVisible, scopedSiteFilter, validatePage } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { CrmContext } from '../context.ts';
import { CustomerSchema } from '../customer/customer.entity.ts';
import {
  SalesOrderLineSchema,
  SalesOrderSchema,
  type SalesOrder,
  type SalesOrderLine,
  type SalesOrderStatus,
} from './sales-order.entity.ts';
import {
  assertTransition,
  fulfilmentStatus,
  openDemandStatuses,
  summariseLines,
  validateNewOrderLines,
  validatePromises,
  type LinePromise,
  type NewOrderLine,
} from './sales-order.rules.ts';

export function createSalesOrderLoaders(em: EntityManager) {
  return {
    salesOrderById: createByIdLoader<SalesOrder>(em, SalesOrderSchema),
    linesByOrder: new DataLoader<string, SalesOrderLine[]>(async (orderIds) => {
      const lines = await em.find(SalesOrderLineSchema, { salesOrderId: { $in: [...orderIds] } }, { orderBy: { lineNumber: 'asc' } });
      return orderIds.map((id) => lines.filter((line) => line.salesOrderId === id));
    }),
    lineById: createByIdLoader<SalesOrderLine>(em, SalesOrderLineSchema),
    openDemandByItem: new DataLoader<string, number>(async (itemIds) => {
      const rows = await execute<{ item_id: string; open: string }[]>(
        em,
        `SELECT l.item_id, sum(greatest(l.quantity - l.shipped_quantity, 0)) AS open
           FROM crm.sales_order_line l JOIN crm.sales_order o ON o.id = l.sales_order_id
          WHERE l.item_id = ANY(?::uuid[]) AND o.status = ANY(?::text[])
          GROUP BY l.item_id`,
        [sqlArray(itemIds), sqlArray(openDemandStatuses)],
      );
      const byItem = new Map(rows.map((row) => [row.item_id, Number(row.open)]));
      return itemIds.map((id) => byItem.get(id) ?? 0);
    }),
  };
}

export type SalesOrderSortField = 'NUMBER' | 'ORDERED_AT' | 'DUE_DATE' | 'CUSTOMER' | 'STATUS' | 'TOTAL_AMOUNT';

export interface SalesOrderQuery {
  filter: {
    customerId?: string | null;
    siteId?: string | null;
    status?: readonly SalesOrderStatus[] | null;
    dueFrom?: string | null;
    dueTo?: string | null;
    search?: string | null;
  };
  sort: { field: SalesOrderSortField; direction: 'ASC' | 'DESC' };
  first: number;
  offset: number;
}

const sortColumns = {
  NUMBER: 'number',
  ORDERED_AT: 'orderedAt',
  DUE_DATE: 'dueDate',
  STATUS: 'status',
  TOTAL_AMOUNT: 'totalAmount',
} as const;

/** An order the viewer may see (a site-scoped user: one of its sites'), or null as if it did not exist. */
export async function visibleSalesOrder(ctx: CrmContext, id: string): Promise<SalesOrder | null> {
  const order = await ctx.loaders.salesOrderById.load(id);
  return order && isSiteVisible(ctx.viewer, order.siteId) ? order : null;
}

/** Numbers are typed by people: surrounding spaces and lower case still find the order. */
export async function findSalesOrderByNumber(ctx: CrmContext, number: string): Promise<SalesOrder | null> {
  const order = await ctx.em.findOne(SalesOrderSchema, { number: number.trim().toUpperCase() });
  return order && isSiteVisible(ctx.viewer, order.siteId) ? order : null;
}

export async function listSalesOrders(ctx: CrmContext, query: SalesOrderQuery) {
  const { filter, sort } = query;
  validatePage(query);
  if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) {
    throw badInput('dueFrom must not be after dueTo', { field: 'dueFrom' });
  }
  if (filter.siteId && !isId(filter.siteId)) throw badInput('filter.siteId must be a UUID', { field: 'filter.siteId' });
  const sites = scopedSiteFilter(ctx.viewer, filter.siteId);
  const direction = sort.direction === 'DESC' ? 'desc' : 'asc';
  const search = filter.search?.trim();
  const [items, totalCount] = await ctx.em.findAndCount(
    SalesOrderSchema,
    {
      ...(filter.customerId ? { customer: filter.customerId } : {}),
      ...(sites ? { siteId: { $in: [...sites] } } : {}),
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(filter.dueFrom || filter.dueTo
        ? { dueDate: { ...(filter.dueFrom ? { $gte: filter.dueFrom } : {}), ...(filter.dueTo ? { $lte: filter.dueTo } : {}) } }
        : {}),
      ...(search ? { number: { $ilike: containsPattern(search) } } : {}),
    },
    {
      orderBy:
        sort.field === 'CUSTOMER'
          ? [{ customer: { name: direction } }, { number: 'asc' }]
          : [{ [sortColumns[sort.field]]: direction }, { number: 'asc' }],
      limit: query.first,
      offset: query.offset,
    },
  );
  return { items, totalCount };
}

function snapshot(line: SalesOrderLine): SalesOrderLineSnapshot {
  return {
    lineId: line.id,
    lineNumber: line.lineNumber,
    itemId: line.itemId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    requestedDate: line.requestedDate,
    promisedDate: line.promisedDate ?? null,
  };
}

/** The order, locked for the rest of the transaction so concurrent changes to it queue up. */
async function lockOrder(em: EntityManager, id: string): Promise<SalesOrder> {
  const order = await em.findOne(SalesOrderSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!order) throw notFound(`Sales order ${id} not found`, { salesOrderId: id });
  return order;
}

export interface NewSalesOrder {
  customerId: string;
  siteId: string;
  currency: string;
  lines: NewOrderLine[];
  idempotencyKey?: string | null;
}

export async function createSalesOrder(ctx: CrmContext, input: NewSalesOrder): Promise<SalesOrder> {
  authorizeChange(ctx.viewer, 'create sales orders');
  const orderedAt = ctx.now();
  validateNewOrderLines(input.lines, orderedAt);
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('Currency must be an ISO 4217 code, e.g. EUR', { field: 'currency' });
  if (!isId(input.siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  const siteId = input.siteId.toLowerCase();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'crm.createSalesOrder', now: orderedAt },
    (id) => ctx.em.findOneOrFail(SalesOrderSchema, { id }),
    async (em) => {
      const customer = await em.findOne(CustomerSchema, { id: input.customerId });
      if (!customer) throw notFound(`Customer ${input.customerId} not found`, { field: 'customerId' });
      const knownSites = await readKnownSubjects(em, 'erp.SiteCreated', [siteId]);
      if (!knownSites.has(siteId)) throw notFound(`Site ${input.siteId} not found`, { field: 'siteId' });
      const itemIds = [...new Set(input.lines.map((line) => line.itemId))];
      const knownItems = await readKnownSubjects(em, 'erp.ItemCreated', itemIds);
      input.lines.forEach((line, index) => {
        if (!knownItems.has(line.itemId)) throw notFound(`Line ${index + 1}: item ${line.itemId} not found`, { line: index + 1, field: 'itemId' });
      });
      const id = newId();
      const lines = input.lines.map((line, index) =>
        em.create(SalesOrderLineSchema, {
          id: newId(),
          salesOrderId: id,
          lineNumber: index + 1,
          itemId: line.itemId,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          requestedDate: line.requestedDate,
          promisedDate: null,
          shippedQuantity: 0,
        }),
      );
      const order = em.create(SalesOrderSchema, {
        id,
        number: await nextDocumentNumber(em, 'crm', 'SO', orderedAt),
        customer,
        siteId,
        status: 'DRAFT',
        orderedAt,
        currency,
        cancellationReason: null,
        ...summariseLines(lines),
      });
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'crm.SalesOrderPlaced',
            subjectType: 'SalesOrder',
            subjectId: id,
            orderId: id,
            customerId: customer.id,
            siteId,
            quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
            payload: { number: order.number, currency, lines: lines.map(snapshot) },
          },
        ],
        { now: orderedAt, idempotencyKey: input.idempotencyKey },
      );
      return order;
    },
  );
}

async function orderLines(em: EntityManager, orderId: string) {
  return em.find(SalesOrderLineSchema, { salesOrderId: orderId }, { orderBy: { lineNumber: 'asc' } });
}

/**
 * The one path every change to an existing order takes: authorize, lock the
 * order, let `change` validate and apply, flush, record the event it returns.
 */
async function changeOrder(
  ctx: CrmContext,
  change: { id: string; action: string; operation: string; idempotencyKey?: string | null | undefined },
  apply: (em: EntityManager, order: SalesOrder) => Promise<SupplyChainEventInput>,
): Promise<SalesOrder> {
  authorizeChange(ctx.viewer, change.action);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: change.idempotencyKey, operation: change.operation, now },
    (orderId) => ctx.em.findOneOrFail(SalesOrderSchema, { id: orderId }),
    async (em) => {
      const order = await lockOrder(em, change.id);
      const event = await apply(em, order);
      await em.flush();
      await recordEvents(em, [event], { now, idempotencyKey: change.idempotencyKey });
      return order;
    },
  );
}

export const orderEvent = (order: SalesOrder) => ({
  subjectType: 'SalesOrder',
  subjectId: order.id,
  orderId: order.id,
  customerId: order.customer.id,
  siteId: order.siteId ?? null,
});

export function confirmSalesOrder(ctx: CrmContext, id: string, idempotencyKey?: string | null): Promise<SalesOrder> {
  return changeOrder(ctx, { id, action: 'confirm sales orders', operation: 'crm.confirmSalesOrder', idempotencyKey }, async (em, order) => {
    assertTransition(order.number, order.status, 'CONFIRMED');
    order.status = 'CONFIRMED';
    const lines = await orderLines(em, id);
    return {
      type: 'crm.SalesOrderConfirmed',
      ...orderEvent(order),
      quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
      payload: { number: order.number, lines: lines.map(snapshot) },
    };
  });
}

export function promiseSalesOrder(ctx: CrmContext, id: string, promises: LinePromise[], idempotencyKey?: string | null): Promise<SalesOrder> {
  return changeOrder(ctx, { id, action: 'promise sales orders', operation: 'crm.promiseSalesOrder', idempotencyKey }, async (em, order) => {
    const lines = await orderLines(em, id);
    validatePromises(promises, order, new Set(lines.map((line) => line.id)));
    const byLine = new Map(promises.map((promise) => [promise.lineId, promise.promisedDate]));
    for (const line of lines) line.promisedDate = byLine.get(line.id) ?? line.promisedDate ?? null;
    const { promisedDate, dueDate } = summariseLines(lines);
    order.promisedDate = promisedDate;
    order.dueDate = dueDate;
    return { type: 'crm.SalesOrderPromised', ...orderEvent(order), payload: { number: order.number, lines: promises } };
  });
}

export function cancelSalesOrder(
  ctx: CrmContext,
  id: string,
  reason: string,
  requestedBy: 'CUSTOMER' | 'COMPANY',
  idempotencyKey?: string | null,
): Promise<SalesOrder> {
  const why = reason.trim();
  if (!why) return Promise.reject(badInput('Say why the order is cancelled', { field: 'reason' }));
  return changeOrder(ctx, { id, action: 'cancel sales orders', operation: 'crm.cancelSalesOrder', idempotencyKey }, async (_, order) => {
    assertTransition(order.number, order.status, 'CANCELLED');
    order.status = 'CANCELLED';
    order.cancellationReason = why;
    return { type: 'crm.SalesOrderCancelled', ...orderEvent(order), payload: { number: order.number, reason: why, requestedBy } };
  });
}

/**
 * Moves orders along as the warehouse ships, by consuming its events (each
 * exactly once, in the transaction that changes the order); deliveries are
 * `delivery/`'s.
 */
export const fulfilmentConsumer = defineConsumer({
  name: 'sales-order-fulfilment',
  types: ['wms.ShipmentShipped'],
  async apply(em, event) {
    if (!event.orderId) return;
    const order = await em.findOne(SalesOrderSchema, { id: event.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (order) await applyToOrder(em, order, event);
  },
});

async function applyToOrder(em: EntityManager, order: SalesOrder, event: EventOf<'wms.ShipmentShipped'>): Promise<void> {
  const from = order.status;
  let next = from;
  const lines = await orderLines(em, order.id);
  for (const shipped of event.payload.lines) {
    const line = lines.find((candidate) => candidate.id === shipped.salesOrderLineId);
    if (line) line.shippedQuantity += shipped.quantity;
  }
  if (from === 'CONFIRMED' || from === 'IN_FULFILMENT') next = fulfilmentStatus(lines);
  order.status = next;
  await em.flush();
  if (next === from) return;
  await recordEvents(
    em,
    [
      {
        type: 'crm.SalesOrderStatusChanged',
        ...orderEvent(order),
        payload: { number: order.number, from, to: next },
      },
    ],
    { now: event.time },
  );
}
