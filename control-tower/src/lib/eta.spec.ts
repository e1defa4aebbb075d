import { describe, expect, it } from 'vitest';
import { daysLate, lastMilestone } from './eta.ts';

describe('an ETA against the promise', () => {
  it('is 0 on or before the promised day and counts started days after it', () => {
    expect(daysLate('2026-11-21T23:59:59Z', '2026-11-21')).toBe(0);
    expect(daysLate('2026-11-20T08:00:00Z', '2026-11-21')).toBe(0);
    expect(daysLate('2026-11-22T00:30:00Z', '2026-11-21')).toBe(1);
    expect(daysLate('2026-11-23T12:00:00Z', '2026-11-21')).toBe(2);
  });

  it('is unknown without an ETA or a promise', () => {
    expect(daysLate(null, '2026-11-21')).toBeNull();
    expect(daysLate('2026-11-21T10:00:00Z', null)).toBeNull();
  });

  it('reads the latest milestone', () => {
    expect(lastMilestone([])).toBeNull();
    expect(lastMilestone([{ milestone: 'PICKED_UP', at: 'a' }, { milestone: 'DEPARTED', at: 'b' }])).toEqual({ milestone: 'DEPARTED', at: 'b' });
  });
});
