import type { RankedBar } from '#lib/charts/ranked-bars/ranked-bars.ts';

/** One reason's downtime on one machine (analytics' `DowntimeReason`). */
export interface DowntimeEntry {
  reason: string;
  /** DOWN (unplanned) or IDLE. */
  state: string;
  seconds: number;
  occurrences: number;
}

/**
 * Downtime summed by reason across machines, longest first: a Pareto, so the
 * few reasons that cost most time are fixed first. A reason is counted apart
 * for DOWN and IDLE, since a breakdown and a wait for material are different work.
 */
export function downtimePareto(entries: readonly DowntimeEntry[]): DowntimeEntry[] {
  const causes = new Map<string, DowntimeEntry>();
  for (const entry of entries) {
    const key = `${entry.state} ${entry.reason}`;
    const cause = causes.get(key) ?? { reason: entry.reason, state: entry.state, seconds: 0, occurrences: 0 };
    cause.seconds += entry.seconds;
    cause.occurrences += entry.occurrences;
    causes.set(key, cause);
  }
  return [...causes.values()].sort((a, b) => b.seconds - a.seconds || a.reason.localeCompare(b.reason));
}

/** The causes as bars of hours, named from mes' reason codes (the code itself when mes has no name for it). */
export function downtimeBars(causes: readonly DowntimeEntry[], reasonNames: ReadonlyMap<string, string>): RankedBar[] {
  return causes.map((cause) => ({
    id: `${cause.state} ${cause.reason}`,
    label: `${reasonNames.get(cause.reason) ?? cause.reason} (${cause.state.toLowerCase()})`,
    value: cause.seconds / 3600,
    flagged: cause.state === 'DOWN',
  }));
}
