import { describe, expect, it } from 'vitest';
import { fitInCalendar, workingTime } from './calendar.rules.ts';

const shifts = [
  { start: 360, end: 840 },
  { start: 840, end: 1320 },
  { start: 1800, end: 2280 },
];

describe('calendars', () => {
  it('keeps a non-splittable operation inside one window', () => {
    expect(fitInCalendar(shifts, 1300, 60, false)).toEqual({ start: 1800, end: 1860 });
  });

  it('lets a splittable operation run on across a gap', () => {
    expect(fitInCalendar(shifts, 1300, 60, true)).toEqual({ start: 1300, end: 1840 });
    expect(workingTime(shifts, 1300, 1840)).toBe(60);
  });

  it('waits for the next window when asked to start in a gap, and is always open without a calendar', () => {
    expect(fitInCalendar(shifts, 100, 30, false)).toEqual({ start: 360, end: 390 });
    expect(fitInCalendar(null, 100, 30, false)).toEqual({ start: 100, end: 130 });
  });

  it('reports an operation that fits nowhere as never', () => {
    expect(fitInCalendar(shifts, 0, 600, false).start).toBe(Number.POSITIVE_INFINITY);
  });
});
