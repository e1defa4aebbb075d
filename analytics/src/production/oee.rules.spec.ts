import { describe, expect, it } from 'vitest';
import {
  addStateTime,
  addTotals,
  bucketStart,
  clipToBuckets,
  closedIntervals,
  compareChanges,
  emptyTotals,
  oeeFraction,
  oeeRatios,
  periodsOverlapping,
  rollupDelta,
  shortfalls,
  type StateChange,
  type StateShare,
} from './oee.rules.ts';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const minutes = (count: number) => count * 60_000;

describe('OEE buckets', () => {
  it('puts shifts at 06:00, 14:00 and 22:00 UTC, the night shift starting the day before', () => {
    expect(bucketStart(at('05:59'), 'SHIFT')).toEqual(new Date('2026-03-01T22:00:00Z'));
    expect(bucketStart(at('06:00'), 'SHIFT')).toEqual(at('06:00'));
    expect(bucketStart(at('13:59'), 'SHIFT')).toEqual(at('06:00'));
    expect(bucketStart(at('14:00'), 'SHIFT')).toEqual(at('14:00'));
    expect(bucketStart(at('23:30'), 'SHIFT')).toEqual(at('22:00'));
  });

  it('starts weeks on Monday and months on the first', () => {
    expect(bucketStart(new Date('2026-03-08T23:59:00Z'), 'WEEK')).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(bucketStart(new Date('2026-03-09T00:00:00Z'), 'WEEK')).toEqual(new Date('2026-03-09T00:00:00Z'));
    expect(bucketStart(new Date('2026-02-28T12:00:00Z'), 'MONTH')).toEqual(new Date('2026-02-01T00:00:00Z'));
  });

  it('splits a RUNNING state from 13:30 to 15:00 into 30 minutes of the early shift and 60 of the late one', () => {
    expect(clipToBuckets(at('13:30'), at('15:00'), 'SHIFT')).toEqual([
      { bucket: at('06:00'), milliseconds: minutes(30) },
      { bucket: at('14:00'), milliseconds: minutes(60) },
    ]);
    expect(clipToBuckets(at('10:15'), at('12:00'), 'HOUR').map((share) => share.milliseconds)).toEqual([minutes(45), minutes(60)]);
    expect(clipToBuckets(at('10:15'), at('10:15'), 'HOUR')).toEqual([]);
  });

  it('returns the whole periods overlapping a range, and refuses too many', () => {
    expect(periodsOverlapping(at('10:30'), at('18:00'), 'SHIFT')).toEqual([
      { start: at('06:00'), end: at('14:00') },
      { start: at('14:00'), end: at('22:00') },
    ]);
    expect(periodsOverlapping(at('00:00'), at('14:00'), 'SHIFT')?.map((period) => period.start)).toEqual([
      new Date('2026-03-01T22:00:00Z'),
      at('06:00'),
    ]);
    expect(periodsOverlapping(at('00:00'), at('05:00'), 'HOUR', 4)).toBeNull();
    expect(periodsOverlapping(at('00:00'), at('04:00'), 'HOUR', 4)).toHaveLength(4);
  });
});

const change = (time: string, state: StateChange['state'], reason: string | null = null, eventId = time): StateChange => ({
  time: at(time),
  eventId,
  state,
  reason,
  workCenterId: 'wc',
  siteId: null,
});

/** The rollup a set of changes should produce, keyed for comparison. */
function rollupOf(shares: StateShare[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const share of shares) {
    const key = `${share.bucket.toISOString()} ${share.change.state} ${share.change.reason ?? ''}`;
    result[key] = (result[key] ?? 0) + share.milliseconds;
  }
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== 0).sort());
}

