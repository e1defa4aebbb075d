import { PlanningInputError, type LotRule } from './mrp.model.ts';
import { QUANTITY_EPSILON, roundQuantity, roundUpToMultiple } from './quantity.rules.ts';

const lotRuleKinds = new Set<LotRule['kind']>(['LOT_FOR_LOT', 'FIXED_ORDER_QUANTITY', 'PERIOD_ORDER_QUANTITY']);

function refuse(itemId: string, message: string, field: string): never {
  throw new PlanningInputError('BAD_LOT_RULE', `Item ${itemId}: ${message}`, { itemId, field });
}

const isPositive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

export function validateLotRule(itemId: string, rule: LotRule): void {
  if (!lotRuleKinds.has(rule.kind)) refuse(itemId, `unknown lot rule "${String(rule.kind)}"`, 'lotRule.kind');
  if (rule.kind === 'FIXED_ORDER_QUANTITY' && !isPositive(rule.quantity)) refuse(itemId, 'the fixed order quantity must be greater than 0', 'lotRule.quantity');
  if (rule.kind === 'PERIOD_ORDER_QUANTITY' && !(Number.isInteger(rule.periods) && rule.periods >= 1)) {
    refuse(itemId, 'the period order quantity must cover a whole number of periods, at least 1', 'lotRule.periods');
  }
  const { minimum, maximum, multiple } = rule;
  if (minimum !== undefined && !(Number.isFinite(minimum) && minimum >= 0)) refuse(itemId, 'the minimum must be 0 or more', 'lotRule.minimum');
  if (maximum !== undefined && !isPositive(maximum)) refuse(itemId, 'the maximum must be greater than 0', 'lotRule.maximum');
  if (multiple !== undefined && !isPositive(multiple)) refuse(itemId, 'the multiple must be greater than 0', 'lotRule.multiple');
  const smallestOrder = multiple === undefined ? (minimum ?? 0) : roundUpToMultiple(Math.max(minimum ?? 0, multiple), multiple);
  if (maximum !== undefined && largestOrder(maximum, multiple) < smallestOrder - QUANTITY_EPSILON) {
    refuse(itemId, 'no order quantity is at once at least the minimum, a multiple of the multiple and at most the maximum', 'lotRule.maximum');
  }
  if (maximum !== undefined && rule.kind === 'FIXED_ORDER_QUANTITY' && rule.quantity > maximum) {
    refuse(itemId, 'the fixed order quantity exceeds the maximum', 'lotRule.quantity');
  }
}

function largestOrder(maximum: number, multiple: number | undefined): number {
  return multiple === undefined ? maximum : roundQuantity(Math.floor(roundQuantity(maximum / multiple)) * multiple);
}

/** How many periods, this one included, an order placed now must cover. */
export function coveragePeriods(rule: LotRule): number {
  return rule.kind === 'PERIOD_ORDER_QUANTITY' ? rule.periods : 1;
}

/**
 * Order (start) quantities for one period that receive at least `requiredReceipt`
 * good units at `yieldFraction` (1 = no loss). Lot rules and modifiers are on
 * the order quantity, what a supplier ships or a machine starts; the caller
 * has already summed the requirements a period order quantity covers.
 */
export function orderQuantities(rule: LotRule, requiredReceipt: number, yieldFraction: number): number[] {
  const required = roundQuantity(requiredReceipt / yieldFraction);
  const quantity = withModifiers(rule, rule.kind === 'FIXED_ORDER_QUANTITY' ? roundUpToMultiple(required, rule.quantity) : required);
  if (rule.maximum === undefined || quantity <= rule.maximum + QUANTITY_EPSILON) return [quantity];
  // A fixed order quantity splits into whole lots of itself.
  const largest = largestOrder(rule.maximum, rule.kind === 'FIXED_ORDER_QUANTITY' ? rule.quantity : rule.multiple);
  const orders: number[] = [];
  let left = quantity;
  while (left > largest + QUANTITY_EPSILON) {
    orders.push(largest);
    left = roundQuantity(left - largest);
  }
  if (left > QUANTITY_EPSILON) orders.push(withModifiers(rule, left));
  return orders;
}

function withModifiers(rule: LotRule, quantity: number): number {
  const atLeastMinimum = Math.max(quantity, rule.minimum ?? 0);
  return rule.multiple === undefined ? atLeastMinimum : roundUpToMultiple(atLeastMinimum, rule.multiple);
}
