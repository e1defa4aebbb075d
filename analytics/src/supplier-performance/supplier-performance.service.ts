import type { EntityManager } from '@plexus/db';
import { execute } from '@plexus/db';
import type { KpiFilter } from '../kpi/kpi-definition.ts';
import type { LineInspections, LineReceipts, PurchaseOrderLineFacts, ReceiptFacts } from './supplier-performance.rules.ts';
import { scopePredicates } from '../kpi/kpi-predicates.ts';

/**
 * Reads the supplier performance projection: series add up the per-line
 * results the projection stored (or, without a supplier or item filter, its
 * per-site daily sums), per day, in one statement; drill-downs read
 * whole lines with their receipts or inspections, one statement too.
 */

/** Days are inclusive UTC days; `last` is the earlier of `to` and today, already applied by the caller. */
export interface SupplierWindow {
  from: string;
  last: string;
  filter: KpiFilter;
}

/** Placed lines in scope: supplier and site are the order's, the item the line's. Conditions only for the filters given, so plans stay simple. */
function lineScope(filter: KpiFilter, alias = 'l'): { sql: string; params: unknown[] } {
  const { and, params } = scopePredicates([
    { column: `${alias}.supplier_id`, value: filter.supplierId },
    { column: `${alias}.site_id`, value: filter.siteId },
    { column: `${alias}.item_id`, value: filter.itemId },
  ]);
  return { sql: `${alias}.number IS NOT NULL${and}`, params };
}

const dayStart = (placeholder: string) => `(${placeholder}::date)::timestamp AT TIME ZONE 'UTC'`;

export interface DayFact {
  day: string;
  numerator: number;
  denominator: number;
}

const toFacts = (rows: { day: string; numerator: string | number; denominator: string | number }[]): DayFact[] =>
  rows.map((row) => ({ day: row.day, numerator: Number(row.numerator), denominator: Number(row.denominator) }));

/**
 * Per day over all suppliers and items (site filter only), from the
 * projection's per-site daily sums: a year is a few hundred rows.
 */
async function dailySums(em: EntityManager, window: SupplierWindow, numerator: string, denominator: string): Promise<DayFact[]> {
  const site = scopePredicates([{ column: 'site_id', value: window.filter.siteId }]);
  const rows = await execute<{ day: string; numerator: string; denominator: string }[]>(
    em,
    `SELECT day::text AS day, sum(${numerator}) AS numerator, sum(${denominator}) AS denominator
       FROM analytics.supplier_daily
      WHERE day BETWEEN ?::date AND ?::date${site.and}
      GROUP BY day
      ORDER BY day`,
    [window.from, window.last, ...site.params],
  );
  return toFacts(rows);
}

const bySupplierOrItem = (filter: KpiFilter) => Boolean(filter.supplierId || filter.itemId);

/** Per due day: on-time quantity over ordered quantity, or lines on time in full over lines. */
export async function deliveryByDueDay(em: EntityManager, window: SupplierWindow, grain: 'QUANTITY' | 'LINE'): Promise<DayFact[]> {
  if (!bySupplierOrItem(window.filter)) {
    return grain === 'QUANTITY'
      ? dailySums(em, window, 'on_time_quantity', 'ordered_quantity')
      : dailySums(em, window, 'lines_on_time_in_full', 'lines_due');
  }
  const scope = lineScope(window.filter);
  const [numerator, denominator] = grain === 'QUANTITY' ? ['sum(l.on_time_quantity)', 'sum(l.quantity)'] : ['count(*) FILTER (WHERE l.on_time_in_full)', 'count(*)'];
  const rows = await execute<{ day: string; numerator: string; denominator: string }[]>(
    em,
    `SELECT l.due_date::text AS day, ${numerator} AS numerator, ${denominator} AS denominator
       FROM analytics.supplier_po_line l
      WHERE l.due_date BETWEEN ?::date AND ?::date AND ${scope.sql}
      GROUP BY l.due_date`,
    [window.from, window.last, ...scope.params],
  );
  return toFacts(rows);
}

/** Per receipt day: rejected over received (accepted + rejected), receipts against placed lines in scope. */
export async function rejectsByReceiptDay(em: EntityManager, window: SupplierWindow): Promise<DayFact[]> {
  if (!bySupplierOrItem(window.filter)) return dailySums(em, window, 'rejected_quantity', 'received_quantity');
  const scope = lineScope(window.filter);
  const rows = await execute<{ day: string; numerator: string; denominator: string }[]>(
    em,
    `SELECT r.day::text AS day, sum(r.rejected) AS numerator, sum(r.accepted + r.rejected) AS denominator
       FROM analytics.supplier_receipt r JOIN analytics.supplier_po_line l ON l.line_id = r.line_id
      WHERE r.day BETWEEN ?::date AND ?::date AND ${scope.sql}
      GROUP BY r.day`,
    [window.from, window.last, ...scope.params],
  );
  return toFacts(rows);
}

