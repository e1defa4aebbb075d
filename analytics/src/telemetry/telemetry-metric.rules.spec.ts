import { describe, expect, it } from 'vitest';
import { findTelemetryMetric, parseReadingTime, telemetryMetrics, validateTelemetryPoint } from './telemetry-metric.rules.ts';

const machineId = '0191f3a0-0000-7000-8000-000000000001';
const now = Date.parse('2026-11-25T12:00:00Z');
const point = (overrides: Record<string, unknown> = {}) => ({ machineId, metric: 'temperature', time: '2026-11-25T11:59:50Z', value: 71.5, ...overrides });

describe('telemetry metric catalogue', () => {
  it('names every metric once, with a unit and a range that admits something', () => {
    expect(new Set(telemetryMetrics.map((metric) => metric.name)).size).toBe(telemetryMetrics.length);
    for (const metric of telemetryMetrics) {
      expect(metric.unit).not.toBe('');
      expect(metric.min).toBeLessThan(metric.max);
    }
    expect(findTelemetryMetric('state')?.integer).toBe(true);
    expect(findTelemetryMetric('colour')).toBeUndefined();
  });
});

describe('reading times', () => {
  it('reads ISO 8601 with Z or an offset, to the millisecond', () => {
    expect(parseReadingTime('2026-11-25T10:00:00Z')).toBe(Date.parse('2026-11-25T10:00:00Z'));
    expect(parseReadingTime('2026-11-25T11:00:00.250+01:00')).toBe(Date.parse('2026-11-25T10:00:00.250Z'));
    expect(parseReadingTime('2026-11-25T05:30-0430')).toBe(Date.parse('2026-11-25T10:00:00Z'));
    expect(parseReadingTime('2026-11-25T10:00:00.123456Z')).toBe(Date.parse('2026-11-25T10:00:00.123Z'));
  });

  it('refuses times without an offset, impossible dates and clock values, and dates before 1970', () => {
    for (const text of ['2026-11-25T10:00:00', '2026-02-30T00:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25T10:60:00Z', '2026-13-01T00:00:00Z', '1969-12-31T23:59:59Z', '25/11/2026 10:00', '2026-11-25 10:00:00Z']) {
      expect(parseReadingTime(text), text).toBeNaN();
    }
  });
});

describe('validating one telemetry point', () => {
  const limits = { now };

  it('accepts a well-formed reading and keeps the sender’s time text', () => {
    expect(validateTelemetryPoint(point(), limits)).toEqual({ machineId, metric: 'temperature', time: '2026-11-25T11:59:50Z', timeMs: Date.parse('2026-11-25T11:59:50Z'), value: 71.5 });
  });

  it.each([
    ['a malformed machine id', point({ machineId: 'press-7' }), 'machineId must be a UUID'],
    ['a missing machine id', point({ machineId: undefined }), 'machineId must be a UUID'],
    ['an unknown metric', point({ metric: 'colour' }), 'unknown metric "colour"'],
    ['a missing value', point({ value: undefined }), 'value is missing'],
    ['a null value', point({ value: null }), 'value is missing'],
    ['a value as text', point({ value: '71.5' }), 'value must be a finite number'],
    ['an infinite value (1e400 in JSON)', point({ value: Number.POSITIVE_INFINITY }), 'value must be a finite number'],
    ['NaN', point({ value: Number.NaN }), 'value must be a finite number'],
    ['a value outside the metric’s range', point({ value: -300 }), 'temperature -300 °C is outside -273.15…5000'],
    ['a fractional state code', point({ metric: 'state', value: 1.5 }), 'state must be a whole number'],
    ['a malformed time', point({ time: 'yesterday' }), 'time "yesterday" is not an ISO 8601 time with an offset'],
    ['a time as a number', point({ time: 1764000000000 }), 'time is missing'],
    ['a time beyond the 5-minute tolerance', point({ time: '2026-11-25T12:05:01Z' }), 'time 2026-11-25T12:05:01Z is more than 5 minutes in the future'],
    ['an array', [point()], 'not a JSON object'],
  ])('refuses %s', (_case, input, reason) => {
    expect(validateTelemetryPoint(input, limits)).toBe(reason);
  });

  it('accepts a reading up to 5 minutes ahead of the clock', () => {
    expect(validateTelemetryPoint(point({ time: '2026-11-25T12:05:00Z' }), limits)).toMatchObject({ value: 71.5 });
  });

  it('refuses readings older than retention', () => {
    expect(validateTelemetryPoint(point(), { now, oldestMs: now })).toBe('time 2026-11-25T11:59:50Z is older than the retention period');
  });

  it('takes the machine from the channel when the point omits it, and refuses a point that contradicts it', () => {
    expect(validateTelemetryPoint(point({ machineId: undefined }), { now, machineId })).toMatchObject({ machineId });
    expect(validateTelemetryPoint(point({ machineId: machineId.toUpperCase() }), { now, machineId })).toMatchObject({ value: 71.5 });
    const other = '0191f3a0-0000-7000-8000-000000000002';
    expect(validateTelemetryPoint(point({ machineId: other }), { now, machineId })).toBe(`machineId ${other} does not match the topic's machine ${machineId}`);
  });
});
