import { execute, sqlArray, type EntityManager } from '@plexus/db';
import { calendarDate } from '../calendar-date.ts';
import type { ScenarioChange } from '../scenario/scenario.entity.ts';
import { applyDemandChanges, type CapacityChange, type DemandChange } from '../scenario/scenario.rules.ts';
import { defaultSiteCalendar, type SiteCalendar, type Span } from '../schedule/working-calendar.rules.ts';
import { addMonths, capacityMinutesByMonth, type ProductionOrder, type RoutingLoad, type SalesAndOperationsInput } from './sales-and-operations.rules.ts';

export interface ProductFamilyRow {
  id: string;
  code: string;
  name: string;
  unitOfMeasure: string;
}

export async function readProductFamily(em: EntityManager, familyId: string): Promise<ProductFamilyRow | null> {
  const [row] = await execute<{ id: string; code: string; name: string; unit_of_measure: string }[]>(em, 'SELECT id, code, name, unit_of_measure FROM aps.product_family WHERE id = ?', [familyId]);
  return row ? { id: row.id, code: row.code, name: row.name, unitOfMeasure: row.unit_of_measure } : null;
}

const number = (value: unknown) => Number(value);
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

async function readSiteCalendars(em: EntityManager, siteIds: readonly string[]): Promise<Map<string, SiteCalendar>> {
  const rows = await execute<{ site_id: string; shifts: unknown; holidays: unknown; frozen_hours: string }[]>(
    em,
    'SELECT site_id, shifts, holidays, frozen_hours FROM aps.site_calendar WHERE site_id = ANY(?::uuid[])',
    [sqlArray(siteIds)],
  );
  return new Map(rows.map((row) => [row.site_id, { shifts: json(row.shifts), holidays: json(row.holidays), frozenHours: number(row.frozen_hours) }]));
}

/**
 * Everything a family's S&OP plan reads, in a fixed number of statements
 * whatever the family's size: its items, their forecasts, open orders and
 * supply, the routings at its work centers and every order loading them,
 * and those work centers' machines, calendars and downtime. Planned orders
 * are the scenario's at a site it planned, else the live plan's there.
 */
