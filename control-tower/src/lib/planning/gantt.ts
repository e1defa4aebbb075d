import { defaultLocale } from '../locale.ts';

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

export const operationKey = (operation: Pick<GanttOperation, 'workOrderId' | 'sequence'>) => `${operation.workOrderId}#${operation.sequence}`;

/** When the machine is first taken: the changeover before the run. */
export const setupStartMs = (operation: GanttOperation) => Date.parse(operation.start) - operation.setupMinutes * 60_000;

/**
 * What holds an operation at its start, read off the schedule: its work
 * order's previous step ending right then (precedence), or its machine's
 * previous operation ending right then, changeover included (machine
 * conflict). Both can hold it at once; neither means its shift, release or
 * material does, which the schedule does not show.
 */
export type Hold = { kind: 'predecessor'; by: GanttOperation } | { kind: 'machine'; by: GanttOperation };

/** The engine plans in whole minutes; a minute either way is the same instant. */
const sameInstant = (a: number, b: number) => Math.abs(a - b) <= 60_000;

export function holdsOn(operation: GanttOperation, operations: readonly GanttOperation[]): Hold[] {
  const start = Date.parse(operation.start);
  let previousStep: GanttOperation | undefined;
  let previousOnMachine: GanttOperation | undefined;
  for (const other of operations) {
    if (other.workOrderId === operation.workOrderId && other.sequence < operation.sequence && (!previousStep || other.sequence > previousStep.sequence)) previousStep = other;
    if (
      other.machineId === operation.machineId &&
      operationKey(other) !== operationKey(operation) &&
      Date.parse(other.end) <= setupStartMs(operation) + 60_000 &&
      (!previousOnMachine || Date.parse(other.end) > Date.parse(previousOnMachine.end))
    ) {
      previousOnMachine = other;
    }
  }
  const holds: Hold[] = [];
  if (previousStep && sameInstant(Date.parse(previousStep.end), start)) holds.push({ kind: 'predecessor', by: previousStep });
  if (previousOnMachine && sameInstant(Date.parse(previousOnMachine.end), setupStartMs(operation))) holds.push({ kind: 'machine', by: previousOnMachine });
  return holds;
}

/** How far the operation ends past the end of its work order's due day (the engine's due instant), in ms; 0 when it does not. */
export const lateBy = (operation: GanttOperation) => Math.max(0, Date.parse(operation.end) - (Date.parse(`${operation.dueDate}T00:00:00Z`) + 86_400_000));

/** Sentences for an operation's details: what holds it, and for a late one how late it ends. */
export function whyItWaits(operation: GanttOperation, operations: readonly GanttOperation[], formatTime: (iso: string) => string): string[] {
  const sentences = holdsOn(operation, operations).map((hold) =>
    hold.kind === 'predecessor'
      ? `Waits for its step ${hold.by.sequence} on ${hold.by.machineCode}, which ends at ${formatTime(hold.by.end)} (precedence).`
      : `Waits for ${operation.machineCode}, busy with ${hold.by.workOrderNumber} step ${hold.by.sequence} until ${formatTime(hold.by.end)}${
          operation.setupMinutes ? `, then ${operation.setupMinutes} min changeover` : ''
        } (machine conflict).`,
  );
  if (!sentences.length) sentences.push('Neither a previous step nor its machine holds it: it starts when its shift, release or material allows.');
  if (operation.late) {
    const hours = Math.ceil(lateBy(operation) / 3_600_000);
    sentences.unshift(`Late: ends ${formatTime(operation.end)}, ${hours ? `${hours} h ` : ''}after its work order is due (${operation.dueDate}).`);
  }
  return sentences;
}

/** Week-to-hour zoom: how far in and out the chart may zoom from showing the whole schedule. */
export function zoomExtent(spanMs: number): [number, number] {
  const hour = 3_600_000;
  const week = 7 * 24 * hour;
  // Out to a few weeks, in to a few hours across the width.
  return [Math.min(1, spanMs / (4 * week)), Math.max(1, spanMs / (4 * hour))];
}

/**
 * Only what lies in the visible time range is drawn: a zoom or pan then
 * touches the operations on screen, not all of a long schedule's.
 */
export function visibleOperations(operations: readonly GanttOperation[], fromMs: number, toMs: number): GanttOperation[] {
  return operations.filter((operation) => setupStartMs(operation) <= toMs && Date.parse(operation.end) >= fromMs);
}

const snapSteps = [1, 5, 15, 30, 60, 180, 360, 720, 1440].map((minutes) => minutes * 60_000);

/**
 * A drag moves an operation by whole steps that are at least a few pixels
 * wide at the current zoom (minutes when zoomed into hours, hours when the
 * weeks show), so a drop lands where the eye put it and keeps its minute.
 */
export function snapShift(shiftMs: number, msPerPixel: number, minimumPixels = 6): number {
  const step = snapSteps.find((candidate) => candidate / msPerPixel >= minimumPixels) ?? snapSteps.at(-1)!;
  return Math.round(shiftMs / step) * step;
}

/** The axis labels: days at midnight, clock times within a day, in the reader's locale and UTC like the rest of the tower. */
export function tickLabel(tick: Date, locale = defaultLocale): string {
  const midnight = tick.getUTCHours() === 0 && tick.getUTCMinutes() === 0;
  const key = `${locale} ${midnight}`;
  let format = tickFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, midnight ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } : { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    tickFormats.set(key, format);
  }
  return format.format(tick);
}

/** Formatters are costly to make and a zoom step labels every tick: one per locale and kind. */
const tickFormats = new Map<string, Intl.DateTimeFormat>();
