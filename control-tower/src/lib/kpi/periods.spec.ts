import { describe, expect, it } from 'vitest';
import { periodEnd, periodStart, seriesWindow, shiftPeriod } from './periods.ts';

describe('calendar periods', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(periodStart('2026-11-29', 'WEEK')).toBe('2026-11-23');
    expect(periodStart('2026-11-30', 'WEEK')).toBe('2026-11-30');
    expect(periodStart('2026-11-30', 'MONTH')).toBe('2026-11-01');
    expect(periodStart('2026-11-30', 'DAY')).toBe('2026-11-30');
  });

  it('ends a period the day before the next starts, across month and year ends', () => {
    expect(periodEnd('2026-02-01', 'MONTH')).toBe('2026-02-28');
    expect(periodEnd('2026-12-28', 'WEEK')).toBe('2027-01-03');
    expect(shiftPeriod('2026-01-01', 'MONTH', -2)).toBe('2025-11-01');
  });

  it('windows twelve periods to date and the twelve before them', () => {
    expect(seriesWindow('2026-11-30', 'MONTH', 12)).toEqual({
      from: '2025-12-01',
      to: '2026-11-30',
      previousFrom: '2024-12-01',
      previousTo: '2025-11-30',
    });
    expect(seriesWindow('2026-11-30', 'DAY', 7)).toEqual({ from: '2026-11-24', to: '2026-11-30', previousFrom: '2026-11-17', previousTo: '2026-11-23' });
  });
});
