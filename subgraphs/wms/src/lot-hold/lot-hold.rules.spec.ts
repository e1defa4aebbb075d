import { describe, expect, it } from 'vitest';
import { planRemoval } from './lot-hold.rules.ts';

describe('removing a scrapped or returned quantity', () => {
  it('takes from the largest balances first', () => {
    expect(planRemoval([{ id: 'a', quantity: 30 }, { id: 'b', quantity: 50 }], 60)).toEqual([{ id: 'b', quantity: 50 }, { id: 'a', quantity: 10 }]);
  });

  it('never takes more than is on hand', () => {
    expect(planRemoval([{ id: 'a', quantity: 20 }], 100)).toEqual([{ id: 'a', quantity: 20 }]);
    expect(planRemoval([], 5)).toEqual([]);
  });
});
