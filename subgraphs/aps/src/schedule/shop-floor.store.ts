import { execute, type EntityManager } from '@plexus/db';
import { calendarDate } from '../calendar-date.ts';
import type { ScenarioChange } from '../scenario/scenario.entity.ts';
import type { CapacityChange, PriorityChange } from '../scenario/scenario.rules.ts';
import { materialReadiness } from './material-readiness.rules.ts';
import type { PlacedOperation, RoutingStep, ShopFloor, ShopWorkOrder } from './shop-problem.rules.ts';
import { defaultSiteCalendar, type SiteCalendar, type Span } from './working-calendar.rules.ts';

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export async function readSiteCalendar(em: EntityManager, siteId: string): Promise<SiteCalendar> {
  const [row] = await execute<{ shifts: unknown; holidays: unknown; frozen_hours: string }[]>(em, 'SELECT shifts, holidays, frozen_hours FROM aps.site_calendar WHERE site_id = ?', [siteId]);
  return row ? { shifts: json(row.shifts), holidays: json(row.holidays), frozenHours: Number(row.frozen_hours) } : defaultSiteCalendar;
}

/** The operations of a schedule version, by start. */
export async function readScheduledOperations(em: EntityManager, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  const rows = await execute<
    { schedule_version_id: string; work_order_id: string; sequence: number; machine_id: string; start_time: string | Date; end_time: string | Date; setup_minutes: string; late: boolean }[]
  >(
    em,
    `SELECT schedule_version_id, work_order_id, sequence, machine_id, start_time, end_time, setup_minutes, late FROM aps.scheduled_operation
     WHERE schedule_version_id IN (${versionIds.map(() => '?').join(', ')}) ORDER BY start_time, machine_id, work_order_id, sequence`,
    [...versionIds],
  );
  return rows.map((row) => ({
    scheduleVersionId: row.schedule_version_id,
    workOrderId: row.work_order_id,
    sequence: Number(row.sequence),
    machineId: row.machine_id,
    start: new Date(row.start_time),
    end: new Date(row.end_time),
    setupMinutes: Number(row.setup_minutes),
    late: row.late,
  }));
}

/**
 * The shop floor of a site as aps knows it, with a scenario's changes laid
 * over it (machines down, extra shifts, priorities); `published` is the
 * schedule in force (the scenario's own, else the live plan's), frozen for
 * the site's frozen horizon.
 */
