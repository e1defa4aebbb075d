import type { EntityManager } from '@plexus/db';
import type { KpiFilter } from '../kpi/kpi-definition.ts';
import type { LineInspections, LineReceipts, PurchaseOrderLineFacts, ReceiptFacts } from './supplier-performance.rules.ts';

/**
 * Reads purchase order lines, their confirmations, receipts and incoming
 * inspections straight from the event stream. Each query returns one row per
 * purchase order line with its receipts or inspections as JSON, so the rules
 * see whole lines, and the number of statements does not grow with the data.
 */

/** Days are inclusive UTC days; `last` is the earlier of `to` and today, already applied by the caller. */
export interface SupplierWindow {
  from: string;
  last: string;
  filter: KpiFilter;
}

function execute<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T[]>;
}

/**
 * Purchase order lines as last placed, narrowed by the filter: supplier and
 * site are the order's event dimensions, the item is the line's.
 */
function placedLines(filter: KpiFilter): { sql: string; params: unknown[] } {
  return {
    sql: `
      placed AS (
        SELECT DISTINCT ON (l.value->>'lineId')
               l.value->>'lineId' AS line_id, e.subject_id AS purchase_order_id, e.payload->>'number' AS number,
               l.ordinality AS line_number, e.supplier_id, l.value->>'itemId' AS item_id,
               (l.value->>'quantity')::numeric AS quantity, l.value->>'requestedDate' AS requested_date
          FROM analytics.supply_chain_event e
         CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') WITH ORDINALITY AS l(value, ordinality)
         WHERE e.type = 'srm.PurchaseOrderPlaced'
           AND (?::uuid IS NULL OR e.supplier_id = ?::uuid)
           AND (?::uuid IS NULL OR e.site_id = ?::uuid)
           AND (?::text IS NULL OR l.value->>'itemId' = ?::text)
         ORDER BY l.value->>'lineId', e.time DESC, e.id DESC
      )`,
    params: [filter.supplierId, filter.supplierId, filter.siteId, filter.siteId, filter.itemId, filter.itemId].map((value) => value ?? null),
  };
}

interface LineRow {
  line_id: string;
  purchase_order_id: string;
  number: string;
  line_number: number | string;
  supplier_id: string | null;
}

const lineOf = (row: LineRow) => ({
  lineId: row.line_id,
  purchaseOrderId: row.purchase_order_id,
  number: row.number,
  lineNumber: Number(row.line_number),
  supplierId: row.supplier_id,
});

const receiptsJson = `
  jsonb_agg(jsonb_build_object(
    'day', to_char(e.time AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
    'accepted', (r.value->>'quantity')::numeric,
    'rejected', coalesce((r.value->>'rejectedQuantity')::numeric, 0)
  ) ORDER BY e.time, e.id)`;

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** Lines due (first confirmed date, else requested date) in the window, with every receipt so far. */
export async function purchaseOrderLinesDue(em: EntityManager, window: SupplierWindow): Promise<PurchaseOrderLineFacts[]> {
  const placed = placedLines(window.filter);
  const rows = await execute<
    LineRow & { item_id: string; quantity: string | number; requested_date: string; first_confirmed_date: string | null; latest_promised_date: string | null; receipts: unknown }
  >(
    em,
    `WITH ${placed.sql},
     confirmed AS (
       SELECT c.value->>'lineId' AS line_id,
              (array_agg(c.value->>'confirmedDate' ORDER BY e.time, e.id))[1] AS first_confirmed_date,
              (array_agg(c.value->>'confirmedDate' ORDER BY e.time DESC, e.id DESC))[1] AS latest_promised_date
         FROM analytics.supply_chain_event e
        CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') AS c(value)
        WHERE e.type = 'srm.PurchaseOrderConfirmed'
        GROUP BY 1
     ),
     due AS (
       SELECT p.*, c.first_confirmed_date, c.latest_promised_date
         FROM placed p LEFT JOIN confirmed c USING (line_id)
        WHERE coalesce(c.first_confirmed_date, p.requested_date)::date BETWEEN ?::date AND ?::date
     ),
     received AS (
       SELECT r.value->>'purchaseOrderLineId' AS line_id, ${receiptsJson} AS receipts
         FROM analytics.supply_chain_event e
        CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') AS r(value)
        WHERE e.type = 'wms.GoodsReceived' AND r.value->>'purchaseOrderLineId' IN (SELECT line_id FROM due)
        GROUP BY 1
     )
     SELECT due.*, coalesce(received.receipts, '[]'::jsonb) AS receipts
       FROM due LEFT JOIN received USING (line_id)`,
    [...placed.params, window.from, window.last],
  );
  return rows.map((row) => ({
    ...lineOf(row),
    itemId: row.item_id,
    quantity: Number(row.quantity),
    requestedDate: row.requested_date,
    firstConfirmedDate: row.first_confirmed_date,
    latestPromisedDate: row.latest_promised_date,
    receipts: parseJson<ReceiptFacts[]>(row.receipts),
  }));
}

