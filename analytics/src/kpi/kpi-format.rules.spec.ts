import { describe, expect, it } from 'vitest';
import { roundMoney, roundQuantity } from './kpi-format.rules.ts';

describe('numbers in a drill-down', () => {
  it('give money to the cent and quantities to six decimals, without the noise of float sums', () => {
    expect(roundMoney(2307037.5099999993)).toBe(2307037.51);
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(-12.345)).toBe(-12.34);
    expect(roundQuantity(0.1 + 0.2)).toBe(0.3);
    expect(roundQuantity(5319)).toBe(5319);
    expect(roundQuantity(1 / 3)).toBe(0.333333);
  });
});
