import { describe, expect, it } from 'vitest';
import { bucketSecondsFor, isMachineWindow, lastDays, windowSpan } from './production-window.ts';

const now = new Date('2026-11-24T15:30:00Z');
const dayMs = 86_400_000;

describe('production windows', () => {
  it('sums whole UTC days for the overview: today and the six before', () => {
    expect(lastDays(7, now)).toEqual({ from: new Date('2026-11-18T00:00:00Z'), to: now });
  });

  it('looks back a machine window from now', () => {
    expect(windowSpan('1d', now).from).toEqual(new Date('2026-11-23T15:30:00Z'));
    expect(windowSpan('30d', now).to).toBe(now);
  });

  it('accepts only the windows the page offers', () => {
    expect(isMachineWindow('7d')).toBe(true);
    expect(isMachineWindow('2d')).toBe(false);
    expect(isMachineWindow('toString')).toBe(false);
    expect(isMachineWindow(null)).toBe(false);
  });

  it('picks a bucket that keeps every window to at most 500 points', () => {
    for (const days of [1, 7, 30]) {
      const bucket = bucketSecondsFor(days * dayMs);
      expect((days * dayMs) / 1000 / bucket).toBeLessThanOrEqual(500);
    }
    expect(bucketSecondsFor(dayMs)).toBe(300);
    expect(bucketSecondsFor(7 * dayMs)).toBe(1800);
    expect(bucketSecondsFor(30 * dayMs)).toBe(7200);
  });

  it('falls back to whole days for spans longer than the table covers', () => {
    expect(bucketSecondsFor(2000 * dayMs)).toBe(4 * 86_400);
  });
});
