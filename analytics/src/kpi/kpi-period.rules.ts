import type { Grain, Period } from './kpi-definition.ts';

/**
 * Calendar arithmetic for KPI periods, in UTC days: weeks start on Monday
 * (ISO 8601), months on the 1st. Pure, so SQL and tests agree on where a
 * period starts: SQL buckets with `date_trunc(grain, day)`, which uses the
 * same rules.
 */

const dayMs = 86_400_000;
const toDay = (date: Date) => date.toISOString().slice(0, 10);
/** Midnight UTC starting the day. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return toDay(new Date(dayStart(day).getTime() + days * dayMs));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / dayMs);
}

/** The first day of the period of `grain` that contains `day`. */
export function periodStart(day: string, grain: Grain): string {
  const date = dayStart(day);
  if (grain === 'DAY') return day;
  if (grain === 'WEEK') return addDays(day, -((date.getUTCDay() + 6) % 7));
  return `${day.slice(0, 7)}-01`;
}

export function nextPeriodStart(start: string, grain: Grain): string {
  if (grain === 'DAY') return addDays(start, 1);
  if (grain === 'WEEK') return addDays(start, 7);
  const date = dayStart(start);
  return toDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/** Every period from the one containing `from` to the one containing `to`, oldest first. */
export function periodsBetween(from: string, to: string, grain: Grain): Period[] {
  const periods: Period[] = [];
  for (let start = periodStart(from, grain); start <= to; start = nextPeriodStart(start, grain)) {
    periods.push({ start, end: addDays(nextPeriodStart(start, grain), -1) });
  }
  return periods;
}

/** The `count` periods ending with the one containing `day`, oldest first. */
export function periodsEndingAt(day: string, grain: Grain, count: number): Period[] {
  let start = periodStart(day, grain);
  for (let index = 1; index < count; index += 1) start = periodStart(addDays(start, -1), grain);
  return periodsBetween(start, day, grain);
}

/** Inclusive days; `last` ≥ `from`. */
export interface DayWindow {
  from: string;
  last: string;
}

export const daysIn = (window: DayWindow) => daysBetween(window.from, window.last) + 1;

/** The part of each period inside [from, min(to, today)]: future days have no stock count, shipment or payment yet. */
export function periodWindows(periods: readonly Period[], range: { from: string; to: string; today: string }): (DayWindow | null)[] {
  const last = range.to < range.today ? range.to : range.today;
  return periods.map((period) => {
    const window = { from: period.start > range.from ? period.start : range.from, last: period.end < last ? period.end : last };
    return window.from <= window.last ? window : null;
  });
}
