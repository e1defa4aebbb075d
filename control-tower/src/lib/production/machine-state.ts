import type { MachineState } from '#lib/graphql/__generated__/operations.ts';

/**
 * How a machine state reads and looks. Colours follow the andon convention
 * shop floors already know: green runs, red is down, amber waits; what lies
 * outside planned busy time (ISO 22400-2) is grey.
 */
export const machineStates: readonly MachineState[] = ['RUNNING', 'SETUP', 'IDLE', 'DOWN', 'PLANNED_DOWNTIME', 'OFF_SHIFT'];

export const stateColour: Record<MachineState, string> = {
  RUNNING: '#2e7d32',
  SETUP: '#1a62d6',
  IDLE: '#e0a200',
  DOWN: '#c62828',
  PLANNED_DOWNTIME: '#8e7cc3',
  OFF_SHIFT: '#b0bac5',
};

export const stateWords: Record<MachineState, string> = {
  RUNNING: 'running',
  SETUP: 'in setup',
  IDLE: 'idle',
  DOWN: 'down',
  PLANNED_DOWNTIME: 'planned downtime',
  OFF_SHIFT: 'off shift',
};

export interface StateChange {
  at: string;
  to: MachineState;
  reason?: string | null;
}

export interface StateBand {
  state: MachineState;
  reason: string | null;
  start: Date;
  end: Date;
}

/**
 * The history as bands over [from, to): each change lasts until the next. mes
 * puts the state in force at `from` first, dated when it began, so the first
 * band is clipped to the window.
 */
export function stateBands(history: readonly StateChange[], from: Date, to: Date): StateBand[] {
  const bands: StateBand[] = [];
  history.forEach((change, index) => {
    const next = history[index + 1];
    const start = new Date(Math.max(Date.parse(change.at), from.getTime()));
    const end = new Date(Math.min(next ? Date.parse(next.at) : to.getTime(), to.getTime()));
    if (end > start) bands.push({ state: change.to, reason: change.reason ?? null, start, end });
  });
  return bands;
}

/** Hours in each state over the bands, for the legend: the timeline's colours need words beside them. */
export function hoursByState(bands: readonly StateBand[]): Map<MachineState, number> {
  const hours = new Map<MachineState, number>();
  for (const band of bands) hours.set(band.state, (hours.get(band.state) ?? 0) + (band.end.getTime() - band.start.getTime()) / 3_600_000);
  return hours;
}
