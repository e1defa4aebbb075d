import { execute, sqlArray, type EntityManager } from '@plexus/db';
import type { PurchaseOrderLineSnapshot } from '@plexus/events';
import type { OrderLineForMatch } from './three-way-match.rules.ts';

/**
 * Finance's copy of what srm ordered and wms received, line by line
 * (erp.purchase_order_line_ref), built from their events: the order and
 * receipt legs of the three-way match. erp never reads srm's or wms's tables.
 */

export interface PurchaseOrderLineRef extends OrderLineForMatch {
  purchaseOrderId: string;
  supplierId: string;
  siteId: string | null;
  itemId: string;
  quantity: number;
  cancelled: boolean;
}

interface RefRow {
  line_id: string;
  purchase_order_id: string;
  purchase_order_number: string;
  supplier_id: string;
  site_id: string | null;
  item_id: string;
  quantity: string;
  unit_price: string;
  cancelled: boolean;
  received_quantity: string;
  invoiced_quantity: string;
}

const toRef = (row: RefRow): PurchaseOrderLineRef => ({
  lineId: row.line_id,
  purchaseOrderId: row.purchase_order_id,
  purchaseOrderNumber: row.purchase_order_number,
  supplierId: row.supplier_id,
  siteId: row.site_id,
  itemId: row.item_id,
  quantity: Number(row.quantity),
  unitPrice: Number(row.unit_price),
  cancelled: row.cancelled,
  receivedQuantity: Number(row.received_quantity),
  invoicedQuantity: Number(row.invoiced_quantity),
});

/**
 * Makes matchers take turns: whoever takes received quantities for invoices
 * holds this lock to the end of its transaction. One lock instead of a row
 * lock per order line, so matching ten thousand invoices writes no lock into
 * thirty thousand rows.
 */
export async function lockMatching(em: EntityManager): Promise<void> {
  await execute(em, "SELECT pg_advisory_xact_lock(hashtext('erp.three-way-match'))");
}

export async function readOrderLineRefs(em: EntityManager, lineIds: readonly string[]): Promise<Map<string, PurchaseOrderLineRef>> {
  if (lineIds.length === 0) return new Map();
  // A join with the ids, not `= ANY(…)`, which would compare every row with every id.
  const rows = await execute<RefRow[]>(
    em,
    'SELECT r.* FROM unnest(?::uuid[]) AS k(id) JOIN erp.purchase_order_line_ref r ON r.line_id = k.id',
    [sqlArray([...new Set(lineIds)])],
  );
  return new Map(rows.map((row) => [row.line_id, toRef(row)]));
}

export async function orderKnown(em: EntityManager, purchaseOrderId: string): Promise<boolean> {
  const rows = await execute<unknown[]>(em, 'SELECT 1 FROM erp.purchase_order_line_ref WHERE purchase_order_id = ? LIMIT 1', [purchaseOrderId]);
  return rows.length > 0;
}

/** Adds what matched invoices took to their order lines. */
export async function addInvoicedQuantities(em: EntityManager, invoiced: ReadonlyMap<string, number>): Promise<void> {
  if (invoiced.size === 0) return;
  await execute(
    em,
    `UPDATE erp.purchase_order_line_ref r SET invoiced_quantity = r.invoiced_quantity + x.quantity
       FROM unnest(?::uuid[], ?::numeric[]) AS x(line_id, quantity) WHERE r.line_id = x.line_id`,
    [sqlArray([...invoiced.keys()]), sqlArray([...invoiced.values()])],
  );
}

export async function upsertOrderLines(em: EntityManager, order: { id: string; number: string; supplierId: string; siteId: string | null }, lines: readonly PurchaseOrderLineSnapshot[]) {
  if (lines.length === 0) return;
  await execute(
    em,
    `INSERT INTO erp.purchase_order_line_ref (line_id, purchase_order_id, purchase_order_number, supplier_id, site_id, item_id, quantity, unit_price)
     SELECT x.line_id, ?::uuid, ?, ?::uuid, ?::uuid, x.item_id, x.quantity, x.unit_price
       FROM jsonb_to_recordset(?::jsonb) AS x(line_id uuid, item_id uuid, quantity numeric, unit_price numeric)
     ON CONFLICT (line_id) DO UPDATE SET quantity = excluded.quantity, unit_price = excluded.unit_price, item_id = excluded.item_id`,
    [
      order.id,
      order.number,
      order.supplierId,
      order.siteId,
      JSON.stringify(lines.map((line) => ({ line_id: line.lineId, item_id: line.itemId, quantity: line.quantity, unit_price: line.unitPrice }))),
    ],
  );
}

/** Returns the order lines a receipt added to, so invoices waiting for those goods can be matched again. */
export async function addReceived(em: EntityManager, lines: readonly { purchaseOrderLineId?: string; quantity: number }[]): Promise<string[]> {
  const received = lines.filter((line) => line.purchaseOrderLineId && line.quantity > 0);
  if (received.length === 0) return [];
  const rows = await execute<{ line_id: string }[]>(
    em,
    `UPDATE erp.purchase_order_line_ref r SET received_quantity = r.received_quantity + x.quantity
       FROM (SELECT line_id, sum(quantity) AS quantity FROM jsonb_to_recordset(?::jsonb) AS x(line_id uuid, quantity numeric) GROUP BY line_id) x
      WHERE r.line_id = x.line_id RETURNING r.line_id`,
    [JSON.stringify(received.map((line) => ({ line_id: line.purchaseOrderLineId, quantity: line.quantity })))],
  );
  return rows.map((row) => row.line_id);
}

export async function cancelOrderLines(em: EntityManager, purchaseOrderId: string): Promise<void> {
  await execute(em, 'UPDATE erp.purchase_order_line_ref SET cancelled = true WHERE purchase_order_id = ?', [purchaseOrderId]);
}