export async function readShopFloor(
  em: EntityManager,
  at: { siteId: string; now: Date; days: number; changes: readonly ScenarioChange[]; publishedVersionId: string | null },
): Promise<ShopFloor> {
  const machines = await execute<{ id: string; code: string; work_center_id: string }[]>(em, 'SELECT id, code, work_center_id FROM aps.machine WHERE site_id = ? ORDER BY code, id', [at.siteId]);
  const orders = await execute<{ id: string; number: string; item_id: string; quantity: string; due_date: string | Date; priority: number; sales_order_id: string | null }[]>(
    em,
    'SELECT id, number, item_id, quantity, due_date, priority, sales_order_id FROM aps.work_order WHERE open AND site_id = ? ORDER BY due_date, number',
    [at.siteId],
  );
  const workOrders: ShopWorkOrder[] = orders.map((row) => ({
    id: row.id,
    number: row.number,
    itemId: row.item_id,
    quantity: Number(row.quantity),
    dueDate: calendarDate(row.due_date),
    priority: Number(row.priority),
    salesOrderId: row.sales_order_id,
  }));
  const steps = await execute<{ item_id: string; sequence: number; work_center_id: string; setup_minutes: string; run_seconds_per_unit: string; machine_ids: unknown }[]>(
    em,
    'SELECT item_id, sequence, work_center_id, setup_minutes, run_seconds_per_unit, machine_ids FROM aps.routing_step ORDER BY item_id, sequence',
  );
  const routings = new Map<string, RoutingStep[]>();
  for (const row of steps) {
    const step = { sequence: Number(row.sequence), workCenterId: row.work_center_id, setupMinutes: Number(row.setup_minutes), runSecondsPerUnit: Number(row.run_seconds_per_unit), machineIds: json<string[]>(row.machine_ids) };
    routings.set(row.item_id, [...(routings.get(row.item_id) ?? []), step]);
  }
  const done = await execute<{ work_order_id: string; sequence: number }[]>(
    em,
    'SELECT d.work_order_id, d.sequence FROM aps.operation_done d JOIN aps.work_order w ON w.id = d.work_order_id WHERE w.open AND w.site_id = ?',
    [at.siteId],
  );
  const downtimeRows = await execute<{ machine_id: string; from_time: string | Date; to_time: string | Date }[]>(
    em,
    'SELECT d.machine_id, d.from_time, d.to_time FROM aps.machine_downtime d JOIN aps.machine m ON m.id = d.machine_id WHERE m.site_id = ?',
    [at.siteId],
  );
  const downtime = new Map<string, Span[]>();
  const extraShifts = new Map<string, Span[]>();
  const add = (into: Map<string, Span[]>, machineId: string, span: Span) => into.set(machineId, [...(into.get(machineId) ?? []), span]);
  for (const row of downtimeRows) add(downtime, row.machine_id, { from: new Date(row.from_time), to: new Date(row.to_time) });
  const priorities = new Map<string, number>();
  for (const change of at.changes) {
    if (change.kind === 'MACHINE_DOWN' || change.kind === 'EXTRA_SHIFT') {
      const value = change.value as unknown as CapacityChange;
      add(change.kind === 'MACHINE_DOWN' ? downtime : extraShifts, value.machineId, { from: new Date(value.from), to: new Date(value.to) });
    } else if (change.kind === 'PRIORITY') {
      const value = change.value as unknown as PriorityChange;
      priorities.set(value.workOrderId, value.priority);
    }
  }
  const bom = await execute<{ parent_id: string; component_id: string; quantity_per: string }[]>(em, 'SELECT parent_id, component_id, quantity_per FROM aps.bom_link');
  const stock = await execute<{ item_id: string; quantity: string }[]>(
    em,
    'SELECT s.item_id, sum(s.quantity) AS quantity FROM aps.stock s JOIN aps.warehouse w ON w.id = s.warehouse_id WHERE w.site_id = ? GROUP BY s.item_id',
    [at.siteId],
  );
  const inbound = await execute<{ item_id: string; open_quantity: string; due_date: string | Date }[]>(
    em,
    'SELECT item_id, quantity - received_quantity AS open_quantity, due_date FROM aps.purchase_order_line WHERE open AND site_id = ?',
    [at.siteId],
  );
  const published: PlacedOperation[] = at.publishedVersionId ? await readScheduledOperations(em, [at.publishedVersionId]) : [];
  const calendar = await readSiteCalendar(em, at.siteId);
  return {
    now: at.now,
    days: at.days,
    frozenMinutes: Math.round(calendar.frozenHours * 60),
    workOrders,
    routings,
    doneOperations: new Set(done.map((row) => `${row.work_order_id}#${Number(row.sequence)}`)),
    machines: machines.map((row) => ({ id: row.id, code: row.code, workCenterId: row.work_center_id })),
    calendar,
    downtime,
    extraShifts,
    priorities,
    materialReadyAt: materialReadiness(
      workOrders.map((order) => ({ ...order, priority: priorities.get(order.id) ?? order.priority })),
      bom.map((row) => ({ parentId: row.parent_id, componentId: row.component_id, quantityPer: Number(row.quantity_per) })),
      new Map(stock.map((row) => [row.item_id, Number(row.quantity)])),
      inbound.map((row) => ({ itemId: row.item_id, quantity: Number(row.open_quantity), dueDate: calendarDate(row.due_date) })),
    ),
    published,
  };
}
