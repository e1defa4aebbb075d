import { badInput, conflict } from '@plexus/errors';
import { isRunning, isStopped, type MachineState } from '../machine/machine.rules.ts';

export const workOrderStatuses = ['RELEASED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

export const operationStatuses = ['PENDING', 'SETUP', 'RUNNING', 'PAUSED', 'COMPLETED'] as const;
export type OperationStatus = (typeof operationStatuses)[number];

/** Operations that hold their machine. */
export const activeStatuses: readonly OperationStatus[] = ['SETUP', 'RUNNING', 'PAUSED'];

export const defaultPriority = 5;
export const defaultOverReportTolerance = 0.05;

export interface NewWorkOrder {
  quantity: number;
  dueDate: string;
  priority?: number | null;
  overReportTolerance?: number | null;
}

export function validateNewWorkOrder(input: NewWorkOrder): { quantity: number; dueDate: string; priority: number; overReportTolerance: number } {
  if (!Number.isFinite(input.quantity) || input.quantity <= 0) throw badInput('Quantity must be greater than 0', { field: 'quantity' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate) || Number.isNaN(Date.parse(input.dueDate))) throw badInput('Due date must be YYYY-MM-DD', { field: 'dueDate' });
  const priority = validatePriority(input.priority ?? defaultPriority);
  const overReportTolerance = input.overReportTolerance ?? defaultOverReportTolerance;
  if (!Number.isFinite(overReportTolerance) || overReportTolerance < 0 || overReportTolerance > 1) {
    throw badInput('Over-report tolerance must be a share between 0 and 1', { field: 'overReportTolerance' });
  }
  return { quantity: input.quantity, dueDate: input.dueDate, priority, overReportTolerance };
}

export function validatePriority(priority: number): number {
  if (!Number.isInteger(priority) || priority < 1 || priority > 9) throw badInput('Priority must be a whole number from 1 (most urgent) to 9', { field: 'priority' });
  return priority;
}

/**
 * The priority a work order for a sales order gets when the order's
 * promise comes close: two days or less is the most urgent, a work week is
 * next, ten days after that. Priority only ever rises this way (a planner
 * may lower it by hand).
 */
export function priorityForPromise(current: number, promisedDate: string, now: Date): number {
  const daysLeft = (Date.parse(`${promisedDate}T00:00:00Z`) - Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`)) / 86_400_000;
  const urgency = daysLeft <= 2 ? 1 : daysLeft <= 5 ? 2 : daysLeft <= 10 ? 3 : defaultPriority;
  return Math.min(current, urgency);
}

interface RunState {
  sequence: number;
  status: OperationStatus;
  machineIds: readonly string[];
}

/**
 * Whether an operator may start an operation on a machine: the operation
 * has not started, the machine is one its routing allows, is not stopped,
 * off shift or busy with another operation, and the previous operation has
 * started (operations may overlap, never overtake).
 */
export function assertCanStart(run: RunState, machine: { id: string; code: string; state: MachineState }, previous: RunState | null, busyWith: string | null): void {
  if (run.status !== 'PENDING') throw conflict(`Operation ${run.sequence} has already ${run.status === 'COMPLETED' ? 'been completed' : 'started'}`, { field: 'operationRunId' });
  if (!run.machineIds.includes(machine.id)) throw badInput(`Machine ${machine.code} is not one the routing allows for operation ${run.sequence}`, { field: 'machineId' });
  if (isStopped(machine.state)) throw conflict(`Machine ${machine.code} is ${machine.state === 'DOWN' ? 'down' : 'in planned downtime'}`, { field: 'machineId' });
  if (machine.state === 'OFF_SHIFT') throw conflict(`Machine ${machine.code} is off shift`, { field: 'machineId' });
  if (busyWith) throw conflict(`Machine ${machine.code} is busy with ${busyWith}`, { field: 'machineId' });
  if (previous && previous.status === 'PENDING') throw conflict(`Operation ${previous.sequence} has not started yet`, { field: 'operationRunId' });
}

export interface ProductionQuantities {
  goodQuantity: number;
  scrapQuantity: number;
  scrapReason?: string | null;
  reworkQuantity: number;
  labourMinutes: number;
}

/**
 * Checks a production report: the operation runs (not in setup, paused or
 * completed) on a running machine; quantities are not negative and report
 * something; scrap names its reason; good units so far stay within the work
 * order's quantity plus its tolerance.
 */
export function assertCanReport(
  run: { sequence: number; status: OperationStatus; goodQuantity: number },
  machine: { code: string; state: MachineState },
  workOrder: { number: string; quantity: number; overReportTolerance: number },
  report: ProductionQuantities,
): string | null {
  for (const field of ['goodQuantity', 'scrapQuantity', 'reworkQuantity', 'labourMinutes'] as const) {
    if (!Number.isFinite(report[field]) || report[field] < 0) throw badInput(`${field} must be 0 or more`, { field });
  }
  if (report.goodQuantity + report.scrapQuantity + report.reworkQuantity <= 0) throw badInput('Report good, scrapped or reworked units', { field: 'goodQuantity' });
  const scrapReason = report.scrapReason?.trim().toUpperCase() || null;
  if (report.scrapQuantity > 0 && !scrapReason) throw badInput('Say why units were scrapped', { field: 'scrapReason' });
  if (report.scrapQuantity === 0 && scrapReason) throw badInput('A scrap reason needs scrapped units', { field: 'scrapReason' });
  if (run.status === 'COMPLETED') throw conflict(`Operation ${run.sequence} is completed`, { field: 'operationRunId' });
  if (run.status !== 'RUNNING') throw conflict(`Operation ${run.sequence} is ${run.status === 'PENDING' ? 'not started' : run.status === 'SETUP' ? 'still in setup' : 'paused'}`, { field: 'operationRunId' });
  if (!isRunning(machine.state)) throw conflict(`Machine ${machine.code} is ${machine.state.toLowerCase().replace('_', ' ')}, not running`, { field: 'operationRunId' });
  const allowed = workOrder.quantity * (1 + workOrder.overReportTolerance);
  // A hair of slack, so quantities that add up in decimals are not refused for binary rounding.
  if (run.goodQuantity + report.goodQuantity > allowed + 1e-9) {
    throw badInput(
      `Work order ${workOrder.number} allows ${round(allowed)} good units on operation ${run.sequence} (${workOrder.quantity} + ${round(workOrder.overReportTolerance * 100)} %); ${round(run.goodQuantity)} are reported`,
      { field: 'goodQuantity' },
    );
  }
  return scrapReason;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function assertCanComplete(run: { sequence: number; status: OperationStatus }): void {
  if (run.status === 'COMPLETED') throw conflict(`Operation ${run.sequence} is already completed`, { field: 'operationRunId' });
  if (run.status === 'PENDING') throw conflict(`Operation ${run.sequence} has not started`, { field: 'operationRunId' });
}

/** What a work order reports when its last operation completes: that operation's good units, and scrap over all of them. */
export function workOrderOutput(runs: readonly { sequence: number; goodQuantity: number; scrapQuantity: number }[]): { goodQuantity: number; scrapQuantity: number } {
  const last = [...runs].sort((a, b) => a.sequence - b.sequence).at(-1);
  return { goodQuantity: last?.goodQuantity ?? 0, scrapQuantity: runs.reduce((sum, run) => sum + run.scrapQuantity, 0) };
}
