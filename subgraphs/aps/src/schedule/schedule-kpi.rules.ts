import type { TimeWindow } from '../scheduling/model.ts';
import type { ScheduledRow, ShopWorkOrder } from './shop-problem.rules.ts';
import { workingMinutes } from './working-calendar.rules.ts';

/** How good a schedule is, in the planner's units; scenarios are compared on these. */
export interface ScheduleKpis {
  operations: number;
  workOrders: number;
  lateWorkOrders: number;
  /** Sum over late work orders of how late they finish. */
  totalLatenessHours: number;
  /** From now to the last operation's end. */
  makespanHours: number;
  /** Busy time (setups included) over working time of the machines used, from now to the last end; 0 to 1. */
  utilisation: number;
}

const HOUR = 3_600_000;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Work orders' completions: the end of their last operation. */
export function completions(rows: readonly ScheduledRow[]): Map<string, Date> {
  const byOrder = new Map<string, Date>();
  for (const row of rows) if (!byOrder.has(row.workOrderId) || byOrder.get(row.workOrderId)! < row.end) byOrder.set(row.workOrderId, row.end);
  return byOrder;
}

export const dueInstant = (dueDate: string) => new Date(Date.parse(`${dueDate}T00:00:00Z`) + 86_400_000);

export function scheduleKpis(rows: readonly ScheduledRow[], workOrders: readonly ShopWorkOrder[], now: Date, windows: ReadonlyMap<string, TimeWindow[]>, epoch: Date): ScheduleKpis {
  const finished = completions(rows);
  let late = 0;
  let lateness = 0;
  for (const order of workOrders) {
    const completion = finished.get(order.id);
    if (!completion) continue;
    const by = completion.getTime() - dueInstant(order.dueDate).getTime();
    if (by > 0) {
      late += 1;
      lateness += by / HOUR;
    }
  }
  const lastEnd = Math.max(now.getTime(), ...rows.map((row) => row.end.getTime()));
  const minuteOf = (at: number) => (at - epoch.getTime()) / 60_000;
  const [from, to] = [minuteOf(now.getTime()), minuteOf(lastEnd)];
  const used = new Set(rows.map((row) => row.machineId));
  let available = 0;
  for (const machineId of used) available += workingMinutes(windows.get(machineId) ?? [], from, to);
  let busy = 0;
  for (const row of rows) {
    const start = Math.max(from, minuteOf(row.start.getTime()) - row.setupMinutes);
    busy += Math.max(0, minuteOf(row.end.getTime()) - start) > 0 ? workingMinutes(windows.get(row.machineId) ?? [], start, minuteOf(row.end.getTime())) : 0;
  }
  return {
    operations: rows.length,
    workOrders: finished.size,
    lateWorkOrders: late,
    totalLatenessHours: round(lateness),
    makespanHours: round((lastEnd - now.getTime()) / HOUR),
    utilisation: available > 0 ? round(Math.min(1, busy / available), 4) : 0,
  };
}

/** What a scenario changes against another, KPI by KPI: positive means more. */
export function kpiDeltas(base: ScheduleKpis, other: ScheduleKpis): ScheduleKpis {
  return {
    operations: other.operations - base.operations,
    workOrders: other.workOrders - base.workOrders,
    lateWorkOrders: other.lateWorkOrders - base.lateWorkOrders,
    totalLatenessHours: round(other.totalLatenessHours - base.totalLatenessHours),
    makespanHours: round(other.makespanHours - base.makespanHours),
    utilisation: round(other.utilisation - base.utilisation, 4),
  };
}
