import type { MachineState } from '@plexus/events';

/**
 * OEE as ISO 22400-2 defines it, on time measured in milliseconds (event
 * times are JavaScript dates, so integer milliseconds keep every sum exact).
 *
 * - planned busy time: RUNNING + IDLE + DOWN (OFF_SHIFT and
 *   PLANNED_DOWNTIME are outside it);
 * - availability = run time / planned busy time;
 * - performance = Σ(ideal cycle time × units produced) / run time;
 * - quality = good units / units produced (good + scrap).
 *
 * Over several machines (a work center, a site, all of them) the times and
 * quantities are summed before dividing, never the machines' ratios
 * averaged: a machine planned for one hour must not weigh as much as one
 * planned for a day.
 */

export type OeeGrain = 'HOUR' | 'SHIFT' | 'DAY' | 'WEEK' | 'MONTH';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
/** Shifts start at 06:00, 14:00 and 22:00 UTC: every 8 hours counted from 06:00. */
const shiftMs = 8 * hourMs;
const shiftOriginMs = 6 * hourMs;

/** Most OEE points one request may ask for (a year of hours fits). */
export const maxOeePeriods = 10_000;

export const isPlannedBusy = (state: MachineState): boolean => state === 'RUNNING' || state === 'IDLE' || state === 'DOWN';

/** Availability losses, ranked as downtime reasons. */
export const isDowntime = (state: MachineState): boolean => state === 'IDLE' || state === 'DOWN';

/** The start of the `grain` bucket containing `time` (UTC; weeks start on Monday, ISO 8601). */
export function bucketStart(time: Date, grain: OeeGrain): Date {
  const ms = time.getTime();
  switch (grain) {
    case 'HOUR':
      return new Date(Math.floor(ms / hourMs) * hourMs);
    case 'SHIFT':
      return new Date(Math.floor((ms - shiftOriginMs) / shiftMs) * shiftMs + shiftOriginMs);
    case 'DAY':
      return new Date(Math.floor(ms / dayMs) * dayMs);
    case 'WEEK': {
      const day = Math.floor(ms / dayMs) * dayMs;
      return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * dayMs);
    }
    case 'MONTH':
      return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), 1));
  }
}

export function nextBucketStart(start: Date, grain: OeeGrain): Date {
  switch (grain) {
    case 'HOUR':
      return new Date(start.getTime() + hourMs);
    case 'SHIFT':
      return new Date(start.getTime() + shiftMs);
    case 'DAY':
      return new Date(start.getTime() + dayMs);
    case 'WEEK':
      return new Date(start.getTime() + 7 * dayMs);
    case 'MONTH':
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }
}

export interface TimePeriod {
  start: Date;
  /** Exclusive. */
  end: Date;
}

/**
 * The whole `grain` periods that overlap [from, to), oldest first: a point
 * always covers its full hour, shift or day, so points of different requests
 * compare. Null when there would be more than `limit`.
 */
export function periodsOverlapping(from: Date, to: Date, grain: OeeGrain, limit = maxOeePeriods): TimePeriod[] | null {
  const periods: TimePeriod[] = [];
  for (let start = bucketStart(from, grain); start < to; start = nextBucketStart(start, grain)) {
    if (periods.length === limit) return null;
    periods.push({ start, end: nextBucketStart(start, grain) });
  }
  return periods;
}

export interface BucketShare {
  bucket: Date;
  milliseconds: number;
}

/**
 * Splits [start, end) at `grain` boundaries: a RUNNING state from 13:30 to
 * 15:00 gives 30 minutes to the 06–14 shift and 60 to the 14–22 shift.
 */
export function clipToBuckets(start: Date, end: Date, grain: OeeGrain): BucketShare[] {
  const shares: BucketShare[] = [];
  for (let bucket = bucketStart(start, grain); bucket < end; ) {
    const next = nextBucketStart(bucket, grain);
    const from = Math.max(bucket.getTime(), start.getTime());
    const until = Math.min(next.getTime(), end.getTime());
    if (until > from) shares.push({ bucket, milliseconds: until - from });
    bucket = next;
  }
  return shares;
}

export interface StateChange {
  time: Date;
  /** Breaks ties between changes at the same instant: the later id is the state in force. */
  eventId: string;
  state: MachineState;
  reason: string | null;
  workCenterId: string | null;
  siteId: string | null;
}

export interface StateInterval {
  change: StateChange;
  start: Date;
  end: Date;
}

export const compareChanges = (a: StateChange, b: StateChange): number =>
  a.time.getTime() - b.time.getTime() || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);

/** A state lasts until the machine's next change: the closed intervals between consecutive changes (sorted). */
export function closedIntervals(sorted: readonly StateChange[]): StateInterval[] {
  const intervals: StateInterval[] = [];
  for (let index = 0; index + 1 < sorted.length; index += 1) {
    const change = sorted[index]!;
    const end = sorted[index + 1]!.time;
    if (end > change.time) intervals.push({ change, start: change.time, end });
  }
  return intervals;
}

/** Time per hour (or day) and state, keyed so rollup rows with equal dimensions add up. */
export interface StateShare {
  bucket: Date;
  change: StateChange;
  milliseconds: number;
}

const shareKey = (bucket: Date, change: StateChange) =>
  [bucket.toISOString(), change.state, change.reason ?? '', change.workCenterId ?? '', change.siteId ?? ''].join('|');