/**
 * Receipts in the window against known purchase order lines: supplier PPM
 * needs the supplier, which only the order knows, so receipts without a
 * purchase order line are not a supplier's.
 */
export async function receiptsInWindow(em: EntityManager, window: SupplierWindow): Promise<LineReceipts[]> {
  const placed = placedLines(window.filter);
  const rows = await execute<LineRow & { receipts: unknown }>(
    em,
    `WITH ${placed.sql}
     SELECT p.line_id, p.purchase_order_id, p.number, p.line_number, p.supplier_id, ${receiptsJson} AS receipts
       FROM analytics.supply_chain_event e
      CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') AS r(value)
       JOIN placed p ON p.line_id = r.value->>'purchaseOrderLineId'
      WHERE e.type = 'wms.GoodsReceived'
        AND e.time >= (?::date)::timestamp AT TIME ZONE 'UTC' AND e.time < (?::date + 1)::timestamp AT TIME ZONE 'UTC'
      GROUP BY p.line_id, p.purchase_order_id, p.number, p.line_number, p.supplier_id`,
    [...placed.params, window.from, window.last],
  );
  return rows.map((row) => ({ line: lineOf(row), receipts: parseJson<ReceiptFacts[]>(row.receipts) }));
}

/** Purchase order lines whose first incoming inspection falls in the window, with all their incoming inspections. */
export async function incomingInspectionsInWindow(em: EntityManager, window: SupplierWindow): Promise<LineInspections[]> {
  const placed = placedLines(window.filter);
  const rows = await execute<LineRow & { inspections: unknown }>(
    em,
    `WITH ${placed.sql},
     inspected AS (
       SELECT e.payload->>'purchaseOrderLineId' AS line_id,
              min(e.time) AS first_time,
              jsonb_agg(jsonb_build_object('time', e.time, 'passed', e.type = 'qms.InspectionPassed') ORDER BY e.time, e.id) AS inspections
         FROM analytics.supply_chain_event e
        WHERE e.type IN ('qms.InspectionPassed', 'qms.InspectionFailed')
          AND e.payload->>'inspectionKind' = 'INCOMING'
          AND e.payload->>'purchaseOrderLineId' IS NOT NULL
        GROUP BY 1
     )
     SELECT p.line_id, p.purchase_order_id, p.number, p.line_number, p.supplier_id, i.inspections
       FROM inspected i JOIN placed p USING (line_id)
      WHERE i.first_time >= (?::date)::timestamp AT TIME ZONE 'UTC' AND i.first_time < (?::date + 1)::timestamp AT TIME ZONE 'UTC'`,
    [...placed.params, window.from, window.last],
  );
  return rows.map((row) => ({
    line: lineOf(row),
    inspections: parseJson<{ time: string; passed: boolean }[]>(row.inspections).map((inspection) => ({ time: new Date(inspection.time), passed: inspection.passed })),
  }));
}
