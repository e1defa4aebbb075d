import type { Job, Machine, Operation, Schedule, SchedulingProblem } from '../scheduling/model.ts';
import { machineWindows, weeklyShiftMinutes, type SiteCalendar, type Span } from './working-calendar.rules.ts';

/**
 * The shop floor as aps knows it from events (mes work orders and
 * machines, erp routings, wms stock, srm inbound), turned into the
 * scheduling engine's problem, and the engine's schedule turned back into
 * operations on dates. A job is a work order, an operation one routing step
 * (its id the step's sequence), a setup family an item's step: changing
 * from anything else to it costs the step's setup minutes.
 */

export interface ShopWorkOrder {
  id: string;
  number: string;
  itemId: string;
  quantity: number;
  /** `YYYY-MM-DD`: due by the end of that day. */
  dueDate: string;
  /** 1 is the most urgent. */
  priority: number;
  salesOrderId: string | null;
}

export interface RoutingStep {
  sequence: number;
  workCenterId: string;
  setupMinutes: number;
  runSecondsPerUnit: number;
  /** Machines that may run the step; empty: any machine of the work center. */
  machineIds: string[];
}

export interface ShopMachine {
  id: string;
  /** As mes registered it, e.g. CUT-1: how planners name the machine. */
  code: string;
  workCenterId: string;
}

export interface PlacedOperation {
  workOrderId: string;
  sequence: number;
  machineId: string;
  start: Date;
  end: Date;
}

export interface ShopFloor {
  now: Date;
  /** Days from `now`'s day planned ahead. */
  days: number;
  /** Operations of the live schedule starting before now + this stay where they are. */
  frozenMinutes: number;
  workOrders: ShopWorkOrder[];
  routings: ReadonlyMap<string, RoutingStep[]>;
  /** `workOrderId#sequence` of operations mes reported done. */
  doneOperations: ReadonlySet<string>;
  machines: ShopMachine[];
  calendar: SiteCalendar;
  downtime: ReadonlyMap<string, Span[]>;
  extraShifts: ReadonlyMap<string, Span[]>;
  /** A scenario's priorities by work order, replacing mes's. */
  priorities: ReadonlyMap<string, number>;
  /** When a work order's material is there, if later than now. */
  materialReadyAt: ReadonlyMap<string, Date>;
  /** The live schedule's operations. */
  published: readonly PlacedOperation[];
}

export type SkipReason = 'NO_ROUTING' | 'NO_MACHINE';

export interface ShopProblem {
  problem: SchedulingProblem;
  /** Minute 0 of the problem: midnight UTC a week before now, so work started in the last days keeps its place. */
  epoch: Date;
  nowMinute: number;
  horizonDays: number;
  /** Work orders that cannot be scheduled, and why. */
  skipped: { workOrderId: string; reason: SkipReason }[];
}

export const operationKey = (workOrderId: string, sequence: number | string) => `${workOrderId}#${sequence}`;

/** The engine's weight of a priority: 1 (most urgent) weighs 10, 10 and beyond weigh 1. */
export const weightOf = (priority: number) => Math.max(1, 11 - Math.min(10, Math.max(1, Math.round(priority))));

const familyOf = (itemId: string, sequence: number) => `${itemId}#${sequence}`;

