/**
 * Percentiles of order fulfilment cycle time without sorting a year of
 * orders: the rollup counts each period's orders by whole days of cycle
 * time, which tells in which whole day the ranks a percentile needs fall and
 * how far into it, so only that day's orders of the period are sorted.
 * Interpolates as PostgreSQL's percentile_cont does, to the bit.
 */

/** Orders of one period that took `wholeDays` (floor of their cycle days). */
export interface WholeDaysCount {
  wholeDays: number;
  orders: number;
}

/** The 0-based ranks percentile_cont reads for `fraction` of `orders` sorted values, and the weight of the upper one. */
export function percentileRanks(orders: number, fraction: number): { lower: number; upper: number; weight: number } {
  const position = fraction * (orders - 1);
  const lower = Math.floor(position);
  return { lower, upper: Math.ceil(position), weight: position - lower };
}

/** The whole day a rank falls in, and how many orders of that day come before it; `counts` in ascending whole days. */
export function locateRank(counts: readonly WholeDaysCount[], rank: number): { wholeDays: number; offset: number } {
  let before = 0;
  for (const count of counts) {
    if (rank < before + count.orders) return { wholeDays: count.wholeDays, offset: rank - before };
    before += count.orders;
  }
  throw new RangeError(`rank ${rank} is past the ${before} orders counted`);
}

/** percentile_cont's result from the values at its two ranks: the lower one alone when they coincide. */
export function interpolate(ranks: { lower: number; upper: number; weight: number }, lowerValue: number, upperValue: number): number {
  return ranks.lower === ranks.upper ? lowerValue : lowerValue + ranks.weight * (upperValue - lowerValue);
}

/** One sorted read of a period's orders: `take` values from `offset` within the orders that took `wholeDays`. */
export interface RankLookup {
  wholeDays: number;
  offset: number;
  take: number;
}

/** The reads a period needs for one percentile: one when both ranks share a whole day, else one per rank. */
export function rankLookups(counts: readonly WholeDaysCount[], ranks: { lower: number; upper: number }): RankLookup[] {
  const lower = locateRank(counts, ranks.lower);
  if (ranks.upper === ranks.lower) return [{ ...lower, take: 1 }];
  const upper = locateRank(counts, ranks.upper);
  return upper.wholeDays === lower.wholeDays ? [{ ...lower, take: 2 }] : [{ ...lower, take: 1 }, { ...upper, take: 1 }];
}
