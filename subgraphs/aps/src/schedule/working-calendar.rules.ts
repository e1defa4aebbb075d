import { badInput } from '@plexus/errors';
import type { TimeWindow } from '../scheduling/model.ts';

/**
 * When a machine can work: its site's weekly shifts less holidays and the
 * machine's downtime (maintenance, or a scenario's machine down), plus any
 * extra shifts. Times are minutes from an epoch (a UTC instant) as the
 * scheduling engine reads them; shift clock times are UTC.
 */

export interface Shift {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `HH:MM`. */
  start: string;
  /** `HH:MM`; at or before `start` means the shift ends the next day. */
  end: string;
}

export interface Span {
  from: Date;
  to: Date;
}

export interface SiteCalendar {
  shifts: Shift[];
  /** `YYYY-MM-DD` days without shifts. */
  holidays: string[];
  /** Hours from now in which the site's schedule keeps its place: runs, rush orders and drags leave it be. */
  frozenHours: number;
}

/** Two shifts, 06:00 to 22:00, Monday to Friday, a shift frozen: the calendar of a site whose planner has not set one. */
export const defaultSiteCalendar: SiteCalendar = {
  shifts: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '06:00', end: '14:00' },
    { weekday, start: '14:00', end: '22:00' },
  ]),
  holidays: [],
  frozenHours: 8,
};

const clock = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutesOf = (time: string) => {
  const [, hours, minutes] = clock.exec(time)!;
  return Number(hours) * 60 + Number(minutes);
};

/** A shift's length in minutes; one that ends at or before its start runs past midnight. */
const shiftMinutes = (shift: Shift) => {
  const length = minutesOf(shift.end) - minutesOf(shift.start);
  return length <= 0 ? length + DAY_MINUTES : length;
};

/** Minutes the site works in a week without holidays: its shifts added up. */
export const weeklyShiftMinutes = (calendar: SiteCalendar) => calendar.shifts.reduce((sum, shift) => sum + shiftMinutes(shift), 0);

/** A week at most: beyond it nothing would be left to plan within the usual two-week horizon. */
export function validateFrozenHours(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0 || hours > 168) throw badInput('frozenHours must be from 0 to 168', { field: 'frozenHours' });
  return hours;
}

export function validateSiteCalendar(calendar: SiteCalendar): SiteCalendar {
  validateFrozenHours(calendar.frozenHours);
  calendar.shifts.forEach((shift, index) => {
    if (!Number.isInteger(shift.weekday) || shift.weekday < 1 || shift.weekday > 7) throw badInput(`Shift ${index + 1}: weekday is 1 (Monday) to 7 (Sunday)`, { field: 'shifts', index });
    if (!clock.test(shift.start) || !clock.test(shift.end)) throw badInput(`Shift ${index + 1}: start and end are HH:MM`, { field: 'shifts', index });
  });
  calendar.holidays.forEach((day, index) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw badInput(`Holiday ${index + 1} is not a YYYY-MM-DD date`, { field: 'holidays', index });
  });
  return calendar;
}

export function validateSpan(span: Span, what: string): Span {
  if (!(span.from instanceof Date) || !(span.to instanceof Date) || Number.isNaN(span.from.getTime()) || Number.isNaN(span.to.getTime()) || span.to <= span.from) {
    throw badInput(`${what}: the span must end after it starts`, { field: 'to' });
  }
  return span;
}

const DAY_MINUTES = 1440;

/** Sorted, non-overlapping, touching windows joined. */
function normalise(windows: TimeWindow[]): TimeWindow[] {
  const sorted = windows.filter((window) => window.end > window.start).sort((a, b) => a.start - b.start);
  const merged: TimeWindow[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

function subtract(windows: TimeWindow[], cut: TimeWindow): TimeWindow[] {
  return windows.flatMap((window) => {
    if (cut.end <= window.start || cut.start >= window.end) return [window];
    return [
      { start: window.start, end: cut.start },
      { start: cut.end, end: window.end },
    ].filter((part) => part.end > part.start);
  });
}

/**
 * A machine's working windows over [epoch, epoch + days): the site's shifts
 * on days that are not holidays, less its downtime, plus its extra shifts.
 */
export function machineWindows(epoch: Date, days: number, calendar: SiteCalendar, downtime: readonly Span[], extra: readonly Span[]): TimeWindow[] {
  const minuteOf = (at: Date) => Math.round((at.getTime() - epoch.getTime()) / 60_000);
  const holidays = new Set(calendar.holidays);
  const firstDay = Date.UTC(epoch.getUTCFullYear(), epoch.getUTCMonth(), epoch.getUTCDate());
  const offset = Math.round((firstDay - epoch.getTime()) / 60_000);
  const windows: TimeWindow[] = [];
  for (let day = -1; day <= days; day += 1) {
    const date = new Date(firstDay + day * DAY_MINUTES * 60_000);
    if (holidays.has(date.toISOString().slice(0, 10))) continue;
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    for (const shift of calendar.shifts) {
      if (shift.weekday !== weekday) continue;
      const start = offset + day * DAY_MINUTES + minutesOf(shift.start);
      windows.push({ start, end: start + shiftMinutes(shift) });
    }
  }
  let result = normalise([...windows, ...extra.map((span) => ({ start: minuteOf(span.from), end: minuteOf(span.to) }))]);
  for (const span of downtime) result = subtract(result, { start: minuteOf(span.from), end: minuteOf(span.to) });
  const horizonEnd = days * DAY_MINUTES;
  return result.map((window) => ({ start: Math.max(0, window.start), end: Math.min(horizonEnd, window.end) })).filter((window) => window.end > window.start);
}

/** Working minutes inside [start, end). */
export function workingMinutes(windows: readonly TimeWindow[], start: number, end: number): number {
  return windows.reduce((sum, window) => sum + Math.max(0, Math.min(end, window.end) - Math.max(start, window.start)), 0);
}