export function shopProblem(floor: ShopFloor): ShopProblem {
  const nowDay = Date.UTC(floor.now.getUTCFullYear(), floor.now.getUTCMonth(), floor.now.getUTCDate());
  const epoch = new Date(nowDay - 7 * 86_400_000);
  const minuteOf = (at: Date) => Math.round((at.getTime() - epoch.getTime()) / 60_000);
  const nowMinute = minuteOf(floor.now);
  const byWorkCenter = new Map<string, string[]>();
  for (const machine of floor.machines) byWorkCenter.set(machine.workCenterId, [...(byWorkCenter.get(machine.workCenterId) ?? []), machine.id]);
  const known = new Set(floor.machines.map((machine) => machine.id));
  const published = new Map(floor.published.map((operation) => [operationKey(operation.workOrderId, operation.sequence), operation]));
  const frozenUntil = nowMinute + floor.frozenMinutes;
  const setupTimes: Record<string, Record<string, number>> = {};
  const familiesByMachine = new Map<string, Map<string, number>>();
  const jobs: Job[] = [];
  const skipped: ShopProblem['skipped'] = [];
  let serialMinutes = 0;
  let latestReady = nowMinute;

  for (const order of floor.workOrders) {
    const steps = (floor.routings.get(order.itemId) ?? []).filter((step) => !floor.doneOperations.has(operationKey(order.id, step.sequence)));
    if (!floor.routings.get(order.itemId)?.length) {
      skipped.push({ workOrderId: order.id, reason: 'NO_ROUTING' });
      continue;
    }
    if (steps.length === 0) continue;
    const ready = Math.max(nowMinute, floor.materialReadyAt.has(order.id) ? minuteOf(floor.materialReadyAt.get(order.id)!) : nowMinute);
    const operations: Operation[] = [];
    let missingMachine = false;
    for (const step of [...steps].sort((a, b) => a.sequence - b.sequence)) {
      const eligible = (step.machineIds.length > 0 ? step.machineIds : (byWorkCenter.get(step.workCenterId) ?? [])).filter((id) => known.has(id));
      if (eligible.length === 0) {
        missingMachine = true;
        break;
      }
      const duration = Math.max(1, Math.ceil((order.quantity * step.runSecondsPerUnit) / 60));
      serialMinutes += duration + Math.max(0, step.setupMinutes);
      const family = familyOf(order.itemId, step.sequence);
      for (const machineId of eligible) {
        const families = familiesByMachine.get(machineId) ?? new Map<string, number>();
        families.set(family, step.setupMinutes);
        familiesByMachine.set(machineId, families);
      }
      const placed = published.get(operationKey(order.id, step.sequence));
      const frozen = placed && minuteOf(placed.start) >= 0 && minuteOf(placed.start) < frozenUntil && eligible.includes(placed.machineId) ? { machineId: placed.machineId, start: minuteOf(placed.start) } : undefined;
      operations.push({
        id: String(step.sequence),
        alternatives: eligible.map((machineId) => ({ machineId, duration })),
        setupFamily: family,
        // A long operation carries on in the next shift.
        splittable: true,
        ...(frozen ? { frozen } : {}),
        // Nothing new starts in the past; the first step also waits for its material.
        ...(frozen ? {} : { materialReadyAt: operations.length === 0 ? ready : nowMinute }),
      });
    }
    if (missingMachine) {
      skipped.push({ workOrderId: order.id, reason: 'NO_MACHINE' });
      continue;
    }
    latestReady = Math.max(latestReady, ready);
    // The engine sees nothing before its epoch: a work order due earlier is due at minute 0, and as late as any.
    const dueMinute = Math.max(0, minuteOf(new Date(`${order.dueDate}T00:00:00Z`)) + 1440);
    jobs.push({ id: order.id, due: dueMinute, weight: weightOf(floor.priorities.get(order.id) ?? order.priority), operations });
  }
  // Changing over to a family costs its step's setup, whatever ran before; the same family runs on without one.
  for (const families of familiesByMachine.values()) {
    for (const [to, minutes] of families) {
      if (minutes <= 0) continue;
      for (const from of families.keys()) {
        if (from === to) continue;
        (setupTimes[from] ??= {})[to] = minutes;
      }
    }
  }
  const lastPublished = Math.max(0, ...floor.published.map((operation) => minuteOf(operation.end)));
  const horizonDays = calendarDaysFor({ plannedDays: floor.days, calendar: floor.calendar, serialMinutes, latestReady, lastPublished });
  const machines: Machine[] = floor.machines.map((machine) => ({
    id: machine.id,
    calendar: machineWindows(epoch, horizonDays, floor.calendar, floor.downtime.get(machine.id) ?? [], floor.extraShifts.get(machine.id) ?? []),
  }));
  return { problem: { machines, jobs, setupTimes }, epoch, nowMinute, horizonDays, skipped };
}

/** Beyond a year, a schedule says nothing a planner can act on; the engine then reports the work that does not fit. */
const maxCalendarDays = 366;

/**
 * Days of calendar (from the epoch) the engine gets. The planner's days are
 * what they look at, but the work does not stop there: an overloaded plant's
 * operations run past them, so the calendar also covers the live schedule's
 * last operation and all remaining work run one after another on the site's
 * weekly shifts (an upper bound: machines work in parallel), plus a week of
 * slack for holidays and downtime. Otherwise the engine would refuse work
 * that merely ends late.
 */
export function calendarDaysFor(at: { plannedDays: number; calendar: SiteCalendar; serialMinutes: number; latestReady: number; lastPublished: number }): number {
  const weeklyMinutes = weeklyShiftMinutes(at.calendar);
  const serialDays = weeklyMinutes > 0 ? Math.ceil((7 * at.serialMinutes) / weeklyMinutes) : 0;
  const needed = Math.max(at.plannedDays + 7, Math.ceil(at.lastPublished / 1440) + 7, Math.ceil(at.latestReady / 1440) + serialDays + 7);
  return Math.min(needed, maxCalendarDays);
}

export interface ScheduledRow {
  workOrderId: string;
  sequence: number;
  machineId: string;
  start: Date;
  end: Date;
  setupMinutes: number;
  /** The operation ends after its work order's due date. */
  late: boolean;
}

/** The engine's schedule on dates, each operation marked late when it ends after its work order is due. */
export function scheduledRows(shop: ShopProblem, schedule: Schedule): ScheduledRow[] {
  const at = (minute: number) => new Date(shop.epoch.getTime() + minute * 60_000);
  const due = new Map(shop.problem.jobs.map((job) => [job.id, job.due ?? Number.POSITIVE_INFINITY]));
  return schedule.operations
    .map((operation) => ({
      workOrderId: operation.jobId,
      sequence: Number(operation.operationId),
      machineId: operation.machineId,
      start: at(operation.start),
      end: at(operation.end),
      setupMinutes: operation.setup,
      late: operation.end > due.get(operation.jobId)!,
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.machineId.localeCompare(b.machineId));
}
