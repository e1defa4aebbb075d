import { isId, sqlArray, type EntityManager, execute } from '@plexus/db';
import type { Disposition, SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import { workOrderYield } from './first-pass-yield.rules.ts';
import { completedOnTime } from './schedule-adherence.rules.ts';

/**
 * Keeps each work order's first pass yield and first completion (migration
 * 20261125-0005) in step with qms inspections and mes completions, in a
 * constant number of statements per batch.
 */

// A malformed id cannot key a work order; skipping the event keeps one bad emitter from stalling every projection.
const uuidOrNull = (id: string | null | undefined) => (id && isId(id) ? id.toLowerCase() : null);

type InspectionEvent = SupplyChainEvent<'qms.InspectionPassed' | 'qms.InspectionFailed'>;

interface InspectionRow {
  work_order_id: string;
  time: Date | string;
  passed: boolean;
  quantity_inspected: string;
  quantity_rejected: string;
  disposition: string | null;
  item_id: string | null;
  work_center_id: string | null;
  site_id: string | null;
}

/** Stores the inspections, then recomputes every work order they touch from all its inspections, oldest first. */
async function applyInspections(em: EntityManager, events: InspectionEvent[]): Promise<void> {
  const inspections = events.flatMap((event) => {
    const workOrderId = uuidOrNull(event.payload.workOrderId);
    if (!workOrderId) return [];
    return [
      {
        event_id: event.id,
        work_order_id: workOrderId,
        time: event.time.toISOString(),
        passed: event.type === 'qms.InspectionPassed',
        quantity_inspected: event.payload.quantityInspected,
        quantity_rejected: event.payload.quantityRejected,
        disposition: event.payload.disposition,
        item_id: uuidOrNull(event.payload.itemId ?? event.itemId),
        work_center_id: uuidOrNull(event.payload.workCenterId),
        site_id: uuidOrNull(event.siteId),
      },
    ];
  });
  if (inspections.length === 0) return;
  await execute(
    em,
    `INSERT INTO analytics.work_order_inspection
       (event_id, work_order_id, time, passed, quantity_inspected, quantity_rejected, disposition, item_id, work_center_id, site_id)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(event_id uuid, work_order_id uuid, time timestamptz, passed boolean,
       quantity_inspected numeric, quantity_rejected numeric, disposition text, item_id uuid, work_center_id uuid, site_id uuid)
     ON CONFLICT (event_id) DO NOTHING`,
    [JSON.stringify(inspections)],
  );
  const rows = await execute<InspectionRow[]>(
    em,
    `SELECT work_order_id, time, passed, quantity_inspected, quantity_rejected, disposition, item_id, work_center_id, site_id
       FROM analytics.work_order_inspection WHERE work_order_id = ANY(?::uuid[]) ORDER BY work_order_id, time, event_id`,
    [sqlArray([...new Set(inspections.map((inspection) => inspection.work_order_id))])],
  );
  const byWorkOrder = new Map<string, InspectionRow[]>();
  for (const row of rows) {
    const history = byWorkOrder.get(row.work_order_id) ?? [];
    history.push(row);
    byWorkOrder.set(row.work_order_id, history);
  }
  const results = [...byWorkOrder].map(([workOrderId, history]) => {
    const yielded = workOrderYield(
      history.map((row) => ({
        time: new Date(row.time),
        passed: row.passed,
        quantityInspected: Number(row.quantity_inspected),
        quantityRejected: Number(row.quantity_rejected),
        disposition: row.disposition as Disposition | null,
      })),
    );
    // The latest inspection says when the yield became known and what was inspected.
    const latest = history.at(-1)!;
    return {
      work_order_id: workOrderId,
      last_inspected_at: new Date(latest.time).toISOString(),
      item_id: latest.item_id,
      work_center_id: latest.work_center_id,
      site_id: history.findLast((row) => row.site_id)?.site_id ?? null,
      units_inspected: yielded.unitsInspected,
      first_pass_units: yielded.firstPassUnits,
      reasons: yielded.reasons,
    };
  });
  await execute(
    em,
    `INSERT INTO analytics.work_order_first_pass
       (work_order_id, last_inspected_at, item_id, work_center_id, site_id, units_inspected, first_pass_units, reasons)
     SELECT work_order_id, last_inspected_at, item_id, work_center_id, site_id, units_inspected, first_pass_units,
            ARRAY(SELECT jsonb_array_elements_text(reasons))
       FROM jsonb_to_recordset(?::jsonb) AS x(work_order_id uuid, last_inspected_at timestamptz, item_id uuid, work_center_id uuid,
            site_id uuid, units_inspected numeric, first_pass_units numeric, reasons jsonb)
     ON CONFLICT (work_order_id) DO UPDATE
       SET last_inspected_at = excluded.last_inspected_at, item_id = excluded.item_id, work_center_id = excluded.work_center_id,
           site_id = excluded.site_id, units_inspected = excluded.units_inspected, first_pass_units = excluded.first_pass_units,
           reasons = excluded.reasons`,
    [JSON.stringify(results)],
  );
}

/** Keeps each work order's first completion: a later one (a correction) does not move it. */
async function applyCompletions(em: EntityManager, events: SupplyChainEvent<'mes.WorkOrderCompleted'>[]): Promise<void> {
  const first = new Map<string, SupplyChainEvent<'mes.WorkOrderCompleted'>>();
  for (const event of events) {
    const known = first.get(event.subjectId);
    if (!known || event.time < known.time) first.set(event.subjectId, event);
  }
  if (first.size === 0) return;
  await execute(
    em,
    `INSERT INTO analytics.work_order_completion AS completion
       (work_order_id, number, completed_at, scheduled_end, on_time, item_id, work_center_id, site_id)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(work_order_id uuid, number text, completed_at timestamptz, scheduled_end text,
            on_time boolean, item_id uuid, work_center_id uuid, site_id uuid)
     ON CONFLICT (work_order_id) DO UPDATE
       SET number = excluded.number, completed_at = excluded.completed_at, scheduled_end = excluded.scheduled_end, on_time = excluded.on_time,
           item_id = excluded.item_id, work_center_id = excluded.work_center_id, site_id = excluded.site_id
     WHERE excluded.completed_at < completion.completed_at`,
    [
      JSON.stringify(
        [...first.values()].map((event) => ({
          work_order_id: event.subjectId,
          number: event.payload.number,
          completed_at: event.time.toISOString(),
          scheduled_end: event.payload.scheduledEnd,
          on_time: completedOnTime(event.time, event.payload.scheduledEnd),
          item_id: uuidOrNull(event.payload.itemId ?? event.itemId),
          work_center_id: uuidOrNull(event.payload.workCenterId),
          site_id: uuidOrNull(event.siteId),
        })),
      ),
    ],
  );
}

export const workOrderProjection: EventProjection = {
  name: 'work-order',
  types: ['qms.InspectionPassed', 'qms.InspectionFailed', 'mes.WorkOrderCompleted'],
  async apply(em, events) {
    await applyInspections(
      em,
      events.filter((event): event is InspectionEvent => event.type === 'qms.InspectionPassed' || event.type === 'qms.InspectionFailed'),
    );
    await applyCompletions(
      em,
      events.filter((event): event is SupplyChainEvent<'mes.WorkOrderCompleted'> => event.type === 'mes.WorkOrderCompleted'),
    );
  },
};
