import { describe, expect, it } from 'vitest';
import { discreteAvailableToPromise } from './available-to-promise.rules.ts';

describe('discrete available-to-promise', () => {
  it('gives on hand and each supply less the orders until the next supply', () => {
    // Wk0: 20 − 5 − 5 = 10; wk2: 50 − 10 − 10 = 30; wk4: 50 − 0 = 50.
    expect(discreteAvailableToPromise(20, [0, 0, 50, 0, 50], [5, 5, 10, 10, 0])).toEqual([10, 0, 30, 0, 50]);
  });

  it('takes a later shortfall from the periods before it, latest first', () => {
    // Wk3: 40 − 70 = −30 → wk1 (20 − 10 = 10) gives 10 and owes −20 → wk0 (30 − 0 = 30) gives 20.
    expect(discreteAvailableToPromise(30, [0, 20, 0, 40], [0, 10, 0, 70])).toEqual([10, 0, 0, 0]);
  });

  it('leaves period 0 negative when even on hand cannot cover what was promised', () => {
    expect(discreteAvailableToPromise(5, [0, 10], [12, 10])).toEqual([-7, 0]);
  });
});
