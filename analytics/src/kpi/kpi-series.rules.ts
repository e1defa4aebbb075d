import type { Grain, KpiPoint, Period } from './kpi-definition.ts';
import { periodStart } from './kpi-period.rules.ts';

/**
 * How every KPI family turns what it counted into a series: totals keyed by
 * the first day of their period, bucketed by SQL (`date_trunc(sqlGrain[grain],
 * day)`) or in memory (`bucketByPeriod`) by the same calendar rules, then one
 * point per requested period.
 */

/** What one period counted: a numerator over a denominator, and a statistic (a median) where the value is not their ratio. */
export interface PeriodTotals {
  numerator: number;
  denominator: number;
  statistic?: number | null;
}

/** `date_trunc`'s name of a grain: its periods start where `periodStart` says. */
export const sqlGrain = { DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;

export const ratio = ({ numerator, denominator }: PeriodTotals) => numerator / denominator;

/** A statement's rows, one per period (`period`: its first day; numbers as the driver returns them). */
export function totalsOfRows(
  rows: readonly { period: string; numerator: number | string; denominator: number | string; statistic?: number | string | null }[],
): Map<string, PeriodTotals> {
  return new Map(
    rows.map((row) => [
      row.period,
      {
        numerator: Number(row.numerator),
        denominator: Number(row.denominator),
        statistic: row.statistic === null || row.statistic === undefined ? null : Number(row.statistic),
      },
    ]),
  );
}

/**
 * Accumulates per-day values into the requested periods, in memory, as
 * `date_trunc` does in SQL; days outside every requested period (or outside
 * `window`, when given) are left out.
 */
export function bucketByPeriod<Day, Total>(
  days: Iterable<[day: string, value: Day]>,
  periods: readonly Period[],
  grain: Grain,
  accumulate: { empty: () => Total; add: (into: Total, value: Day) => void },
  window?: { from: string; last: string },
): Map<string, Total> {
  const byPeriod = new Map(periods.map((period) => [period.start, accumulate.empty()]));
  for (const [day, value] of days) {
    if (window && (day < window.from || day > window.last)) continue;
    const into = byPeriod.get(periodStart(day, grain));
    if (into !== undefined) accumulate.add(into, value);
  }
  return byPeriod;
}

/** Sums per-day numerators and denominators into the periods. */
export const totalsByPeriod = (
  facts: Iterable<{ day: string; numerator: number; denominator: number }>,
  periods: readonly Period[],
  grain: Grain,
  window?: { from: string; last: string },
): Map<string, PeriodTotals> =>
  bucketByPeriod(
    [...facts].map((fact) => [fact.day, fact] as [string, { numerator: number; denominator: number }]),
    periods,
    grain,
    {
      empty: () => ({ numerator: 0, denominator: 0 }),
      add: (into, fact) => {
        into.numerator += fact.numerator;
        into.denominator += fact.denominator;
      },
    },
    window,
  );

/** One point per requested period, oldest first; a period that counted nothing (denominator 0) has no value. */
export function pointsOf(periods: readonly Period[], totals: ReadonlyMap<string, PeriodTotals>, value: (totals: PeriodTotals) => number | null = ratio): KpiPoint[] {
  return periods.map((period) => {
    const counted = totals.get(period.start) ?? { numerator: 0, denominator: 0, statistic: null };
    return {
      periodStart: period.start,
      periodEnd: period.end,
      value: counted.denominator === 0 ? null : value(counted),
      numerator: counted.numerator,
      denominator: counted.denominator,
    };
  });
}
