import type { MrpException, OrderRef, PlannedOrder, ReceiptPlan, SafetyStockViolation } from './mrp.model.ts';
import { QUANTITY_EPSILON, roundQuantity } from './quantity.rules.ts';

/**
 * What a planner must do about an open order. MRP counts an open order that
 * may move on the period it is needed (see `MrpItem` and `ScheduledReceipt.firm`);
 * the gap between that period and its due period is the message.
 */
export function receiptMessages(receipt: ReceiptPlan): MrpException[] {
  const order: OrderRef = { type: 'SCHEDULED_RECEIPT', id: receipt.id };
  const { itemId, duePeriod, quantity } = receipt;
  const messages: MrpException[] = [];
  if (duePeriod < 0) messages.push({ kind: 'PAST_DUE', itemId, order, event: 'RECEIPT', period: duePeriod, periodsLate: -duePeriod, quantity });
  if (receipt.firm) return messages;
  // An overdue order can at best arrive now.
  const arrives = Math.max(0, duePeriod);
  if (receipt.neededPeriod === null) messages.push({ kind: 'CANCEL', itemId, order, duePeriod, quantity });
  else if (receipt.neededPeriod < arrives) messages.push({ kind: 'EXPEDITE', itemId, order, duePeriod, neededPeriod: receipt.neededPeriod, quantity });
  else if (receipt.neededPeriod > arrives) messages.push({ kind: 'DEFER', itemId, order, duePeriod, neededPeriod: receipt.neededPeriod, quantity });
  return messages;
}

/** A planned or firm planned order whose lead time reaches back before period 0: release it now, it is already late. */
export function pastDueRelease(order: PlannedOrder): MrpException | null {
  if (order.releasePeriod >= 0) return null;
  return {
    kind: 'PAST_DUE',
    itemId: order.itemId,
    order: { type: order.firm ? 'FIRM_PLANNED_ORDER' : 'PLANNED_ORDER', id: order.id },
    event: 'RELEASE',
    period: order.releasePeriod,
    periodsLate: -order.releasePeriod,
    quantity: order.quantity,
  };
}

/** Each run of periods whose projected on hand is below safety stock (below zero when there is none). */
export function safetyStockViolations(itemId: string, projectedOnHand: ArrayLike<number>, safetyStock: number): SafetyStockViolation[] {
  const violations: SafetyStockViolation[] = [];
  let from = -1;
  let shortfall = 0;
  for (let period = 0; period <= projectedOnHand.length; period++) {
    const gap = period < projectedOnHand.length ? safetyStock - projectedOnHand[period]! : 0;
    if (gap > QUANTITY_EPSILON) {
      if (from < 0) from = period;
      shortfall = Math.max(shortfall, gap);
    } else if (from >= 0) {
      violations.push({ kind: 'BELOW_SAFETY_STOCK', itemId, fromPeriod: from, toPeriod: period - 1, shortfall: roundQuantity(shortfall) });
      from = -1;
      shortfall = 0;
    }
  }
  return violations;
}
