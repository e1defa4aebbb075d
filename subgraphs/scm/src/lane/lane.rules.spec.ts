import { describe, expect, it } from 'vitest';
import { chooseLane, quantile, transitTimes, validateLane } from './lane.rules.ts';

describe('transit times of a lane', () => {
  it('fall back to the planned time without deliveries', () => {
    expect(transitTimes([], 30)).toEqual({ sampleCount: 0, medianHours: null, p80Hours: null, estimateHours: 30, latestHours: 30 });
  });

  it('keep the planned time while fewer than three deliveries say otherwise, but report what they took', () => {
    expect(transitTimes([40, 50], 30)).toEqual({ sampleCount: 2, medianHours: 45, p80Hours: 48, estimateHours: 30, latestHours: 30 });
  });

  it('use the median and the 80th percentile of the deliveries once there are three or more', () => {
    const times = transitTimes([30, 20, 50, 24, 26], 10);
    expect(times.medianHours).toBe(26);
    expect(times.p80Hours).toBeCloseTo(34, 9);
    expect(times.estimateHours).toBe(26);
    expect(times.latestHours).toBeCloseTo(34, 9);
  });

  it('interpolate quantiles between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.8)).toBe(7);
  });
});

describe('choosing a lane', () => {
  const lane = (code: string, originSiteId: string, destinationCustomerId: string | null, plannedTransitHours: number) => ({ id: code, code, originSiteId, destinationCustomerId, plannedTransitHours });
  const lanes = [lane('B-ANY-SLOW', 'berlin', null, 48), lane('B-ANY-FAST', 'berlin', null, 24), lane('B-ACME', 'berlin', 'acme', 72), lane('R-ANY', 'rotterdam', null, 12)];

  it('prefers a lane made for the customer, even if slower', () => {
    expect(chooseLane(lanes, 'berlin', 'acme')?.code).toBe('B-ACME');
  });

  it('otherwise takes the fastest general lane of the site', () => {
    expect(chooseLane(lanes, 'berlin', 'other')?.code).toBe('B-ANY-FAST');
  });

  it('finds none when the site has no lane', () => {
    expect(chooseLane(lanes, 'vienna', 'acme')).toBeNull();
  });

  it('breaks ties by code', () => {
    expect(chooseLane([lane('Z', 's', null, 5), lane('A', 's', null, 5)], 's', 'c')?.code).toBe('A');
  });
});

describe('a new lane', () => {
  it('is refused without a code, a destination or a sensible transit time', () => {
    const valid = { code: ' ber-nl ', originName: ' Berlin plant', destinationRegion: 'Netherlands', plannedTransitHours: 30 };
    expect(validateLane(valid)).toEqual({ code: 'BER-NL', originName: 'Berlin plant', destinationRegion: 'Netherlands' });
    expect(() => validateLane({ ...valid, originName: '' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateLane({ ...valid, code: ' ' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateLane({ ...valid, destinationRegion: '' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    for (const plannedTransitHours of [0, -1, Number.NaN, 24 * 91]) {
      expect(() => validateLane({ ...valid, plannedTransitHours })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
