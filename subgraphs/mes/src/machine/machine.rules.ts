import { badInput } from '@plexus/errors';
import type { MachineState as ReportedState } from '@plexus/events';

/**
 * What a machine is doing. ISO 22400-2: OFF_SHIFT and PLANNED_DOWNTIME lie
 * outside planned busy time; IDLE, SETUP and DOWN are availability losses
 * inside it; RUNNING is run time.
 */
export const machineStates = ['RUNNING', 'IDLE', 'SETUP', 'DOWN', 'PLANNED_DOWNTIME', 'OFF_SHIFT'] as const;
export type MachineState = (typeof machineStates)[number];

/** States people set at a terminal; RUNNING and SETUP follow from starting and setting up operations. */
export const manualStates: readonly MachineState[] = ['IDLE', 'DOWN', 'PLANNED_DOWNTIME', 'OFF_SHIFT'];

export type DowntimeCategory = 'PLANNED' | 'UNPLANNED' | 'IDLE';

export interface DowntimeReason {
  code: string;
  category: DowntimeCategory;
}

/** Which taxonomy category a state's reason must come from (null: the state takes no reason). */
const reasonCategory: Record<MachineState, readonly DowntimeCategory[] | null> = {
  RUNNING: null,
  SETUP: null,
  OFF_SHIFT: null,
  IDLE: ['IDLE'],
  DOWN: ['UNPLANNED'],
  PLANNED_DOWNTIME: ['PLANNED'],
};

/**
 * Checks a state someone sets and returns the reason code to store: DOWN
 * needs an unplanned reason, PLANNED_DOWNTIME a planned one, IDLE may say
 * what the machine waits for; RUNNING and SETUP are refused (they come from
 * operations), OFF_SHIFT takes no reason.
 */
export function validateManualState(to: MachineState, reason: string | null | undefined, taxonomy: readonly DowntimeReason[]): string | null {
  if (!manualStates.includes(to)) throw badInput(`${to} follows from starting or setting up an operation; set ${manualStates.join(', ')} here`, { field: 'state' });
  const code = reason?.trim().toUpperCase() || null;
  const categories = reasonCategory[to];
  if (!categories) {
    if (code) throw badInput(`${to} takes no reason`, { field: 'reason' });
    return null;
  }
  if (!code) {
    if (to === 'IDLE') return null;
    throw badInput(`Say why the machine is ${to === 'DOWN' ? 'down' : 'in planned downtime'}: a reason code of the downtime taxonomy`, { field: 'reason' });
  }
  const known = taxonomy.find((entry) => entry.code === code);
  if (!known) throw badInput(`Unknown downtime reason ${code}`, { field: 'reason' });
  if (!categories.includes(known.category)) throw badInput(`${code} is a ${known.category.toLowerCase()} reason, not one for ${to}`, { field: 'reason' });
  return code;
}

/**
 * The state as the event stream carries it. The catalogue's states (what
 * analytics computes OEE from) have no SETUP: a changeover is planned busy
 * time that is not run time, so it travels as IDLE with reason SETUP and
 * ranks among the downtime reasons, as ISO 22400 counts setup an
 * availability loss.
 */
export function reportedState(state: MachineState, reason: string | null): { state: ReportedState; reason: string | null } {
  return state === 'SETUP' ? { state: 'IDLE', reason: 'SETUP' } : { state, reason };
}

/** Whether the machine may take production reports: only while it runs. */
export const isRunning = (state: MachineState) => state === 'RUNNING';

/** A machine stopped for a failure or maintenance: nothing may start or be reported on it. */
export const isStopped = (state: MachineState) => state === 'DOWN' || state === 'PLANNED_DOWNTIME';

export function validateMachineCode(code: string): string {
  const normalised = code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9._-]{1,31}$/.test(normalised)) throw badInput('Code must be 2–32 letters, digits, dots, dashes or underscores', { field: 'code' });
  return normalised;
}

export function validateIdealCycle(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) throw badInput('Ideal cycle seconds must be greater than 0', { field: 'idealCycleSeconds' });
  return seconds;
}
