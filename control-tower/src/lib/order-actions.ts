import { isCalendarDate } from './kpi/kpi-query.ts';

/**
 * What a planner may do to an order from its page (issue 13, item 6), offered
 * only when the order's state and the user's role allow it. The systems decide
 * in the end: an action forced anyway comes back refused, with their reason.
 */
export type OrderAction = 'confirm' | 'promise' | 'cancel' | 'ship';

/** Roles that only read (the host's rule): they are offered nothing. */
const readOnlyRoles = new Set(['executive', 'analyst', 'supplier']);

export const mayChangeOrders = (roles: readonly string[]) => roles.some((role) => !readOnlyRoles.has(role));

interface OrderState {
  status: string;
  lines: readonly { quantity: number; shippedQuantity?: number | null }[];
}

const openQuantity = (line: OrderState['lines'][number]) => Math.max(0, line.quantity - (line.shippedQuantity ?? 0));

export function availableActions(order: OrderState, roles: readonly string[]): OrderAction[] {
  if (!mayChangeOrders(roles)) return [];
  const open = order.lines.some((line) => openQuantity(line) > 0);
  const actions: OrderAction[] = [];
  if (order.status === 'DRAFT') actions.push('confirm');
  if (['DRAFT', 'CONFIRMED', 'IN_FULFILMENT'].includes(order.status) && open) actions.push('promise');
  if (['CONFIRMED', 'IN_FULFILMENT'].includes(order.status) && open) actions.push('ship');
  if (['DRAFT', 'CONFIRMED'].includes(order.status)) actions.push('cancel');
  return actions;
}

/** The lines still to ship and how much of each: what "ship" sends. */
export function openShipmentLines<Line extends { id: string; quantity: number; shippedQuantity?: number | null }>(lines: readonly Line[]) {
  return lines.filter((line) => openQuantity(line) > 0).map((line) => ({ salesOrderLineId: line.id, quantity: openQuantity(line) }));
}

export type FormResult<Value> = { value: Value; problem: null } | { value: null; problem: string };

/** A promise date for every open line: a real day, not before today. */
export function readPromiseDate(form: FormData, today: string): FormResult<string> {
  const date = String(form.get('promisedDate') ?? '').trim();
  if (!isCalendarDate(date)) return { value: null, problem: 'Give the promised date as a day (YYYY-MM-DD).' };
  if (date < today) return { value: null, problem: `A promise cannot lie in the past (${date}).` };
  return { value: date, problem: null };
}

export type CancellationRequester = 'CUSTOMER' | 'COMPANY';

/** Why and at whose request: a customer's withdrawal is not the company's failure (perfect order counts only the latter). */
export function readCancellation(form: FormData): FormResult<{ reason: string; requestedBy: CancellationRequester }> {
  const reason = String(form.get('reason') ?? '').trim();
  const requestedBy = String(form.get('requestedBy') ?? '');
  if (!reason) return { value: null, problem: 'Say why the order is cancelled.' };
  if (reason.length > 500) return { value: null, problem: 'Keep the reason under 500 characters.' };
  if (requestedBy !== 'CUSTOMER' && requestedBy !== 'COMPANY') return { value: null, problem: 'Say whether the customer or the company cancels the order.' };
  return { value: { reason, requestedBy }, problem: null };
}
