import { describe, expect, it } from 'vitest';
import { PlanningInputError } from './mrp.model.ts';
import { periodOf, validatePeriods, weeklyPeriods } from './planning-horizon.rules.ts';

describe('the planning horizon', () => {
  const weeks = weeklyPeriods('2026-12-28', 3);

  it('lays out weeks across a year end', () => {
    expect(weeks).toEqual([{ start: '2026-12-28' }, { start: '2027-01-04' }, { start: '2027-01-11' }]);
  });

  it('buckets dates and timestamps into periods, before the horizon as past due and after it as its length', () => {
    expect(periodOf(weeks, '2026-12-27')).toBe(-1);
    expect(periodOf(weeks, '2026-12-28')).toBe(0);
    expect(periodOf(weeks, '2027-01-03T23:59:00Z')).toBe(0);
    expect(periodOf(weeks, '2027-01-04')).toBe(1);
    expect(periodOf(weeks, '2027-01-17')).toBe(2);
    expect(periodOf(weeks, '2027-01-18')).toBe(3);
  });

  it('refuses an empty horizon and periods out of order', () => {
    expect(() => validatePeriods([])).toThrow(PlanningInputError);
    expect(() => validatePeriods([{ start: '2027-01-04' }, { start: '2027-01-04' }])).toThrow(expect.objectContaining({ reason: 'BAD_PERIODS', details: { reason: 'BAD_PERIODS', period: 1 } }));
    expect(() => validatePeriods([{ start: '4 Jan 2027' }])).toThrow(expect.objectContaining({ reason: 'BAD_PERIODS' }));
  });
});
