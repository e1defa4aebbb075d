import { describe, expect, it } from 'vitest';
import { addOeeTotals, formatFactor, formatFactors, machineOeeTotals, noOee, oeeFactors } from './oee.ts';

const point = (figures: Partial<Parameters<typeof machineOeeTotals>[0][number]>) => ({
  availability: null,
  performance: null,
  plannedBusySeconds: 0,
  runSeconds: 0,
  goodQuantity: 0,
  totalQuantity: 0,
  ...figures,
});

describe('OEE factors', () => {
  it('sums a machine’s days, getting the ideal time back from performance × run time', () => {
    const totals = machineOeeTotals(
      [
        point({ plannedBusySeconds: 28_800, runSeconds: 25_200, performance: 0.9, availability: 0.875, goodQuantity: 95, totalQuantity: 100 }),
        point({ plannedBusySeconds: 28_800, runSeconds: 0, goodQuantity: 0, totalQuantity: 2 }),
      ],
      60,
    );
    expect(totals).toEqual({ plannedBusySeconds: 57_600, runSeconds: 25_200, idealSeconds: 25_200 * 0.9 + 120, goodQuantity: 95, totalQuantity: 102 });
  });

  it('multiplies to OEE: availability × performance × quality', () => {
    const factors = oeeFactors({ plannedBusySeconds: 10_000, runSeconds: 9_000, idealSeconds: 8_100, goodQuantity: 99, totalQuantity: 100 });
    expect(factors.availability).toBeCloseTo(0.9);
    expect(factors.performance).toBeCloseTo(0.9);
    expect(factors.quality).toBeCloseTo(0.99);
    expect(factors.oee).toBeCloseTo(0.9 * 0.9 * 0.99);
  });

  it('weighs machines by their time when a work center sums them', () => {
    const long = { plannedBusySeconds: 90_000, runSeconds: 90_000, idealSeconds: 90_000, goodQuantity: 10, totalQuantity: 10 };
    const short = { plannedBusySeconds: 10_000, runSeconds: 0, idealSeconds: 0, goodQuantity: 0, totalQuantity: 0 };
    expect(oeeFactors(addOeeTotals([long, short])).availability).toBeCloseTo(0.9);
  });

  it('says nothing rather than 0 for a machine that was never planned busy', () => {
    expect(oeeFactors(noOee)).toEqual({ availability: null, performance: null, quality: null, oee: null });
    expect(formatFactor(null)).toBe('—');
  });

  it('writes the factors in one line, in the reader’s locale', () => {
    const factors = { availability: 0.9, performance: 0.95, quality: 0.999, oee: 0.854 };
    expect(formatFactors(factors)).toBe('A 90% × P 95% × Q 99.9%');
    expect(formatFactors(factors, 'de-DE')).toMatch(/^A 90\s% × P 95\s% × Q 99,9\s%$/);
  });
});
