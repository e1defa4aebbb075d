import type { Grain } from '../graphql/__generated__/operations.ts';

/**
 * Calendar periods as analytics counts them (UTC days; ISO weeks start on
 * Monday), so the windows the pages ask for line up with the graph's points.
 */

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const next = day(date);
  next.setUTCDate(next.getUTCDate() + days);
  return iso(next);
}

export function periodStart(date: string, grain: Grain): string {
  if (grain === 'DAY') return date;
  if (grain === 'WEEK') return addDays(date, -((day(date).getUTCDay() + 6) % 7));
  return `${date.slice(0, 7)}-01`;
}

/** The start of the period `count` periods after (or, negative, before) the one starting at `start`. */
export function shiftPeriod(start: string, grain: Grain, count: number): string {
  if (grain === 'DAY') return addDays(start, count);
  if (grain === 'WEEK') return addDays(start, 7 * count);
  const date = day(start);
  date.setUTCMonth(date.getUTCMonth() + count, 1);
  return iso(date);
}

export const periodEnd = (start: string, grain: Grain) => addDays(shiftPeriod(start, grain, 1), -1);

export interface SeriesWindow {
  from: string;
  to: string;
  /** The same number of periods just before, for comparison. */
  previousFrom: string;
  previousTo: string;
}

/** `count` whole periods ending with the one containing `asOf` (to date), and the `count` before them. */
export function seriesWindow(asOf: string, grain: Grain, count: number): SeriesWindow {
  const from = shiftPeriod(periodStart(asOf, grain), grain, 1 - count);
  const previousFrom = shiftPeriod(from, grain, -count);
  return { from, to: asOf, previousFrom, previousTo: addDays(from, -1) };
}