export async function readSalesAndOperationsInput(
  em: EntityManager,
  at: { familyId: string; scenarioId: string; liveScenarioId: string; months: string[]; changes: readonly ScenarioChange[] },
): Promise<SalesAndOperationsInput> {
  const first = at.months[0]!;
  const end = addMonths(at.months.at(-1)!, 1);
  const family = `SELECT item_id FROM aps.item_family WHERE family_id = ?`;
  const members = await execute<{ item_id: string }[]>(em, family, [at.familyId]);
  const familyItemIds = new Set(members.map((row) => row.item_id));
  // Weeks from the one before the plan (its Thursday may fall in the first month); sites added up, most considered source first.
  const forecasts = await execute<{ item_id: string; week_start: string | Date; quantity: string }[]>(
    em,
    `SELECT item_id, week_start, sum(quantity) AS quantity FROM (
       SELECT DISTINCT ON (item_id, site_id, week_start) item_id, week_start, quantity FROM aps.demand_forecast
       WHERE item_id IN (${family}) AND week_start >= ?::date - 7 AND week_start < ?
       ORDER BY item_id, site_id, week_start, CASE source WHEN 'CONSENSUS' THEN 0 WHEN 'SALES' THEN 1 ELSE 2 END
     ) chosen GROUP BY item_id, week_start ORDER BY item_id, week_start`,
    [at.familyId, first, end],
  );
  const salesLines = await execute<{ item_id: string; due_date: string | Date; open_quantity: string }[]>(
    em,
    `SELECT item_id, due_date, quantity - shipped_quantity AS open_quantity FROM aps.sales_order_line WHERE open AND item_id IN (${family}) AND due_date < ?`,
    [at.familyId, end],
  );
  const workCenters = await execute<{ work_center_id: string }[]>(em, `SELECT DISTINCT work_center_id FROM aps.routing_step WHERE item_id IN (${family})`, [at.familyId]);
  const workCenterIds = new Set(workCenters.map((row) => row.work_center_id));
  const centers = sqlArray([...workCenterIds]);
  // The items made here: the family's own and every other item routed through its work centers.
  const made = `SELECT item_id FROM aps.item_family WHERE family_id = ? UNION SELECT item_id FROM aps.routing_step WHERE work_center_id = ANY(?::uuid[])`;
  const steps = await execute<{ item_id: string; sequence: number; work_center_id: string; setup_minutes: string; run_seconds_per_unit: string }[]>(
    em,
    `SELECT item_id, sequence, work_center_id, setup_minutes, run_seconds_per_unit FROM aps.routing_step WHERE item_id IN (${made}) ORDER BY item_id, sequence`,
    [at.familyId, centers],
  );
  const routings = new Map<string, (RoutingLoad & { sequence: number })[]>();
  for (const row of steps) {
    const step = { sequence: number(row.sequence), workCenterId: row.work_center_id, setupMinutes: number(row.setup_minutes), runSecondsPerUnit: number(row.run_seconds_per_unit) };
    routings.set(row.item_id, [...(routings.get(row.item_id) ?? []), step]);
  }
  const workOrders = await execute<{ item_id: string; due_date: string | Date; quantity: string; done: unknown }[]>(
    em,
    `SELECT w.item_id, w.due_date, w.quantity, coalesce((SELECT json_agg(d.sequence) FROM aps.operation_done d WHERE d.work_order_id = w.id), '[]') AS done
     FROM aps.work_order w WHERE w.open AND w.item_id IN (${made}) AND w.due_date < ?`,
    [at.familyId, centers, end],
  );
  const planned = await execute<{ item_id: string; kind: 'PURCHASE' | 'PRODUCTION'; due_date: string | Date; quantity: string }[]>(
    em,
    `SELECT p.item_id, p.kind, p.due_date, p.quantity FROM aps.planned_order p
     WHERE p.status IN ('PLANNED', 'FIRM') AND p.due_date < ? AND (p.item_id IN (${made}))
       AND p.scenario_id = CASE WHEN EXISTS (SELECT 1 FROM aps.mrp_run r WHERE r.scenario_id = ? AND r.site_id = p.site_id) THEN ?::uuid ELSE ?::uuid END`,
    [end, at.familyId, centers, at.scenarioId, at.scenarioId, at.liveScenarioId],
  );
  const purchaseLines = await execute<{ item_id: string; due_date: string | Date; open_quantity: string }[]>(
    em,
    `SELECT item_id, due_date, quantity - received_quantity AS open_quantity FROM aps.purchase_order_line WHERE open AND item_id IN (${family}) AND due_date < ?`,
    [at.familyId, end],
  );
  const machines = await execute<{ id: string; site_id: string }[]>(em, 'SELECT id, site_id FROM aps.machine WHERE work_center_id = ANY(?::uuid[]) ORDER BY id', [centers]);
  const machineIds = sqlArray(machines.map((machine) => machine.id));
  const calendars = await readSiteCalendars(em, [...new Set(machines.map((machine) => machine.site_id))]);
  const downtime = await execute<{ machine_id: string; from_time: string | Date; to_time: string | Date }[]>(
    em,
    'SELECT machine_id, from_time, to_time FROM aps.machine_downtime WHERE machine_id = ANY(?::uuid[]) AND to_time > ? AND from_time < ?',
    [machineIds, `${first}T00:00:00Z`, `${end}T00:00:00Z`],
  );

  const spansOf = (kind: ScenarioChange['kind']) => {
    const spans = new Map<string, Span[]>();
    for (const change of at.changes.filter((candidate) => candidate.kind === kind)) {
      const value = change.value as unknown as CapacityChange;
      spans.set(value.machineId, [...(spans.get(value.machineId) ?? []), { from: new Date(value.from), to: new Date(value.to) }]);
    }
    return spans;
  };
  const down = spansOf('MACHINE_DOWN');
  for (const row of downtime) down.set(row.machine_id, [...(down.get(row.machine_id) ?? []), { from: new Date(row.from_time), to: new Date(row.to_time) }]);
  const extra = spansOf('EXTRA_SHIFT');

  const stepsOf = (itemId: string, done: readonly number[] = []) => (routings.get(itemId) ?? []).filter((step) => !done.includes(step.sequence));
  const production: ProductionOrder[] = [
    ...workOrders.map((row) => ({ itemId: row.item_id, dueDate: calendarDate(row.due_date), quantity: number(row.quantity), steps: stepsOf(row.item_id, json<number[]>(row.done).map(Number)) })),
    ...planned.filter((row) => row.kind === 'PRODUCTION').map((row) => ({ itemId: row.item_id, dueDate: calendarDate(row.due_date), quantity: number(row.quantity), steps: stepsOf(row.item_id) })),
  ];
  const demandChanges = at.changes.filter((change) => change.kind === 'DEMAND').map((change) => change.value as unknown as DemandChange);
  return {
    months: at.months,
    familyItemIds,
    forecasts: applyDemandChanges(
      forecasts.map((row) => ({ itemId: row.item_id, weekStart: calendarDate(row.week_start), quantity: number(row.quantity) })),
      demandChanges.filter((change) => familyItemIds.has(change.itemId)),
    ),
    salesLines: salesLines.map((row) => ({ itemId: row.item_id, dueDate: calendarDate(row.due_date), quantity: number(row.open_quantity) })),
    production,
    purchases: [
      ...purchaseLines.map((row) => ({ itemId: row.item_id, dueDate: calendarDate(row.due_date), quantity: number(row.open_quantity) })),
      ...planned.filter((row) => row.kind === 'PURCHASE' && familyItemIds.has(row.item_id)).map((row) => ({ itemId: row.item_id, dueDate: calendarDate(row.due_date), quantity: number(row.quantity) })),
    ],
    workCenterIds,
    capacityMinutes: machines.length
      ? capacityMinutesByMonth(
          at.months,
          machines.map((machine) => ({ id: machine.id, siteId: machine.site_id })),
          (siteId) => calendars.get(siteId) ?? defaultSiteCalendar,
          (machineId) => down.get(machineId) ?? [],
          (machineId) => extra.get(machineId) ?? [],
        )
      : at.months.map(() => 0),
  };
}
