import { badInput, conflict } from '@plexus/errors';
import { calendarDate, optionalCalendarDate } from '../calendar-date.ts';
import type { ChangeOrigin, LineChange, PurchaseOrderStatus } from './purchase-order.entity.ts';

/**
 * The purchase order lifecycle. The buyer sends a DRAFT (SENT); the supplier
 * confirms dates (CONFIRMED); the warehouse's receipts move it to
 * PARTIALLY_RECEIVED and RECEIVED, even before a confirmation came; the
 * buyer closes it when no more is expected (CLOSED, also short) or cancels it
 * while nothing has arrived (CANCELLED).
 */
const transitions: Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]> = {
  DRAFT: ['SENT', 'CANCELLED'],
  SENT: ['CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
  CONFIRMED: ['PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
  PARTIALLY_RECEIVED: ['RECEIVED', 'CLOSED'],
  RECEIVED: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

export function canTransition(from: PurchaseOrderStatus, to: PurchaseOrderStatus): boolean {
  return transitions[from].includes(to);
}

export function assertTransition(number: string, from: PurchaseOrderStatus, to: PurchaseOrderStatus): void {
  if (!canTransition(from, to)) throw conflict(`Purchase order ${number} is ${from} and cannot become ${to}`, { status: from, requestedStatus: to });
}

/** Orders the supplier has and may still deliver against: confirmations, changes and ship notices apply to them. */
export const openStatuses: readonly PurchaseOrderStatus[] = ['SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED'];

export function assertOpen(number: string, status: PurchaseOrderStatus, action: string): void {
  if (!openStatuses.includes(status)) throw conflict(`Purchase order ${number} is ${status}; ${action} needs a sent order still open`, { status });
}

/** The calendar date of an instant in UTC: requested and promised dates are compared with it. */
export const dateOf = (instant: Date) => instant.toISOString().slice(0, 10);

export interface NewPurchaseLine {
  itemId: string;
  quantity: number;
  requestedDate: string;
  unitPrice?: number | null;
}

const maxLines = 200;

export function validateNewLines(lines: readonly NewPurchaseLine[], orderedAt: Date): void {
  if (lines.length === 0) throw badInput('A purchase order needs at least one line', { field: 'lines' });
  if (lines.length > maxLines) throw badInput(`A purchase order has at most ${maxLines} lines`, { field: 'lines' });
  const orderDate = dateOf(orderedAt);
  lines.forEach((line, index) => {
    const at = { line: index + 1 };
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) throw badInput(`Line ${index + 1}: quantity must be greater than 0`, { ...at, field: 'quantity' });
    if (line.unitPrice != null && (!Number.isFinite(line.unitPrice) || line.unitPrice < 0)) {
      throw badInput(`Line ${index + 1}: unit price must be 0 or more`, { ...at, field: 'unitPrice' });
    }
    if (line.requestedDate < orderDate) {
      throw badInput(`Line ${index + 1}: requested date ${line.requestedDate} is before the order date ${orderDate}`, { ...at, field: 'requestedDate' });
    }
  });
}

interface OrderLine {
  id: string;
  quantity: number;
  requestedDate: string | Date;
  confirmedDate?: string | Date | null;
  promisedDate?: string | Date | null;
  receivedQuantity: number;
}

/**
 * A supplier's promise: the first one (the order is SENT) names every line,
 * so the whole order has a date; later ones re-promise lines still open.
 * Dates are calendar dates from the day of the promise on.
 */
export function validateConfirmation(
  order: { number: string; status: PurchaseOrderStatus },
  lines: readonly OrderLine[],
  confirmations: readonly { lineId: string; promisedDate: string }[],
  today: string,
): void {
  assertOpen(order.number, order.status, 'a confirmation');
  if (confirmations.length === 0) throw badInput('Confirm at least one line', { field: 'lines' });
  const seen = new Set<string>();
  for (const confirmation of confirmations) {
    const line = lines.find((candidate) => candidate.id === confirmation.lineId);
    if (!line) throw badInput(`Line ${confirmation.lineId} is not a line of ${order.number}`, { lineId: confirmation.lineId });
    if (seen.has(line.id)) throw badInput(`Line ${confirmation.lineId} is confirmed twice`, { lineId: line.id });
    seen.add(line.id);
    if (confirmation.promisedDate < today) {
      throw badInput(`Promised date ${confirmation.promisedDate} is in the past`, { lineId: line.id, field: 'promisedDate' });
    }
    if (line.receivedQuantity >= line.quantity) throw conflict(`Line ${line.id} is already received in full`, { lineId: line.id });
  }
  if (order.status === 'SENT') {
    const missing = lines.filter((line) => !seen.has(line.id) && line.receivedQuantity < line.quantity);
    if (missing.length > 0) throw badInput(`The first confirmation of ${order.number} dates every open line`, { field: 'lines', missing: missing.map((line) => line.id) });
  }
}

/** Order-level dates and total from its lines: the earliest requested date, the earliest promise of a line still open. */
export function summariseLines(lines: readonly (OrderLine & { unitPrice: number })[]) {
  const earliest = (dates: (string | null)[]) => dates.filter((date): date is string => !!date).sort()[0] ?? null;
  return {
    requestedDate: earliest(lines.map((line) => calendarDate(line.requestedDate))) as string,
    promisedDate: earliest(lines.filter((line) => line.receivedQuantity < line.quantity).map((line) => optionalCalendarDate(line.promisedDate))),
    totalAmount: Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 10_000) / 10_000,
  };
}

/** Where receipts take an order: RECEIVED once every line has its quantity accepted, otherwise PARTIALLY_RECEIVED. */
export function receivingStatus(lines: readonly Pick<OrderLine, 'quantity' | 'receivedQuantity'>[]): PurchaseOrderStatus {
  return lines.every((line) => line.receivedQuantity >= line.quantity - 1e-9) ? 'RECEIVED' : 'PARTIALLY_RECEIVED';
}

/**
 * A proposed change: either party may propose new quantities; the buyer a
 * new requested date (its need moved), the supplier the date it can promise.
 * A quantity never drops below what was already received.
 */
export function validateChange(
  order: { number: string; status: PurchaseOrderStatus },
  lines: readonly OrderLine[],
  changes: readonly LineChange[],
  origin: ChangeOrigin,
  today: string,
): void {
  assertOpen(order.number, order.status, 'a change');
  if (changes.length === 0) throw badInput('Change at least one line', { field: 'lines' });
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const at = { line: index + 1, lineId: change.lineId };
    const line = lines.find((candidate) => candidate.id === change.lineId);
    if (!line) throw badInput(`Line ${change.lineId} is not a line of ${order.number}`, at);
    if (seen.has(line.id)) throw badInput(`Line ${change.lineId} is changed twice`, at);
    seen.add(line.id);
    if (change.quantity == null && change.date == null) throw badInput(`Line ${index + 1}: change the quantity, the date or both`, at);
    if (change.quantity != null) {
      if (!Number.isFinite(change.quantity) || change.quantity <= 0) throw badInput(`Line ${index + 1}: quantity must be greater than 0`, { ...at, field: 'quantity' });
      if (change.quantity < line.receivedQuantity) {
        throw badInput(`Line ${index + 1}: ${line.receivedQuantity} already arrived, more than ${change.quantity}`, { ...at, field: 'quantity' });
      }
    }
    if (change.date != null && change.date < today) throw badInput(`Line ${index + 1}: ${change.date} is in the past`, { ...at, field: 'date' });
  });
  if (origin === 'SUPPLIER' && order.status !== 'SENT' && changes.some((change) => change.date != null)) {
    // A re-promise needs nobody's consent: it is a confirmation, and OTD keeps measuring against the first.
    throw badInput('Dates of a confirmed order are re-promised with confirmPurchaseOrder; propose only quantities', { field: 'lines' });
  }
}

/**
 * Who answers a proposal: the other party. The supplier (or an administrator
 * acting for it) answers the buyer's; a buyer answers the supplier's.
 */
export function responderMayAnswer(origin: ChangeOrigin, responder: 'SUPPLIER' | 'BUYER' | 'ADMIN'): boolean {
  if (responder === 'ADMIN') return true;
  return origin === 'BUYER' ? responder === 'SUPPLIER' : responder === 'BUYER';
}
