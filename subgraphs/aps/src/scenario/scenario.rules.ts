import { badInput, conflict } from '@plexus/errors';
import { isCalendarDate, weekStartOf } from '../calendar-date.ts';

/**
 * A scenario copy stores only what it changes (copy-on-write): everything
 * else it reads from the live plan's data. These rules say what a change
 * may be and lay the changes over the shared data.
 */

export interface DemandChange {
  itemId: string;
  weekStart: string;
  /** The forecast quantity of the week in this scenario, replacing the live one. */
  quantity: number;
}

export interface WeeklyForecast {
  itemId: string;
  weekStart: string;
  quantity: number;
}

/** The live plan is changed by the systems that feed it, never by scenario edits: those go to a copy. */
export function assertEditable(scenario: { live: boolean; name: string }): void {
  if (scenario.live) throw conflict(`${scenario.name} is the live plan: copy it to a scenario and change the copy`, { live: true });
}

export function validateDemandChange(change: DemandChange): DemandChange {
  if (!isCalendarDate(change.weekStart)) throw badInput('weekStart must be a YYYY-MM-DD date', { field: 'weekStart' });
  if (!Number.isFinite(change.quantity) || change.quantity < 0) throw badInput('quantity must be zero or more', { field: 'quantity' });
  return { ...change, weekStart: weekStartOf(change.weekStart) };
}

export const demandChangeKey = (change: Pick<DemandChange, 'itemId' | 'weekStart'>) => `${change.itemId}@${change.weekStart}`;

/** The forecasts as the scenario sees them: a changed item and week takes the scenario's quantity, everything else is shared. */
export function applyDemandChanges(forecasts: readonly WeeklyForecast[], changes: readonly DemandChange[]): WeeklyForecast[] {
  const changed = new Map(changes.map((change) => [demandChangeKey(change), change]));
  const result = forecasts.filter((forecast) => !changed.has(demandChangeKey(forecast)));
  for (const change of changed.values()) if (change.quantity > 0) result.push({ itemId: change.itemId, weekStart: change.weekStart, quantity: change.quantity });
  return result.sort((a, b) => a.itemId.localeCompare(b.itemId) || a.weekStart.localeCompare(b.weekStart));
}

/** A machine down (MACHINE_DOWN) or working extra (EXTRA_SHIFT) over a span, in a scenario. */
export interface CapacityChange {
  machineId: string;
  from: string;
  to: string;
}

export function validateCapacityChange(change: { machineId: string; from: Date; to: Date }): CapacityChange {
  if (Number.isNaN(change.from.getTime()) || Number.isNaN(change.to.getTime()) || change.to <= change.from) throw badInput('The span must end after it starts', { field: 'to' });
  if (change.to.getTime() - change.from.getTime() > 366 * 86_400_000) throw badInput('A capacity change spans at most a year', { field: 'to' });
  return { machineId: change.machineId, from: change.from.toISOString(), to: change.to.toISOString() };
}

export const capacityChangeKey = (change: CapacityChange) => `${change.machineId}@${change.from}`;

/** A work order's priority in a scenario: 1 is the most urgent. */
export interface PriorityChange {
  workOrderId: string;
  priority: number;
}

export function validatePriorityChange(change: PriorityChange): PriorityChange {
  if (!Number.isInteger(change.priority) || change.priority < 1 || change.priority > 99) throw badInput('priority is a whole number from 1 (most urgent) to 99', { field: 'priority' });
  return change;
}
