import { badInput } from '@plexus/errors';

export type GapFill = 'NONE' | 'PREVIOUS' | 'LINEAR';

/** Where a series is read from: the hourly or daily rollups, or the raw readings. */
export type TelemetrySource = 'hourly' | 'daily' | 'raw';

export const maxTelemetryBuckets = 10_000;

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Buckets are aligned to multiples of their width since the Unix epoch (UTC), so the same bucket has the same start in every query. */
export interface BucketPlan {
  firstBucketMs: number;
  bucketMs: number;
  bucketCount: number;
  source: TelemetrySource;
}

/**
 * The buckets covering [from, to) and where to read them: whole rollup buckets
 * can only serve when the range starts and ends on their boundaries, otherwise
 * the first or last bucket would count readings outside the range.
 */
export function planTelemetryBuckets(fromMs: number, toMs: number, bucketSeconds: number): BucketPlan {
  if (!Number.isInteger(bucketSeconds) || bucketSeconds < 1) throw badInput('bucketSeconds must be a whole number of seconds ≥ 1', { field: 'bucketSeconds' });
  if (!(fromMs < toMs)) throw badInput('from must be before to', { field: 'from' });
  const bucketMs = bucketSeconds * 1000;
  const firstBucketMs = Math.floor(fromMs / bucketMs) * bucketMs;
  const bucketCount = Math.ceil((toMs - firstBucketMs) / bucketMs);
  if (bucketCount > maxTelemetryBuckets) {
    throw badInput(`${bucketCount} buckets asked for, at most ${maxTelemetryBuckets}: widen bucketSeconds or narrow the range`, { field: 'bucketSeconds' });
  }
  const alignedTo = (unitMs: number) => bucketMs % unitMs === 0 && fromMs % unitMs === 0 && toMs % unitMs === 0;
  const source = alignedTo(dayMs) ? 'daily' : alignedTo(hourMs) ? 'hourly' : 'raw';
  return { firstBucketMs, bucketMs, bucketCount, source };
}

export interface MeasuredBucket {
  timeMs: number;
  avg: number;
  min: number;
  max: number;
  last: number;
  count: number;
}

export interface TelemetryPoint {
  time: Date;
  avg: number | null;
  min: number | null;
  max: number | null;
  last: number | null;
  count: number;
  filled: boolean;
}

/**
 * How far PREVIOUS and LINEAR look outside the range for a reading to fill
 * its first (and, for LINEAR, last) buckets from: one day, or one bucket when
 * buckets are wider. A machine silent for longer starts the range with empty
 * buckets, as it would inside the range only if nothing came before; a bound
 * keeps the look-up to the one or two chunks beside the range.
 */
export function gapFillReachMs(plan: BucketPlan): number {
  return Math.max(plan.bucketMs, dayMs);
}

/** The bucket of the last reading before the range and of the first one after it (same width and alignment as the plan's), where there are any within reach. */
export interface RangeNeighbours {
  before?: MeasuredBucket | undefined;
  after?: MeasuredBucket | undefined;
}

/**
 * One point per bucket of the plan, measured or not. PREVIOUS carries the last
 * reading before the gap into every field (the machine is taken to have stayed
 * there); LINEAR interpolates each field between the measured buckets on either
 * side. The neighbours just outside the range stand in for a measured bucket
 * before the first bucket and, for LINEAR, after the last; a gap with nothing
 * on the side it needs stays empty.
 */
export function fillTelemetryGaps(plan: BucketPlan, measured: readonly MeasuredBucket[], fill: GapFill, neighbours: RangeNeighbours = {}): TelemetryPoint[] {
  const byTime = new Map(measured.map((bucket) => [bucket.timeMs, bucket]));
  const points: TelemetryPoint[] = [];
  let previous: MeasuredBucket | undefined = fill === 'NONE' ? undefined : neighbours.before;
  const gapStarts: number[] = [];
  for (let index = 0; index < plan.bucketCount; index += 1) {
    const timeMs = plan.firstBucketMs + index * plan.bucketMs;
    const bucket = byTime.get(timeMs);
    if (bucket) {
      if (fill === 'LINEAR' && previous) for (const gapIndex of gapStarts) interpolate(points[gapIndex]!, previous, bucket);
      gapStarts.length = 0;
      points.push({ time: new Date(timeMs), avg: bucket.avg, min: bucket.min, max: bucket.max, last: bucket.last, count: bucket.count, filled: false });
      previous = bucket;
    } else if (fill === 'PREVIOUS' && previous) {
      const value = previous.last;
      points.push({ time: new Date(timeMs), avg: value, min: value, max: value, last: value, count: 0, filled: true });
    } else {
      gapStarts.push(points.length);
      points.push({ time: new Date(timeMs), avg: null, min: null, max: null, last: null, count: 0, filled: false });
    }
  }
  if (fill === 'LINEAR' && previous && neighbours.after) for (const gapIndex of gapStarts) interpolate(points[gapIndex]!, previous, neighbours.after);
  return points;
}

function interpolate(point: TelemetryPoint, before: MeasuredBucket, after: MeasuredBucket): void {
  // Neighbours share the range's only bucket when the range lies inside one: that bucket takes the one before.
  const span = after.timeMs - before.timeMs;
  const share = span === 0 ? 0 : (point.time.getTime() - before.timeMs) / span;
  const between = (a: number, b: number) => a + (b - a) * share;
  point.avg = between(before.avg, after.avg);
  point.min = between(before.min, after.min);
  point.max = between(before.max, after.max);
  point.last = between(before.last, after.last);
  point.filled = true;
}