describe('state intervals and rollups', () => {
  const day = [
    change('06:00', 'RUNNING'),
    change('08:00', 'DOWN', 'JAM'),
    change('08:30', 'RUNNING'),
    change('13:30', 'IDLE', 'NO_MATERIAL'),
    change('15:00', 'OFF_SHIFT'),
  ];

  it('lasts each state until the next change and leaves the last one open', () => {
    expect(closedIntervals(day).map((interval) => [interval.change.state, (interval.end.getTime() - interval.start.getTime()) / 60_000])).toEqual([
      ['RUNNING', 120],
      ['DOWN', 30],
      ['RUNNING', 300],
      ['IDLE', 90],
    ]);
  });

  it('rolls up the same hours whatever order the changes arrive in, splitting intervals already counted', () => {
    const inOrder = rollupOf(rollupDelta(null, [], day, 'HOUR'));
    expect(inOrder[`${at('08:00').toISOString()} DOWN JAM`]).toBe(minutes(30));
    expect(inOrder[`${at('13:00').toISOString()} IDLE NO_MATERIAL`]).toBe(minutes(30));
    expect(inOrder[`${at('13:00').toISOString()} RUNNING `]).toBe(minutes(30));
    // Arrivals one by one, in every rotation of the day, must add up to the same rollup.
    for (let first = 0; first < day.length; first += 1) {
      const arrivals = [...day.slice(first), ...day.slice(0, first)];
      const known: StateChange[] = [];
      const shares: StateShare[] = [];
      for (const arrival of arrivals) {
        const sorted = [...known].sort(compareChanges);
        const predecessor = sorted.filter((candidate) => compareChanges(candidate, arrival) < 0).at(-1) ?? null;
        const existing = sorted.filter((candidate) => compareChanges(candidate, arrival) > 0);
        shares.push(...rollupDelta(predecessor, existing, [arrival], 'HOUR'));
        known.push(arrival);
      }
      expect(rollupOf(shares)).toEqual(inOrder);
    }
  });

  it('takes the later event as the state in force when two changes share an instant', () => {
    const shares = rollupDelta(null, [], [change('06:00', 'IDLE', null, 'a'), change('06:00', 'RUNNING', null, 'b'), change('07:00', 'OFF_SHIFT')], 'DAY');
    expect(rollupOf(shares)).toEqual({ [`${new Date('2026-03-02T00:00:00Z').toISOString()} RUNNING `]: minutes(60) });
  });
});

describe('OEE ratios', () => {
  it('computes availability, performance, quality and their product from times and units', () => {
    const totals = addStateTime(addStateTime(addStateTime(emptyTotals(), 'RUNNING', minutes(345)), 'DOWN', minutes(30)), 'IDLE', minutes(45));
    addStateTime(totals, 'PLANNED_DOWNTIME', minutes(60));
    addStateTime(totals, 'OFF_SHIFT', minutes(600));
    totals.idealSeconds = 590 * 30;
    totals.goodQuantity = 560;
    totals.totalQuantity = 590;
    const ratios = oeeRatios(totals);
    expect(ratios.availability).toBeCloseTo(345 / 420, 12);
    expect(ratios.performance).toBeCloseTo((590 * 30) / (345 * 60), 12);
    expect(ratios.quality).toBeCloseTo(560 / 590, 12);
    expect(ratios.oee).toBeCloseTo(ratios.availability! * ratios.performance! * ratios.quality!, 12);
    expect(oeeFraction(totals, 'AVAILABILITY')).toEqual({ numerator: 345 * 60, denominator: 420 * 60 });
    expect(shortfalls(ratios)).toEqual(['LOW_AVAILABILITY', 'LOW_PERFORMANCE', 'LOW_QUALITY']);
  });

  it('aggregates machines by summing times and units, not by averaging their ratios', () => {
    const busy = { ...emptyTotals(), plannedBusyMs: minutes(480), runMs: minutes(480), idealSeconds: 480 * 60, goodQuantity: 100, totalQuantity: 100 };
    const barelyPlanned = { ...emptyTotals(), plannedBusyMs: minutes(60), runMs: 0, idealSeconds: 0, goodQuantity: 0, totalQuantity: 0 };
    const together = oeeRatios(addTotals(addTotals(emptyTotals(), busy), barelyPlanned));
    expect(together.availability).toBeCloseTo(480 / 540, 12);
    expect(together.oee).toBeCloseTo(480 / 540, 12);
    expect(oeeRatios(barelyPlanned)).toEqual({ availability: 0, performance: null, quality: null, oee: 0 });
  });

  it('has no ratios without planned busy time or units', () => {
    expect(oeeRatios(addStateTime(emptyTotals(), 'OFF_SHIFT', minutes(480)))).toEqual({ availability: null, performance: null, quality: null, oee: null });
  });
});
