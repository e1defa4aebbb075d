/**
 * The spans production pages look back over. The overview sums whole UTC days,
 * because OEE points are whole periods (analytics never cuts one at `from`);
 * a machine page looks back a rolling window from now, so its state timeline
 * and telemetry end at the present.
 */

const dayMs = 86_400_000;

export const machineWindows = { '1d': 1, '7d': 7, '30d': 30 } as const;
export type MachineWindow = keyof typeof machineWindows;
export const defaultMachineWindow: MachineWindow = '7d';

export const isMachineWindow = (value: string | null): value is MachineWindow => value !== null && Object.hasOwn(machineWindows, value);

/** Today and the `days - 1` UTC days before it, up to now. */
export function lastDays(days: number, now: Date): { from: Date; to: Date } {
  const today = Math.floor(now.getTime() / dayMs) * dayMs;
  return { from: new Date(today - (days - 1) * dayMs), to: now };
}

/** The window's span ending now. */
export function windowSpan(window: MachineWindow, now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - machineWindows[window] * dayMs), to: now };
}

/** Bucket sizes a reader can tell apart on an axis, and that land on the hourly and daily aggregates when they can. */
const bucketSizes = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400];

/** The smallest readable bucket (in seconds) that keeps a span to at most `maxPoints` points: a chart line has no use for more. */
export function bucketSecondsFor(spanMs: number, maxPoints = 500): number {
  const least = spanMs / 1000 / maxPoints;
  return bucketSizes.find((size) => size >= least) ?? Math.ceil(least / 86_400) * 86_400;
}