/** Per day of a line's first incoming inspection: lines accepted at it over lines first inspected. */
export async function firstInspectionsByDay(em: EntityManager, window: SupplierWindow): Promise<DayFact[]> {
  if (!bySupplierOrItem(window.filter)) return dailySums(em, window, 'lines_first_passed', 'lines_first_inspected');
  const scope = lineScope(window.filter);
  const rows = await execute<{ day: string; numerator: string; denominator: string }[]>(
    em,
    `SELECT to_char(l.first_inspected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
            count(*) FILTER (WHERE l.first_inspection_passed) AS numerator, count(*) AS denominator
       FROM analytics.supplier_po_line l
      WHERE l.first_inspected_at >= ${dayStart('?')} AND l.first_inspected_at < ${dayStart('?')} + interval '1 day' AND ${scope.sql}
      GROUP BY 1`,
    [window.from, window.last, ...scope.params],
  );
  return toFacts(rows);
}

interface LineRow {
  line_id: string;
  purchase_order_id: string;
  number: string;
  line_number: number;
  supplier_id: string | null;
}

const lineOf = (row: LineRow) => ({
  lineId: row.line_id,
  purchaseOrderId: row.purchase_order_id,
  number: row.number,
  lineNumber: Number(row.line_number),
  supplierId: row.supplier_id,
});

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

const receiptsOf = (value: unknown): ReceiptFacts[] =>
  parseJson<ReceiptFacts[]>(value).map((receipt) => ({ day: receipt.day, accepted: Number(receipt.accepted), rejected: Number(receipt.rejected) }));

const receiptsJson = (condition: string) => `
  coalesce((SELECT jsonb_agg(jsonb_build_object('day', r.day::text, 'accepted', r.accepted, 'rejected', r.rejected) ORDER BY r.time, r.event_id, r.position)
              FROM analytics.supplier_receipt r WHERE r.line_id = l.line_id${condition}), '[]'::jsonb)`;

/** Lines due in the window with every receipt so far: the drill-down re-derives their reasons with the rules. */
export async function purchaseOrderLinesDue(em: EntityManager, window: SupplierWindow): Promise<PurchaseOrderLineFacts[]> {
  const scope = lineScope(window.filter);
  const rows = await execute<
    (LineRow & { item_id: string; quantity: string; requested_date: string; first_confirmed_date: string | null; latest_promised_date: string | null; receipts: unknown })[]
  >(
    em,
    `SELECT l.line_id, l.purchase_order_id, l.number, l.line_number, l.supplier_id, l.item_id, l.quantity,
            l.requested_date::text AS requested_date, l.first_confirmed_date::text AS first_confirmed_date,
            l.latest_promised_date::text AS latest_promised_date, ${receiptsJson('')} AS receipts
       FROM analytics.supplier_po_line l
      WHERE l.due_date BETWEEN ?::date AND ?::date AND ${scope.sql}`,
    [window.from, window.last, ...scope.params],
  );
  return rows.map((row) => ({
    ...lineOf(row),
    itemId: row.item_id,
    quantity: Number(row.quantity),
    requestedDate: row.requested_date,
    firstConfirmedDate: row.first_confirmed_date,
    latestPromisedDate: row.latest_promised_date,
    receipts: receiptsOf(row.receipts),
  }));
}

/** Lines in scope with their receipts in the window. */
export async function receiptsInWindow(em: EntityManager, window: SupplierWindow): Promise<LineReceipts[]> {
  const scope = lineScope(window.filter);
  const rows = await execute<(LineRow & { receipts: unknown })[]>(
    em,
    `SELECT l.line_id, l.purchase_order_id, l.number, l.line_number, l.supplier_id,
            ${receiptsJson(' AND r.day BETWEEN ?::date AND ?::date')} AS receipts
       FROM analytics.supplier_po_line l
      WHERE l.line_id IN (SELECT line_id FROM analytics.supplier_receipt WHERE day BETWEEN ?::date AND ?::date) AND ${scope.sql}`,
    [window.from, window.last, window.from, window.last, ...scope.params],
  );
  return rows.map((row) => ({ line: lineOf(row), receipts: receiptsOf(row.receipts) }));
}

/** Lines whose first incoming inspection falls in the window, with all their incoming inspections. */
export async function incomingInspectionsInWindow(em: EntityManager, window: SupplierWindow): Promise<LineInspections[]> {
  const scope = lineScope(window.filter);
  const rows = await execute<(LineRow & { inspections: unknown })[]>(
    em,
    `SELECT l.line_id, l.purchase_order_id, l.number, l.line_number, l.supplier_id,
            (SELECT jsonb_agg(jsonb_build_object('time', i.time, 'passed', i.passed) ORDER BY i.time, i.event_id)
               FROM analytics.supplier_inspection i WHERE i.line_id = l.line_id) AS inspections
       FROM analytics.supplier_po_line l
      WHERE l.first_inspected_at >= ${dayStart('?')} AND l.first_inspected_at < ${dayStart('?')} + interval '1 day' AND ${scope.sql}`,
    [window.from, window.last, ...scope.params],
  );
  return rows.map((row) => ({
    line: lineOf(row),
    inspections: parseJson<{ time: string; passed: boolean }[]>(row.inspections).map((inspection) => ({ time: new Date(inspection.time), passed: inspection.passed })),
  }));
}
