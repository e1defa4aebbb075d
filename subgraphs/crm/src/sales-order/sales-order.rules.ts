import { badInput, conflict } from '@plexus/errors';
import type { SalesOrderStatus } from './sales-order.entity.ts';

/**
 * The order lifecycle. DRAFT → CONFIRMED by the sales desk; CONFIRMED →
 * IN_FULFILMENT → SHIPPED as the warehouse ships; SHIPPED → DELIVERED on proof
 * of delivery. Cancelling is allowed until something has shipped.
 */
const transitions: Record<SalesOrderStatus, readonly SalesOrderStatus[]> = {
  DRAFT: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['IN_FULFILMENT', 'SHIPPED', 'CANCELLED'],
  IN_FULFILMENT: ['SHIPPED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

export function canTransition(from: SalesOrderStatus, to: SalesOrderStatus): boolean {
  return transitions[from].includes(to);
}

export function assertTransition(number: string, from: SalesOrderStatus, to: SalesOrderStatus): void {
  if (!canTransition(from, to)) {
    throw conflict(`Order ${number} is ${from} and cannot become ${to}`, { status: from, requestedStatus: to });
  }
}

export interface NewOrderLine {
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
}

const maxLines = 500;

/** The calendar date of an instant in UTC: requested and promised dates are compared with it. */
export const dateOf = (instant: Date) => instant.toISOString().slice(0, 10);

export function validateNewOrderLines(lines: readonly NewOrderLine[], orderedAt: Date): void {
  if (lines.length === 0) throw badInput('An order needs at least one line', { field: 'lines' });
  if (lines.length > maxLines) throw badInput(`An order has at most ${maxLines} lines`, { field: 'lines' });
  const orderDate = dateOf(orderedAt);
  lines.forEach((line, index) => {
    const at = { line: index + 1 };
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) {
      throw badInput(`Line ${index + 1}: quantity must be greater than 0`, { ...at, field: 'quantity' });
    }
    if (!Number.isFinite(line.unitPrice) || line.unitPrice < 0) {
      throw badInput(`Line ${index + 1}: unit price must be 0 or more`, { ...at, field: 'unitPrice' });
    }
    if (line.requestedDate < orderDate) {
      throw badInput(`Line ${index + 1}: requested date ${line.requestedDate} is before the order date ${orderDate}`, {
        ...at,
        field: 'requestedDate',
      });
    }
  });
}

export interface LinePromise {
  lineId: string;
  promisedDate: string;
}

export function validatePromises(
  promises: readonly LinePromise[],
  order: { number: string; status: SalesOrderStatus; orderedAt: Date },
  lineIds: ReadonlySet<string>,
): void {
  if (!['DRAFT', 'CONFIRMED', 'IN_FULFILMENT'].includes(order.status)) {
    throw conflict(`Order ${order.number} is ${order.status}; only open orders can be promised`, { status: order.status });
  }
  if (promises.length === 0) throw badInput('Promise at least one line', { field: 'lines' });
  const orderDate = dateOf(order.orderedAt);
  const seen = new Set<string>();
  for (const promise of promises) {
    if (!lineIds.has(promise.lineId)) {
      throw badInput(`Line ${promise.lineId} is not a line of order ${order.number}`, { lineId: promise.lineId });
    }
    if (seen.has(promise.lineId)) throw badInput(`Line ${promise.lineId} is promised twice`, { lineId: promise.lineId });
    seen.add(promise.lineId);
    if (promise.promisedDate < orderDate) {
      throw badInput(`Promised date ${promise.promisedDate} is before the order date ${orderDate}`, { lineId: promise.lineId, field: 'promisedDate' });
    }
  }
}

interface DatedLine {
  quantity: number;
  unitPrice: number;
  requestedDate: string;
  promisedDate?: string | null;
}

/** Order-level dates and total derived from its lines; the due date is the commitment, falling back to the request (KPIS.md). */
export function summariseLines(lines: readonly DatedLine[]) {
  const earliest = (dates: (string | null | undefined)[]) => dates.filter((date): date is string => !!date).sort()[0] ?? null;
  const requestedDate = earliest(lines.map((line) => line.requestedDate)) as string;
  const promisedDate = earliest(lines.map((line) => line.promisedDate));
  const dueDate = earliest(lines.map((line) => line.promisedDate ?? line.requestedDate)) as string;
  const totalAmount = Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 10_000) / 10_000;
  return { requestedDate, promisedDate, dueDate, totalAmount };
}

/** Where shipping has taken an order, given each line's ordered and shipped quantity. */
export function fulfilmentStatus(lines: readonly { quantity: number; shippedQuantity: number }[]): SalesOrderStatus {
  const complete = lines.every((line) => line.shippedQuantity >= line.quantity);
  return complete ? 'SHIPPED' : 'IN_FULFILMENT';
}

export const openDemandStatuses: readonly SalesOrderStatus[] = ['CONFIRMED', 'IN_FULFILMENT'];

/** An order is open until it ships or is cancelled: a draft is open too, though not yet demand. */
export const openOrderStatuses: readonly SalesOrderStatus[] = ['DRAFT', 'CONFIRMED', 'IN_FULFILMENT'];
