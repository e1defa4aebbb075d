import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, periodStart, periodsBetween, periodsEndingAt } from './kpi-period.rules.ts';

describe('KPI periods', () => {
  it('start weeks on Monday and months on the first, in UTC days', () => {
    expect(periodStart('2026-11-25', 'WEEK')).toBe('2026-11-23');
    expect(periodStart('2026-11-23', 'WEEK')).toBe('2026-11-23');
    expect(periodStart('2026-11-29', 'WEEK')).toBe('2026-11-23');
    expect(periodStart('2026-11-25', 'MONTH')).toBe('2026-11-01');
    expect(periodStart('2026-11-25', 'DAY')).toBe('2026-11-25');
  });

  it('cover a range with whole periods, including the partial first and last ones', () => {
    expect(periodsBetween('2026-01-30', '2026-03-02', 'MONTH')).toEqual([
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
    ]);
    expect(periodsBetween('2026-12-30', '2027-01-05', 'WEEK')).toEqual([
      { start: '2026-12-28', end: '2027-01-03' },
      { start: '2027-01-04', end: '2027-01-10' },
    ]);
    expect(periodsBetween('2028-02-28', '2028-03-01', 'DAY').map((period) => period.start)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('count back twelve months for a trend across a year boundary', () => {
    const periods = periodsEndingAt('2026-02-10', 'MONTH', 12);
    expect(periods).toHaveLength(12);
    expect(periods[0]).toEqual({ start: '2025-03-01', end: '2025-03-31' });
    expect(periods.at(-1)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('does day arithmetic without daylight-saving surprises', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});
