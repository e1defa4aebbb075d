import type { EntityManager } from '@plexus/db';
import { execute } from '@plexus/db';
import { sqlArray } from '@plexus/db';
import type { SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import { takeStaleDays } from '../projection/stale-days.ts';
import { assessDelivery, type ReceiptFacts } from './supplier-performance.rules.ts';

/**
 * Purchase order lines with their confirmations, receipts and incoming
 * inspections, kept from the event stream so supplier KPIs add up stored
 * per-line results instead of unpacking a year of JSON per request. Events
 * reach the projection in commit order, which need not be event-time order
 * (a confirmation may commit before the order it confirms), so every write
 * is an order-independent merge, and each touched line's assessment is then
 * recomputed from everything known about it by the same rules the drill-down
 * uses. The days the touched lines count on are marked stale, and refresh()
 * rebuilds those days of the per-site daily sums unfiltered and site series read.
 */

const json = (rows: unknown[]) => JSON.stringify(rows);

async function mergePlaced(em: EntityManager, events: SupplyChainEvent<'srm.PurchaseOrderPlaced'>[]): Promise<void> {
  const latest = new Map<string, Record<string, unknown>>();
  for (const event of events) {
    event.payload.lines.forEach((line, index) => {
      const known = latest.get(line.lineId);
      if (known && (known.placed_at as string) > event.time.toISOString()) return;
      latest.set(line.lineId, {
        line_id: line.lineId,
        purchase_order_id: event.subjectId,
        number: event.payload.number,
        line_number: index + 1,
        supplier_id: event.supplierId,
        site_id: event.siteId,
        item_id: line.itemId,
        quantity: line.quantity,
        requested_date: line.requestedDate,
        placed_at: event.time.toISOString(),
      });
    });
  }
  if (latest.size === 0) return;
  await execute(
    em,
    `INSERT INTO analytics.supplier_po_line (line_id, purchase_order_id, number, line_number, supplier_id, site_id, item_id, quantity, requested_date, placed_at)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(line_id uuid, purchase_order_id uuid, number text, line_number int, supplier_id uuid, site_id uuid,
                                                     item_id uuid, quantity numeric, requested_date date, placed_at timestamptz)
     ON CONFLICT (line_id) DO UPDATE SET
       purchase_order_id = excluded.purchase_order_id, number = excluded.number, line_number = excluded.line_number,
       supplier_id = excluded.supplier_id, site_id = excluded.site_id, item_id = excluded.item_id,
       quantity = excluded.quantity, requested_date = excluded.requested_date, placed_at = excluded.placed_at
     WHERE analytics.supplier_po_line.placed_at IS NULL OR excluded.placed_at >= analytics.supplier_po_line.placed_at`,
    [json([...latest.values()])],
  );
}

/** The first confirmation is the confirmed date, the latest the latest promise, by event time, whatever order they arrive in. */
async function mergeConfirmed(em: EntityManager, events: SupplyChainEvent<'srm.PurchaseOrderConfirmed'>[]): Promise<void> {
  const byLine = new Map<string, { line_id: string; first_date: string; first_at: string; latest_date: string; latest_at: string }>();
  for (const event of events) {
    const at = event.time.toISOString();
    for (const line of event.payload.lines) {
      const known = byLine.get(line.lineId);
      if (!known) {
        byLine.set(line.lineId, { line_id: line.lineId, first_date: line.confirmedDate, first_at: at, latest_date: line.confirmedDate, latest_at: at });
        continue;
      }
      if (at < known.first_at) Object.assign(known, { first_date: line.confirmedDate, first_at: at });
      if (at >= known.latest_at) Object.assign(known, { latest_date: line.confirmedDate, latest_at: at });
    }
  }
  if (byLine.size === 0) return;
  await execute(
    em,
    `INSERT INTO analytics.supplier_po_line (line_id, first_confirmed_date, first_confirmed_at, latest_promised_date, latest_promised_at)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(line_id uuid, first_date date, first_at timestamptz, latest_date date, latest_at timestamptz)
     ON CONFLICT (line_id) DO UPDATE SET
       first_confirmed_date = CASE WHEN analytics.supplier_po_line.first_confirmed_at IS NULL OR excluded.first_confirmed_at < analytics.supplier_po_line.first_confirmed_at
                                   THEN excluded.first_confirmed_date ELSE analytics.supplier_po_line.first_confirmed_date END,
       first_confirmed_at = least(analytics.supplier_po_line.first_confirmed_at, excluded.first_confirmed_at),
       latest_promised_date = CASE WHEN analytics.supplier_po_line.latest_promised_at IS NULL OR excluded.latest_promised_at >= analytics.supplier_po_line.latest_promised_at
                                   THEN excluded.latest_promised_date ELSE analytics.supplier_po_line.latest_promised_date END,
       latest_promised_at = greatest(analytics.supplier_po_line.latest_promised_at, excluded.latest_promised_at)`,
    [json([...byLine.values()])],
  );
}

async function insertReceipts(em: EntityManager, events: SupplyChainEvent<'wms.GoodsReceived'>[]): Promise<string[]> {
  const rows = events.flatMap((event) =>
    event.payload.lines.flatMap((line, position) =>
      line.purchaseOrderLineId
        ? [
            {
              event_id: event.id,
              position,
              line_id: line.purchaseOrderLineId,
              time: event.time.toISOString(),
              day: event.time.toISOString().slice(0, 10),
              accepted: line.quantity,
              rejected: line.rejectedQuantity ?? 0,
            },
          ]
        : [],
    ),
  );
  if (rows.length === 0) return [];
  await execute(
    em,
    `INSERT INTO analytics.supplier_receipt (event_id, position, line_id, time, day, accepted, rejected)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(event_id uuid, position int, line_id uuid, time timestamptz, day date, accepted numeric, rejected numeric)
     ON CONFLICT DO NOTHING`,
    [json(rows)],
  );
  return rows.map((row) => row.line_id);
}

async function insertInspections(em: EntityManager, events: SupplyChainEvent<'qms.InspectionPassed' | 'qms.InspectionFailed'>[]): Promise<string[]> {
  const rows = events
    .filter((event) => event.payload.inspectionKind === 'INCOMING' && event.payload.purchaseOrderLineId)
    .map((event) => ({ event_id: event.id, line_id: event.payload.purchaseOrderLineId!, time: event.time.toISOString(), passed: event.type === 'qms.InspectionPassed' }));
  if (rows.length === 0) return [];
  await execute(
    em,
    `INSERT INTO analytics.supplier_inspection (event_id, line_id, time, passed)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(event_id uuid, line_id uuid, time timestamptz, passed boolean)
     ON CONFLICT DO NOTHING`,
    [json(rows)],
  );
  return rows.map((row) => row.line_id);
}

/** Recomputes due date, delivery assessment and first inspection of the lines, from all their stored facts. */
async function reassess(em: EntityManager, lineIds: readonly string[]): Promise<void> {
  if (lineIds.length === 0) return;
  const lines = await execute<{
    line_id: string;
    quantity: string | number | null;
    requested_date: string | null;
    first_confirmed_date: string | null;
    receipts: ReceiptFacts[] | string;
    first_inspection: { time: string; passed: boolean } | string | null;
  }[]>(
    em,
    `SELECT l.line_id, l.quantity, l.requested_date::text AS requested_date, l.first_confirmed_date::text AS first_confirmed_date,
            coalesce((SELECT jsonb_agg(jsonb_build_object('day', r.day::text, 'accepted', r.accepted, 'rejected', r.rejected) ORDER BY r.time, r.event_id, r.position)
                        FROM analytics.supplier_receipt r WHERE r.line_id = l.line_id), '[]'::jsonb) AS receipts,
            (SELECT jsonb_build_object('time', i.time, 'passed', i.passed)
               FROM analytics.supplier_inspection i WHERE i.line_id = l.line_id ORDER BY i.time, i.event_id LIMIT 1) AS first_inspection
       FROM analytics.supplier_po_line l
      WHERE l.line_id = ANY(?::uuid[])`,
    [sqlArray(lineIds)],
  );
  const parse = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
  const assessed = lines.map((line) => {
    const firstInspection = line.first_inspection === null ? null : parse(line.first_inspection);
    const placed = line.quantity !== null && line.requested_date !== null;
    const delivery = placed
      ? assessDelivery({
          lineId: line.line_id,
          purchaseOrderId: '',
          number: '',
          lineNumber: 0,
          supplierId: null,
          itemId: '',
          quantity: Number(line.quantity),
          requestedDate: line.requested_date!,
          firstConfirmedDate: line.first_confirmed_date,
          latestPromisedDate: null,
          receipts: parse(line.receipts).map((receipt) => ({ ...receipt, accepted: Number(receipt.accepted), rejected: Number(receipt.rejected) })),
        })
      : null;
    return {
      line_id: line.line_id,
      due_date: delivery?.dueDate ?? null,
      on_time_quantity: delivery?.onTimeQuantity ?? null,
      on_time_in_full: delivery?.onTimeInFull ?? null,
      reasons: delivery?.reasons ?? null,
      first_inspected_at: firstInspection?.time ?? null,
      first_inspection_passed: firstInspection?.passed ?? null,
    };
  });
  await execute(
    em,
    `UPDATE analytics.supplier_po_line l SET
       due_date = x.due_date, on_time_quantity = x.on_time_quantity, on_time_in_full = x.on_time_in_full,
       reasons = ARRAY(SELECT jsonb_array_elements_text(x.reasons)),
       first_inspected_at = x.first_inspected_at, first_inspection_passed = x.first_inspection_passed
     FROM jsonb_to_recordset(?::jsonb) AS x(line_id uuid, due_date date, on_time_quantity numeric, on_time_in_full boolean, reasons jsonb,
                                             first_inspected_at timestamptz, first_inspection_passed boolean)
     WHERE l.line_id = x.line_id`,
    [json(assessed)],
  );
}

/** Days whose supplier_daily rows may change with these lines: their due and first-inspection days and the days of their receipts. */
async function markStale(em: EntityManager, lineIds: readonly string[]): Promise<void> {
  if (lineIds.length === 0) return;
  const lines = sqlArray(lineIds);
  await execute(
    em,
    `INSERT INTO analytics.supplier_stale_day (day)
     SELECT due_date FROM analytics.supplier_po_line WHERE line_id = ANY(?::uuid[]) AND due_date IS NOT NULL
     UNION SELECT first_inspected_day FROM analytics.supplier_po_line WHERE line_id = ANY(?::uuid[]) AND first_inspected_day IS NOT NULL
     UNION SELECT day FROM analytics.supplier_receipt WHERE line_id = ANY(?::uuid[])
     ON CONFLICT DO NOTHING`,
    [lines, lines, lines],
  );
}

/**
 * Rebuilds the supplier_daily rows of the stale days, per site, from the
 * placed lines: each measure by its own day (due, receipt, first inspection).
 */
async function refresh(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const days = await takeStaleDays(tx, 'analytics.supplier_stale_day', 'analytics.supplier_daily');
    if (!days) return;
    await execute(
      tx,
      `INSERT INTO analytics.supplier_daily
         (day, site_id, lines_due, lines_on_time_in_full, ordered_quantity, on_time_quantity, receipts, received_quantity, rejected_quantity,
          lines_first_inspected, lines_first_passed)
       SELECT day, site_id, sum(lines_due), sum(lines_on_time_in_full), sum(ordered_quantity), sum(on_time_quantity), sum(receipts),
              sum(received_quantity), sum(rejected_quantity), sum(lines_first_inspected), sum(lines_first_passed)
         FROM (
           SELECT due_date AS day, site_id, 1 AS lines_due, CASE WHEN on_time_in_full THEN 1 ELSE 0 END AS lines_on_time_in_full,
                  coalesce(quantity, 0) AS ordered_quantity, coalesce(on_time_quantity, 0) AS on_time_quantity,
                  0 AS receipts, 0 AS received_quantity, 0 AS rejected_quantity, 0 AS lines_first_inspected, 0 AS lines_first_passed
             FROM analytics.supplier_po_line WHERE number IS NOT NULL AND due_date = ANY(?::date[])
           UNION ALL
           SELECT r.day, l.site_id, 0, 0, 0, 0, 1, r.accepted + r.rejected, r.rejected, 0, 0
             FROM analytics.supplier_receipt r JOIN analytics.supplier_po_line l ON l.line_id = r.line_id
            WHERE l.number IS NOT NULL AND r.day = ANY(?::date[])
           UNION ALL
           SELECT first_inspected_day, site_id, 0, 0, 0, 0, 0, 0, 0, 1, CASE WHEN first_inspection_passed THEN 1 ELSE 0 END
             FROM analytics.supplier_po_line WHERE number IS NOT NULL AND first_inspected_day = ANY(?::date[])
         ) facts
        GROUP BY day, site_id`,
      [days, days, days],
    );
  });
}

