import { DomainError } from '@plexus/errors';
import { describe, expect, it } from 'vitest';
import { PlanningInputError, type MrpInput } from './mrp.model.ts';
import { explodeGrossRequirements, planMaterialRequirements } from './mrp.rules.ts';
import { weeklyPeriods } from './planning-horizon.rules.ts';

function valid(): MrpInput {
  return {
    periods: weeklyPeriods('2026-01-05', 4),
    items: [
      { id: 'A', source: 'MAKE', leadTime: 1, lotRule: { kind: 'LOT_FOR_LOT' } },
      { id: 'B', source: 'BUY', leadTime: 1, lotRule: { kind: 'LOT_FOR_LOT' } },
      { id: 'C', source: 'BUY', leadTime: 1, lotRule: { kind: 'LOT_FOR_LOT' } },
    ],
    bom: [
      { parentId: 'A', componentId: 'B', quantityPer: 1 },
      { parentId: 'B', componentId: 'C', quantityPer: 1 },
    ],
    demand: [{ id: 'SO-1', itemId: 'A', period: 3, quantity: 5, kind: 'SALES_ORDER' }],
    scheduledReceipts: [{ id: 'PO-1', itemId: 'B', kind: 'PURCHASE_ORDER', duePeriod: 1, quantity: 5 }],
    firmPlannedOrders: [{ id: 'FP-1', itemId: 'A', duePeriod: 2, quantity: 5 }],
  };
}

function refusal(change: (input: MrpInput) => void): PlanningInputError {
  const input = valid();
  change(input);
  const before = structuredClone(input);
  try {
    planMaterialRequirements(input);
  } catch (error) {
    expect(input, 'the input is left as it was').toEqual(before);
    expect(() => explodeGrossRequirements(input), 'the explosion refuses it too').toThrow(PlanningInputError);
    return error as PlanningInputError;
  }
  throw new Error('planMaterialRequirements accepted the input');
}

describe('MRP input refusals', () => {
  it('accepts the valid input the refusals start from', () => {
    expect(planMaterialRequirements(valid()).plannedOrders.length).toBeGreaterThan(0);
  });

  it('refuses a cyclic bill of materials, naming the cycle', () => {
    const error = refusal((input) => input.bom.push({ parentId: 'C', componentId: 'A', quantityPer: 1 }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe('BOM_CYCLE');
    expect(error.details).toEqual({ reason: 'BOM_CYCLE', cycle: ['A', 'B', 'C', 'A'] });
    expect(error.message).toBe('The bills of materials form a cycle: A → B → C → A');
  });

  it.each<[string, (input: MrpInput) => void, Record<string, unknown>]>([
    ['an item without lead time', (input) => (input.items[1]!.leadTime = null), { reason: 'MISSING_LEAD_TIME', itemId: 'B' }],
    ['a fractional lead time', (input) => (input.items[1]!.leadTime = 1.5), { reason: 'BAD_LEAD_TIME', itemId: 'B' }],
    ['an item without lot rule', (input) => (input.items[2]!.lotRule = null), { reason: 'MISSING_LOT_RULE', itemId: 'C' }],
    ['a bad lot rule', (input) => (input.items[2]!.lotRule = { kind: 'PERIOD_ORDER_QUANTITY', periods: 0 }), { reason: 'BAD_LOT_RULE', itemId: 'C', field: 'lotRule.periods' }],
    ['an item listed twice', (input) => input.items.push({ ...input.items[0]! }), { reason: 'DUPLICATE_ID', itemId: 'A' }],
    ['an unknown source', (input) => (input.items[0]!.source = 'BORROW' as 'MAKE'), { reason: 'BAD_SOURCE', itemId: 'A', field: 'source' }],
    ['negative on hand', (input) => (input.items[0]!.onHand = -1), { reason: 'BAD_QUANTITY', itemId: 'A', field: 'onHand' }],
    ['a yield of 0 %', (input) => (input.items[0]!.yieldPercent = 0), { reason: 'BAD_PERCENT', itemId: 'A', field: 'yieldPercent' }],
    ['a scrap of 100 %', (input) => (input.items[1]!.componentScrapPercent = 100), { reason: 'BAD_PERCENT', itemId: 'B', field: 'componentScrapPercent' }],
    ['a BOM link to an unknown item', (input) => input.bom.push({ parentId: 'A', componentId: 'Z', quantityPer: 1 }), { reason: 'UNKNOWN_ITEM', itemId: 'Z', bomLink: 2, parentId: 'A', componentId: 'Z' }],
    ['a BOM link listed twice', (input) => input.bom.push({ ...input.bom[0]! }), { reason: 'DUPLICATE_BOM_LINK', bomLink: 2, parentId: 'A', componentId: 'B' }],
    ['a quantity per of 0', (input) => (input.bom[0]!.quantityPer = 0), { reason: 'BAD_QUANTITY', bomLink: 0, parentId: 'A', componentId: 'B', field: 'quantityPer' }],
    ['demand for an unknown item', (input) => (input.demand[0]!.itemId = 'Z'), { reason: 'UNKNOWN_ITEM', demandId: 'SO-1', itemId: 'Z' }],
    ['demand after the horizon', (input) => (input.demand[0]!.period = 4), { reason: 'PERIOD_OUT_OF_HORIZON', demandId: 'SO-1', field: 'period' }],
    ['demand in a fractional period', (input) => (input.demand[0]!.period = 1.5), { reason: 'PERIOD_OUT_OF_HORIZON', demandId: 'SO-1', field: 'period' }],
    ['two demands with one id', (input) => input.demand.push({ ...input.demand[0]! }), { reason: 'DUPLICATE_ID', id: 'SO-1' }],
    ['a receipt of a negative quantity', (input) => (input.scheduledReceipts[0]!.quantity = -5), { reason: 'BAD_QUANTITY', receiptId: 'PO-1', field: 'quantity' }],
    ['a firm order released after it is due', (input) => (input.firmPlannedOrders[0]!.releasePeriod = 3), { reason: 'PERIOD_OUT_OF_HORIZON', orderId: 'FP-1', field: 'releasePeriod' }],
    ['a firm order of nothing', (input) => (input.firmPlannedOrders[0]!.quantity = 0), { reason: 'BAD_QUANTITY', orderId: 'FP-1', field: 'quantity' }],
    ['an empty horizon', (input) => (input.periods = []), { reason: 'NO_PERIODS' }],
  ])('refuses %s with a coded error before planning', (_, change, details) => {
    const error = refusal(change);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual(details);
  });
});
