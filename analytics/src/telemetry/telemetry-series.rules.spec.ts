import { describe, expect, it } from 'vitest';
import { fillTelemetryGaps, gapFillReachMs, planTelemetryBuckets, type MeasuredBucket } from './telemetry-series.rules.ts';

describe('planning telemetry buckets', () => {
  const at = (text: string) => Date.parse(text);

  it('aligns buckets to the epoch and counts those touching [from, to)', () => {
    expect(planTelemetryBuckets(at('2026-11-25T10:07:00Z'), at('2026-11-25T10:31:00Z'), 600)).toEqual({
      firstBucketMs: at('2026-11-25T10:00:00Z'),
      bucketMs: 600_000,
      bucketCount: 4,
      source: 'raw',
    });
  });

  it('reads whole hours and days from the rollups, anything unaligned from raw readings', () => {
    expect(planTelemetryBuckets(at('2026-11-25T10:00:00Z'), at('2026-11-25T16:00:00Z'), 3600).source).toBe('hourly');
    expect(planTelemetryBuckets(at('2026-11-25T10:00:00Z'), at('2026-11-25T16:00:00Z'), 7200).source).toBe('hourly');
    expect(planTelemetryBuckets(at('2026-11-01T00:00:00Z'), at('2026-11-25T00:00:00Z'), 86_400).source).toBe('daily');
    expect(planTelemetryBuckets(at('2026-11-01T00:00:00Z'), at('2026-11-25T00:00:00Z'), 3600).source).toBe('hourly');
    expect(planTelemetryBuckets(at('2026-11-25T10:30:00Z'), at('2026-11-25T16:00:00Z'), 3600).source).toBe('raw');
    expect(planTelemetryBuckets(at('2026-11-25T10:00:00Z'), at('2026-11-25T16:00:00Z'), 1800).source).toBe('raw');
  });

  it('refuses more than 10,000 buckets, empty ranges and non-positive widths', () => {
    expect(planTelemetryBuckets(0, 10_000_000, 1).bucketCount).toBe(10_000);
    expect(() => planTelemetryBuckets(0, 10_001_000, 1)).toThrow(/10001 buckets asked for, at most 10000/);
    expect(() => planTelemetryBuckets(5000, 5000, 60)).toThrow(/from must be before to/);
    expect(() => planTelemetryBuckets(0, 60_000, 0)).toThrow(/bucketSeconds/);
    expect(() => planTelemetryBuckets(0, 60_000, 1.5)).toThrow(/bucketSeconds/);
  });
});

describe('filling telemetry gaps', () => {
  const plan = { firstBucketMs: 0, bucketMs: 1000, bucketCount: 6, source: 'raw' as const };
  const measured: MeasuredBucket[] = [
    { timeMs: 1000, avg: 10, min: 8, max: 12, last: 11, count: 3 },
    { timeMs: 4000, avg: 40, min: 38, max: 42, last: 41, count: 2 },
  ];
  const avgs = (fill: 'NONE' | 'PREVIOUS' | 'LINEAR') => fillTelemetryGaps(plan, measured, fill).map((point) => point.avg);

  it('returns every bucket, empty ones with nulls and count 0', () => {
    const points = fillTelemetryGaps(plan, measured, 'NONE');
    expect(points.map((point) => point.time.getTime())).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(avgs('NONE')).toEqual([null, 10, null, null, 40, null]);
    expect(points.map((point) => [point.count, point.filled])).toEqual([[0, false], [3, false], [0, false], [0, false], [2, false], [0, false]]);
  });

  it('carries the last reading forward into every field, from the first measured bucket on', () => {
    const points = fillTelemetryGaps(plan, measured, 'PREVIOUS');
    expect(points[2]).toEqual({ time: new Date(2000), avg: 11, min: 11, max: 11, last: 11, count: 0, filled: true });
    expect(points.map((point) => point.last)).toEqual([null, 11, 11, 11, 41, 41]);
    expect(points.map((point) => point.filled)).toEqual([false, false, true, true, false, true]);
  });

  it('interpolates each field between measured neighbours and leaves gaps without both unfilled', () => {
    const points = fillTelemetryGaps(plan, measured, 'LINEAR');
    expect(avgs('LINEAR')).toEqual([null, 10, 20, 30, 40, null]);
    expect(points[3]).toEqual({ time: new Date(3000), avg: 30, min: 28, max: 32, last: 31, count: 0, filled: true });
    expect(points.map((point) => point.filled)).toEqual([false, false, true, true, false, false]);
  });

  const before: MeasuredBucket = { timeMs: -2000, avg: 4, min: 2, max: 6, last: 5, count: 4 };
  const after: MeasuredBucket = { timeMs: 8000, avg: 80, min: 78, max: 82, last: 81, count: 1 };

  it('carries the reading before the range into its first buckets', () => {
    expect(fillTelemetryGaps(plan, measured, 'PREVIOUS', { before, after }).map((point) => [point.last, point.filled])).toEqual([
      [5, true],
      [11, false],
      [11, true],
      [11, true],
      [41, false],
      [41, true],
    ]);
  });

  it('interpolates the first buckets from the bucket before the range and the last ones towards the bucket after it', () => {
    const points = fillTelemetryGaps(plan, measured, 'LINEAR', { before, after });
    // Bucket 0 lies two thirds of the way from −2000 (avg 4) to 1000 (avg 10); bucket 5 a quarter from 4000 (40) to 8000 (80).
    expect(points.map((point) => point.avg)).toEqual([8, 10, 20, 30, 40, 50]);
    expect(points[5]).toEqual({ time: new Date(5000), avg: 50, min: 48, max: 52, last: 51, count: 0, filled: true });
    expect(fillTelemetryGaps(plan, measured, 'LINEAR', { before }).at(-1)!.avg).toBeNull();
  });

  it('ignores the neighbours without gap filling, and fills an empty range from them alone', () => {
    expect(fillTelemetryGaps(plan, measured, 'NONE', { before, after }).map((point) => point.avg)).toEqual([null, 10, null, null, 40, null]);
    expect(fillTelemetryGaps(plan, [], 'PREVIOUS', { before }).map((point) => point.avg)).toEqual([5, 5, 5, 5, 5, 5]);
    // From −2000 (avg 4) to 8000 (avg 80): 7.6 a bucket.
    const linear = fillTelemetryGaps(plan, [], 'LINEAR', { before, after }).map((point) => point.avg!);
    [19.2, 26.8, 34.4, 42, 49.6, 57.2].forEach((avg, index) => expect(linear[index]).toBeCloseTo(avg, 9));
  });

  it('looks a day outside the range, or one bucket when buckets are wider', () => {
    expect(gapFillReachMs(planTelemetryBuckets(0, 3_600_000, 60))).toBe(86_400_000);
    expect(gapFillReachMs(planTelemetryBuckets(0, 30 * 86_400_000, 7 * 86_400))).toBe(7 * 86_400_000);
  });
});