const ofType = <T extends SupplyChainEvent['type']>(events: SupplyChainEvent[], ...types: T[]) =>
  events.filter((event): event is SupplyChainEvent<T> => (types as string[]).includes(event.type));

export const supplierPerformanceProjection: EventProjection = {
  name: 'supplier-performance',
  types: ['srm.PurchaseOrderPlaced', 'srm.PurchaseOrderConfirmed', 'wms.GoodsReceived', 'qms.InspectionPassed', 'qms.InspectionFailed'],
  async apply(em, events) {
    const placed = ofType(events, 'srm.PurchaseOrderPlaced');
    const confirmed = ofType(events, 'srm.PurchaseOrderConfirmed');
    await mergePlaced(em, placed);
    await mergeConfirmed(em, confirmed);
    const touched = new Set([
      ...placed.flatMap((event) => event.payload.lines.map((line) => line.lineId)),
      ...confirmed.flatMap((event) => event.payload.lines.map((line) => line.lineId)),
      ...(await insertReceipts(em, ofType(events, 'wms.GoodsReceived'))),
      ...(await insertInspections(em, ofType(events, 'qms.InspectionPassed', 'qms.InspectionFailed'))),
    ]);
    // Before the reassessment the lines still stand on their old days, after it on their new ones.
    await markStale(em, [...touched]);
    await reassess(em, [...touched]);
    await markStale(em, [...touched]);
  },
  refresh,
};
