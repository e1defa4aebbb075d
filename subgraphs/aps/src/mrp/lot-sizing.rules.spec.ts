import { describe, expect, it } from 'vitest';
import { coveragePeriods, orderQuantities, validateLotRule } from './lot-sizing.rules.ts';
import { PlanningInputError, type LotRule } from './mrp.model.ts';

describe('lot sizing', () => {
  it('orders the requirement lot for lot, grossed up by yield', () => {
    expect(orderQuantities({ kind: 'LOT_FOR_LOT' }, 37, 1)).toEqual([37]);
    expect(orderQuantities({ kind: 'LOT_FOR_LOT' }, 100, 0.8)).toEqual([125]);
  });

  it('orders whole fixed lots', () => {
    expect(orderQuantities({ kind: 'FIXED_ORDER_QUANTITY', quantity: 50 }, 1, 1)).toEqual([50]);
    expect(orderQuantities({ kind: 'FIXED_ORDER_QUANTITY', quantity: 50 }, 50, 1)).toEqual([50]);
    expect(orderQuantities({ kind: 'FIXED_ORDER_QUANTITY', quantity: 50 }, 50.5, 1)).toEqual([100]);
  });

  it('applies minimum, then multiple, then splits at the maximum, raising the last split to the minimum', () => {
    const rule: LotRule = { kind: 'LOT_FOR_LOT', minimum: 50, multiple: 25, maximum: 200 };
    expect(orderQuantities(rule, 10, 1)).toEqual([50]);
    expect(orderQuantities(rule, 155, 1)).toEqual([175]);
    expect(orderQuantities(rule, 200, 1)).toEqual([200]);
    // 210 → 225 → 200 + 25, and 25 is below the minimum of 50.
    expect(orderQuantities(rule, 210, 1)).toEqual([200, 50]);
    expect(orderQuantities(rule, 610, 1)).toEqual([200, 200, 200, 50]);
  });

  it('splits at the largest multiple under a maximum that is not itself one', () => {
    expect(orderQuantities({ kind: 'LOT_FOR_LOT', multiple: 30, maximum: 100 }, 150, 1)).toEqual([90, 60]);
  });

  it('splits fixed order quantities into whole lots', () => {
    expect(orderQuantities({ kind: 'FIXED_ORDER_QUANTITY', quantity: 40, maximum: 100 }, 170, 1)).toEqual([80, 80, 40]);
  });

  it('keeps fractional quantities to six decimals', () => {
    expect(orderQuantities({ kind: 'LOT_FOR_LOT' }, 100, 0.95)).toEqual([105.263158]);
    expect(orderQuantities({ kind: 'LOT_FOR_LOT', multiple: 0.1 }, 0.30000000000000004, 1)).toEqual([0.3]);
  });

  it('covers one period unless the rule is a period order quantity', () => {
    expect(coveragePeriods({ kind: 'LOT_FOR_LOT' })).toBe(1);
    expect(coveragePeriods({ kind: 'FIXED_ORDER_QUANTITY', quantity: 5 })).toBe(1);
    expect(coveragePeriods({ kind: 'PERIOD_ORDER_QUANTITY', periods: 4 })).toBe(4);
  });

  it.each<[string, LotRule, string]>([
    ['a fixed quantity of 0', { kind: 'FIXED_ORDER_QUANTITY', quantity: 0 }, 'lotRule.quantity'],
    ['a fractional number of periods', { kind: 'PERIOD_ORDER_QUANTITY', periods: 1.5 }, 'lotRule.periods'],
    ['a negative minimum', { kind: 'LOT_FOR_LOT', minimum: -1 }, 'lotRule.minimum'],
    ['a zero multiple', { kind: 'LOT_FOR_LOT', multiple: 0 }, 'lotRule.multiple'],
    ['a maximum below the minimum', { kind: 'LOT_FOR_LOT', minimum: 60, maximum: 50 }, 'lotRule.maximum'],
    ['a maximum no multiple fits under', { kind: 'LOT_FOR_LOT', multiple: 40, maximum: 30 }, 'lotRule.maximum'],
    ['a fixed quantity above the maximum', { kind: 'FIXED_ORDER_QUANTITY', quantity: 120, maximum: 100 }, 'lotRule.quantity'],
    ['an unknown kind', { kind: 'ECONOMIC' } as unknown as LotRule, 'lotRule.kind'],
  ])('refuses %s', (_, rule, field) => {
    const refusal = (() => {
      try {
        validateLotRule('X', rule);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(PlanningInputError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_LOT_RULE', details: { reason: 'BAD_LOT_RULE', itemId: 'X', field } });
  });
});