/**
 * What the rollups must add when `added` changes join a machine's timeline
 * whose changes from `predecessor` on were `existing`: the intervals of the
 * merged timeline minus the intervals already counted. Events may arrive
 * out of time order (a back-dated stop), so a new change can split an
 * interval already rolled up; the difference keeps the rollups equal to the
 * intervals of all changes, whatever order they arrived in. The last change's
 * interval is open (it lasts until now) and is never rolled up.
 */
export function rollupDelta(
  predecessor: StateChange | null,
  existing: readonly StateChange[],
  added: readonly StateChange[],
  grain: 'HOUR' | 'DAY',
): StateShare[] {
  const before = [...(predecessor ? [predecessor] : []), ...existing].sort(compareChanges);
  const after = [...before, ...added].sort(compareChanges);
  const shares = new Map<string, StateShare>();
  const add = (intervals: StateInterval[], sign: 1 | -1) => {
    for (const interval of intervals) {
      for (const share of clipToBuckets(interval.start, interval.end, grain)) {
        const key = shareKey(share.bucket, interval.change);
        const entry = shares.get(key) ?? { bucket: share.bucket, change: interval.change, milliseconds: 0 };
        entry.milliseconds += sign * share.milliseconds;
        shares.set(key, entry);
      }
    }
  };
  add(closedIntervals(after), 1);
  add(closedIntervals(before), -1);
  return [...shares.values()].filter((share) => share.milliseconds !== 0);
}

/** What OEE is computed from, summed over any set of machines and hours. */
export interface OeeTotals {
  plannedBusyMs: number;
  runMs: number;
  /** Σ ideal cycle seconds × units produced. */
  idealSeconds: number;
  goodQuantity: number;
  totalQuantity: number;
}

export const emptyTotals = (): OeeTotals => ({ plannedBusyMs: 0, runMs: 0, idealSeconds: 0, goodQuantity: 0, totalQuantity: 0 });

export function addTotals(into: OeeTotals, add: OeeTotals): OeeTotals {
  into.plannedBusyMs += add.plannedBusyMs;
  into.runMs += add.runMs;
  into.idealSeconds += add.idealSeconds;
  into.goodQuantity += add.goodQuantity;
  into.totalQuantity += add.totalQuantity;
  return into;
}

/** Adds time spent in `state` to the totals. */
export function addStateTime(into: OeeTotals, state: MachineState, milliseconds: number): OeeTotals {
  if (isPlannedBusy(state)) into.plannedBusyMs += milliseconds;
  if (state === 'RUNNING') into.runMs += milliseconds;
  return into;
}

export type OeeMeasure = 'OEE' | 'AVAILABILITY' | 'PERFORMANCE' | 'QUALITY';

export interface Fraction {
  numerator: number;
  denominator: number;
}

/**
 * Each measure as numerator / denominator, so a KPI point shows what it was
 * computed from. OEE = A × P × Q = (ideal time of the units produced ×
 * quality) / planned busy time: the numerator is the fully productive time
 * in seconds (run time already cancels between A and P). That equals the
 * product whenever the machine ran; with no run time it still counts what
 * was reported, instead of dividing by zero.
 */
export function oeeFraction(totals: OeeTotals, measure: OeeMeasure): Fraction {
  const plannedBusySeconds = totals.plannedBusyMs / 1000;
  const runSeconds = totals.runMs / 1000;
  switch (measure) {
    case 'AVAILABILITY':
      return { numerator: runSeconds, denominator: plannedBusySeconds };
    case 'PERFORMANCE':
      return { numerator: totals.idealSeconds, denominator: runSeconds };
    case 'QUALITY':
      return { numerator: totals.goodQuantity, denominator: totals.totalQuantity };
    case 'OEE': {
      const quality = totals.totalQuantity > 0 ? totals.goodQuantity / totals.totalQuantity : 0;
      return { numerator: totals.idealSeconds * quality, denominator: plannedBusySeconds };
    }
  }
}

export const ratio = ({ numerator, denominator }: Fraction): number | null => (denominator > 0 ? numerator / denominator : null);

export interface OeeRatios {
  availability: number | null;
  performance: number | null;
  quality: number | null;
  oee: number | null;
}

export function oeeRatios(totals: OeeTotals): OeeRatios {
  return {
    availability: ratio(oeeFraction(totals, 'AVAILABILITY')),
    performance: ratio(oeeFraction(totals, 'PERFORMANCE')),
    quality: ratio(oeeFraction(totals, 'QUALITY')),
    oee: ratio(oeeFraction(totals, 'OEE')),
  };
}

/**
 * World-class OEE (Nakajima, *Introduction to TPM*, 1988): 90 % availability
 * × 95 % performance × 99.9 % quality ≈ 85 %. The drill-down names the
 * components a machine falls short of.
 */
export const worldClass: Record<OeeMeasure, number> = { OEE: 0.85, AVAILABILITY: 0.9, PERFORMANCE: 0.95, QUALITY: 0.999 };

export function shortfalls(ratios: OeeRatios): string[] {
  const reasons: string[] = [];
  if (ratios.availability !== null && ratios.availability < worldClass.AVAILABILITY) reasons.push('LOW_AVAILABILITY');
  if (ratios.performance !== null && ratios.performance < worldClass.PERFORMANCE) reasons.push('LOW_PERFORMANCE');
  if (ratios.quality !== null && ratios.quality < worldClass.QUALITY) reasons.push('LOW_QUALITY');
  return reasons;
}
