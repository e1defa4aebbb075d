/** One operation on the Gantt chart, as the page gets it from the graph. */
export interface GanttOperation {
  workOrderId: string;
  workOrderNumber: string;
  itemSku: string;
  sequence: number;
  machineId: string;
  machineCode: string;
  start: string;
  end: string;
  setupMinutes: number;
  late: boolean;
  dueDate: string;
}

export type GanttView = 'machine' | 'order';

export interface GanttRow {
  key: string;
  label: string;
}

/** The rows of a view: machines by code, or work orders by number. */
export function ganttRows(operations: readonly GanttOperation[], view: GanttView): GanttRow[] {
  const rows = new Map<string, string>();
  for (const operation of operations) {
    if (view === 'machine') rows.set(operation.machineId, operation.machineCode);
    else rows.set(operation.workOrderId, operation.workOrderNumber);
  }
  return [...rows].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

export const rowKey = (operation: GanttOperation, view: GanttView) => (view === 'machine' ? operation.machineId : operation.workOrderId);

/**
 * Why an operation starts when it does, for a late one's details: the step
 * before it in its work order ends right then (precedence), or the machine's
 * previous operation plus changeover does (machine conflict); otherwise it
 * waits for the calendar or its material.
 */
export function whyItWaits(operation: GanttOperation, operations: readonly GanttOperation[]): string {
  const start = Date.parse(operation.start);
  const setupStart = start - operation.setupMinutes * 60_000;
  const previousStep = operations
    .filter((other) => other.workOrderId === operation.workOrderId && other.sequence < operation.sequence)
    .sort((a, b) => b.sequence - a.sequence)[0];
  const previousOnMachine = operations
    .filter((other) => other.machineId === operation.machineId && Date.parse(other.end) <= setupStart && other !== operation)
    .sort((a, b) => Date.parse(b.end) - Date.parse(a.end))[0];
  const tolerance = 60_000;
  if (previousOnMachine && setupStart - Date.parse(previousOnMachine.end) <= tolerance && (!previousStep || Date.parse(previousStep.end) < start - tolerance)) {
    return `Machine ${operation.machineCode} is busy with ${previousOnMachine.workOrderNumber} step ${previousOnMachine.sequence} until ${previousOnMachine.end.slice(11, 16)}${operation.setupMinutes ? `, then ${operation.setupMinutes} min changeover` : ''}`;
  }
  if (previousStep && Math.abs(start - Date.parse(previousStep.end)) <= tolerance + operation.setupMinutes * 60_000) {
    return `Waits for its step ${previousStep.sequence} on ${previousStep.machineCode}, which ends at ${previousStep.end.slice(11, 16)}`;
  }
  return 'Waits for the machine’s shift or its material';
}

/** Week-to-hour zoom: how far in and out the chart may zoom from showing the whole schedule. */
export function zoomExtent(spanMs: number): [number, number] {
  const hour = 3_600_000;
  const week = 7 * 24 * hour;
  // Out to a few weeks, in to a few hours across the width.
  return [Math.min(1, spanMs / (4 * week)), Math.max(1, spanMs / (4 * hour))];
}
