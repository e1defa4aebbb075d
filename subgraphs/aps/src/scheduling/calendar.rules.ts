import type { TimeWindow } from './model.ts';

/**
 * Where an operation of `duration` can run on a machine with `calendar`,
 * starting no earlier than `earliest`. A non-splittable operation must fit
 * inside one window; a splittable one runs in the available time of
 * consecutive windows. No calendar means always available.
 */
export function fitInCalendar(
  calendar: readonly TimeWindow[] | null,
  earliest: number,
  duration: number,
  splittable: boolean,
): { start: number; end: number } {
  if (!calendar) return { start: earliest, end: earliest + duration };
  if (duration === 0) return { start: earliest, end: earliest };
  const first = firstWindowEndingAfter(calendar, earliest);
  if (!splittable) {
    for (let index = first; index < calendar.length; index += 1) {
      const window = calendar[index]!;
      const start = Math.max(earliest, window.start);
      if (start + duration <= window.end) return { start, end: start + duration };
    }
    return { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY };
  }
  let remaining = duration;
  let start = Number.NaN;
  for (let index = first; index < calendar.length; index += 1) {
    const window = calendar[index]!;
    const from = Math.max(earliest, window.start);
    if (Number.isNaN(start)) start = from;
    const available = window.end - from;
    if (available >= remaining) return { start, end: from + remaining };
    remaining -= available;
  }
  return { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY };
}

/** Binary search: calendars span months of shifts, and this runs for every operation of every candidate schedule. */
function firstWindowEndingAfter(calendar: readonly TimeWindow[], time: number): number {
  let low = 0;
  let high = calendar.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (calendar[middle]!.end <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Working time inside [start, end) according to the calendar. */
export function workingTime(calendar: readonly TimeWindow[] | null, start: number, end: number): number {
  if (!calendar) return end - start;
  return calendar.reduce((sum, window) => sum + Math.max(0, Math.min(end, window.end) - Math.max(start, window.start)), 0);
}
