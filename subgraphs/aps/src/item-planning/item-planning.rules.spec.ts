import { describe, expect, it } from 'vitest';
import { planningValues } from './item-planning.rules.ts';

describe('item planning parameters', () => {
  it('default from the item type: raw materials bought, finished goods made and master scheduled', () => {
    expect(planningValues('rm', 'RM', { leadTimeWeeks: 2, lotRule: 'LOT_FOR_LOT' })).toMatchObject({ source: 'BUY', masterScheduled: false, lotRule: { kind: 'LOT_FOR_LOT' } });
    expect(planningValues('fg', 'FG', {})).toMatchObject({ source: 'MAKE', masterScheduled: true, leadTimeWeeks: null, lotRule: null, yieldPercent: 100 });
  });

  it('carry the lot rule with its modifiers', () => {
    expect(planningValues('x', 'SFG', { lotRule: 'FIXED_ORDER_QUANTITY', fixedQuantity: 50, multiple: 10, minimum: 20 }).lotRule).toEqual({
      kind: 'FIXED_ORDER_QUANTITY',
      quantity: 50,
      minimum: 20,
      multiple: 10,
    });
    expect(planningValues('x', 'SFG', { lotRule: 'PERIOD_ORDER_QUANTITY', periods: 3 }).lotRule).toEqual({ kind: 'PERIOD_ORDER_QUANTITY', periods: 3 });
  });

  it('refuse what cannot be planned with a coded error', () => {
    const refused = (input: Parameters<typeof planningValues>[2]) => () => planningValues('x', 'FG', input);
    expect(refused({ lotRule: 'FIXED_ORDER_QUANTITY' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(refused({ lotRule: 'PERIOD_ORDER_QUANTITY', periods: 0 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(refused({ leadTimeWeeks: 1.5 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(refused({ demandTimeFence: 3, planningTimeFence: 2 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(refused({ yieldPercent: 0 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
