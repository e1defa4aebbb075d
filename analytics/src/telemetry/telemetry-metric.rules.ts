import { isId } from '@plexus/db';

/** A metric telemetry ingest accepts, with the physical range a reading must fall in. */
export interface TelemetryMetric {
  name: string;
  unit: string;
  description: string;
  min: number;
  max: number;
  /** Codes, not measurements: only whole numbers. */
  integer: boolean;
}

export const telemetryMetrics: readonly TelemetryMetric[] = [
  { name: 'temperature', unit: '°C', description: 'Process or spindle temperature.', min: -273.15, max: 5000, integer: false },
  { name: 'pressure', unit: 'bar', description: 'Absolute hydraulic or pneumatic pressure.', min: 0, max: 10_000, integer: false },
  { name: 'speed', unit: 'rpm', description: 'Spindle or drive speed.', min: 0, max: 1_000_000, integer: false },
  {
    name: 'state',
    unit: 'code',
    description: 'Machine state as a code: 0 off, 1 idle, 2 running, 3 down, 4 setup (as mes.MachineStateChanged).',
    min: 0,
    max: 4,
    integer: true,
  },
  { name: 'power', unit: 'kW', description: 'Electrical power drawn.', min: 0, max: 100_000, integer: false },
  { name: 'vibration', unit: 'mm/s', description: 'Vibration velocity (RMS), ISO 10816.', min: 0, max: 1000, integer: false },
];

const metricsByName = new Map(telemetryMetrics.map((metric) => [metric.name, metric]));

export function findTelemetryMetric(name: string): TelemetryMetric | undefined {
  return metricsByName.get(name);
}

/**
 * How far ahead of the server's clock a reading may be. Gateways without a
 * synchronised clock drift by seconds to a few minutes; anything later is a
 * clock fault, and storing it would claim the slot (machine, metric, time)
 * the real reading will need, since duplicates are skipped.
 */
export const futureToleranceMs = 5 * 60_000;

/** A reading that passed validation, ready to store. `time` is the sender's ISO text, which PostgreSQL parses to the microsecond. */
export interface TelemetryReading {
  machineId: string;
  metric: string;
  time: string;
  timeMs: number;
  value: number;
}

export interface ReadingLimits {
  now: number;
  /** Readings before this instant are beyond retention and would be dropped at once. */
  oldestMs?: number | undefined;
  /** The machine a channel speaks for (an MQTT topic); a point may then omit machineId but not contradict it. */
  machineId?: string | undefined;
}

// Year, month, day, hour, minute, optional seconds and fraction, then Z or an offset; PostgreSQL reads every form this admits.
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Epoch milliseconds of an ISO 8601 time with an offset, or NaN when it is malformed, names an impossible instant (2026-02-30) or predates 1970. */
export function parseReadingTime(text: string): number {
  const match = isoPattern.exec(text);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const offsetMs = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * 60_000;
  if (!zulu && (Number(offsetHours) > 15 || Number(offsetMinutes ?? 0) > 59)) return Number.NaN;
  const milliseconds = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offsetMs;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks one point as it arrived (parsed JSON or a GraphQL input) and returns
 * the reading, or why it is refused; each point is judged alone so one bad
 * reading never costs the batch.
 */
export function validateTelemetryPoint(point: unknown, limits: ReadingLimits): TelemetryReading | string {
  if (typeof point !== 'object' || point === null || Array.isArray(point)) return 'not a JSON object';
  const { machineId: rawMachineId, metric, time, value } = point as Record<string, unknown>;
  const machineId = rawMachineId ?? limits.machineId;
  if (typeof machineId !== 'string' || !isId(machineId)) return 'machineId must be a UUID';
  if (limits.machineId !== undefined && machineId.toLowerCase() !== limits.machineId.toLowerCase()) {
    return `machineId ${machineId} does not match the topic's machine ${limits.machineId}`;
  }
  if (typeof metric !== 'string') return 'metric is missing';
  const definition = metricsByName.get(metric);
  if (!definition) return `unknown metric ${JSON.stringify(metric)}`;
  if (typeof time !== 'string') return 'time is missing';
  const timeMs = parseReadingTime(time);
  if (Number.isNaN(timeMs)) return `time ${JSON.stringify(time)} is not an ISO 8601 time with an offset`;
  if (timeMs > limits.now + futureToleranceMs) return `time ${time} is more than 5 minutes in the future`;
  if (limits.oldestMs !== undefined && timeMs < limits.oldestMs) return `time ${time} is older than the retention period`;
  if (value === undefined || value === null) return 'value is missing';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'value must be a finite number';
  if (value < definition.min || value > definition.max) {
    return `${metric} ${value} ${definition.unit} is outside ${definition.min}…${definition.max}`;
  }
  if (definition.integer && !Number.isInteger(value)) return `${metric} must be a whole number`;
  return { machineId, metric, time, timeMs, value };
}
