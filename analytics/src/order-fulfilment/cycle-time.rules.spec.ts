import { describe, expect, it } from 'vitest';
import { interpolate, locateRank, percentileRanks, rankLookups } from './cycle-time.rules.ts';

/** percentile_cont over sorted values, as PostgreSQL documents it, for comparison. */
function percentileCont(sorted: number[], fraction: number): number {
  const position = fraction * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (position - Math.floor(position)) * (upper - lower);
}

describe('cycle time percentiles from whole-day counts', () => {
  const counts = [
    { wholeDays: 2, orders: 1 },
    { wholeDays: 3, orders: 4 },
    { wholeDays: 7, orders: 2 },
  ];

  it('finds the whole day of a rank and the orders of that day before it', () => {
    expect(locateRank(counts, 0)).toEqual({ wholeDays: 2, offset: 0 });
    expect(locateRank(counts, 1)).toEqual({ wholeDays: 3, offset: 0 });
    expect(locateRank(counts, 4)).toEqual({ wholeDays: 3, offset: 3 });
    expect(locateRank(counts, 6)).toEqual({ wholeDays: 7, offset: 1 });
    expect(() => locateRank(counts, 7)).toThrow(RangeError);
  });

  it('reads both ranks at once when they share a whole day, else one each', () => {
    expect(rankLookups(counts, percentileRanks(7, 0.5))).toEqual([{ wholeDays: 3, offset: 2, take: 1 }]);
    expect(rankLookups(counts, percentileRanks(7, 0.9))).toEqual([{ wholeDays: 7, offset: 0, take: 2 }]);
    expect(rankLookups(counts, { lower: 4, upper: 5 })).toEqual([
      { wholeDays: 3, offset: 3, take: 1 },
      { wholeDays: 7, offset: 0, take: 1 },
    ]);
  });

  it('interpolates like percentile_cont, the lower value alone on an exact rank', () => {
    const values = [2.25, 3.1, 3.5, 3.5, 3.9, 7.2, 7.95];
    for (const fraction of [0, 0.1, 0.5, 0.9, 1]) {
      const ranks = percentileRanks(values.length, fraction);
      expect(interpolate(ranks, values[ranks.lower]!, values[ranks.upper]!)).toBe(percentileCont(values, fraction));
    }
    expect(interpolate(percentileRanks(1, 0.9), 4.5, Number.NaN)).toBe(4.5);
    expect(interpolate(percentileRanks(4, 0.9), 1, 2)).toBeCloseTo(1.7, 12);
  });
});
