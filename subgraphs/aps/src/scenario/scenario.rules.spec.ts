import { describe, expect, it } from 'vitest';
import { applyDemandChanges, assertEditable, validateDemandChange } from './scenario.rules.ts';

describe('scenario changes', () => {
  it('replace the changed item and week only; the rest is shared with the live plan', () => {
    const live = [
      { itemId: 'a', weekStart: '2026-11-30', quantity: 10 },
      { itemId: 'a', weekStart: '2026-12-07', quantity: 12 },
      { itemId: 'b', weekStart: '2026-11-30', quantity: 5 },
    ];
    expect(
      applyDemandChanges(live, [
        { itemId: 'a', weekStart: '2026-12-07', quantity: 40 },
        { itemId: 'b', weekStart: '2026-11-30', quantity: 0 },
        { itemId: 'c', weekStart: '2026-12-14', quantity: 3 },
      ]),
    ).toEqual([
      { itemId: 'a', weekStart: '2026-11-30', quantity: 10 },
      { itemId: 'a', weekStart: '2026-12-07', quantity: 40 },
      { itemId: 'c', weekStart: '2026-12-14', quantity: 3 },
    ]);
  });

  it('land on the Monday of their week and refuse negative quantities', () => {
    expect(validateDemandChange({ itemId: 'a', weekStart: '2026-12-03', quantity: 4 }).weekStart).toBe('2026-11-30');
    expect(() => validateDemandChange({ itemId: 'a', weekStart: '2026-12-03', quantity: -1 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateDemandChange({ itemId: 'a', weekStart: '3 Dec', quantity: 1 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('are refused on the live plan', () => {
    expect(() => assertEditable({ live: true, name: 'Live plan' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertEditable({ live: false, name: 'Copy' })).not.toThrow();
  });
});
