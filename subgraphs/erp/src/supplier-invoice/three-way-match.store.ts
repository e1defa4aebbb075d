import { execute, sqlArray, type EntityManager } from '@plexus/db';
import type { LineMatch } from './three-way-match.rules.ts';

/** A line of a blocked invoice the database left to the rules, with its order line as finance knows it (none: not ordered). */
export interface LineToMatch {
  invoiceId: string;
  id: string;
  purchaseOrderLineId: string;
  quantity: number;
  unitPrice: number;
  order: { purchaseOrderNumber: string; unitPrice: number; receivedQuantity: number; invoicedQuantity: number } | null;
}

/**
 * Clears, in one statement, the blocked invoices among `invoiceIds` that
 * match and are the only claim of the batch on each of their order lines:
 * every line ordered, with goods received and not invoiced yet, at most that
 * quantity, at a price of at most the order's plus `priceTolerance` (as the
 * rules say, in exact decimals). An invoice alone on its order lines owes
 * nothing to the order the batch is matched in, so these need no turn: their
 * lines, status and order lines' invoiced quantities are written at once.
 * Returns how many it cleared and the lines of every other invoice, oldest
 * invoice first, for the rules: those sharing an order line with another
 * invoice of the batch (or with another of their own lines), and those that
 * do not match, which the rules give their reasons.
 */
export async function clearUncontestedInvoices(em: EntityManager, invoiceIds: readonly string[], priceTolerance: number): Promise<{ cleared: number; rest: LineToMatch[] }> {
  const [row] = await execute<{ cleared: number; rest: LineToMatch[] }[]>(
    em,
    `WITH batch AS MATERIALIZED (
       SELECT l.id, l.invoice_id, i.received_at, l.line_number, l.purchase_order_line_id, l.quantity, l.unit_price,
              r.line_id IS NOT NULL AS ordered, r.purchase_order_number, r.unit_price AS ordered_unit_price, r.received_quantity, r.invoiced_quantity,
              count(*) OVER (PARTITION BY l.purchase_order_line_id) AS claims
         FROM unnest(?::uuid[]) AS k(id)
         JOIN erp.supplier_invoice i ON i.id = k.id AND i.status = 'BLOCKED'
         JOIN erp.supplier_invoice_line l ON l.invoice_id = i.id
         LEFT JOIN erp.purchase_order_line_ref r ON r.line_id = l.purchase_order_line_id
     ),
     clear AS MATERIALIZED (
       SELECT invoice_id FROM batch GROUP BY invoice_id
       HAVING bool_and(coalesce(
         ordered AND claims = 1 AND received_quantity - invoiced_quantity > 0 AND quantity <= received_quantity - invoiced_quantity
           AND unit_price <= ordered_unit_price * (1 + ?::numeric),
         false))
     ),
     cleared_lines AS (
       UPDATE erp.supplier_invoice_line l SET matched = true, ordered_unit_price = b.ordered_unit_price, block_codes = '{}', block_reasons = '{}'
         FROM batch b JOIN clear USING (invoice_id) WHERE l.id = b.id
     ),
     taken AS (
       UPDATE erp.purchase_order_line_ref r SET invoiced_quantity = r.invoiced_quantity + b.quantity
         FROM batch b JOIN clear USING (invoice_id) WHERE r.line_id = b.purchase_order_line_id
     ),
     cleared AS (
       UPDATE erp.supplier_invoice i SET status = 'MATCHED' FROM clear WHERE i.id = clear.invoice_id RETURNING i.id
     )
     SELECT (SELECT count(*)::int FROM cleared) AS cleared,
            (SELECT coalesce(json_agg(json_build_object(
                      'invoiceId', b.invoice_id, 'id', b.id, 'purchaseOrderLineId', b.purchase_order_line_id, 'quantity', b.quantity, 'unitPrice', b.unit_price,
                      'order', CASE WHEN b.ordered THEN json_build_object('purchaseOrderNumber', b.purchase_order_number, 'unitPrice', b.ordered_unit_price,
                                                                         'receivedQuantity', b.received_quantity, 'invoicedQuantity', b.invoiced_quantity) END)
                      ORDER BY b.received_at, b.invoice_id, b.line_number), '[]')
               FROM batch b WHERE b.invoice_id NOT IN (SELECT invoice_id FROM clear)) AS rest`,
    [sqlArray([...new Set(invoiceIds)]), String(priceTolerance)],
  );
  return row!;
}

/**
 * Writes the rules' verdicts on the lines left to them (only those that
 * change), marks the invoices that matched, and adds what they take to
 * their order lines: one statement.
 */
export async function writeVerdicts(
  em: EntityManager,
  lines: readonly { id: string; verdict: LineMatch }[],
  matchedInvoiceIds: readonly string[],
  invoiced: ReadonlyMap<string, number>,
): Promise<void> {
  await execute(
    em,
    `WITH verdict AS (
       SELECT x.id, x.matched, x.ordered_unit_price, ARRAY(SELECT jsonb_array_elements_text(x.codes)) AS codes, ARRAY(SELECT jsonb_array_elements_text(x.reasons)) AS reasons
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, matched boolean, ordered_unit_price numeric, codes jsonb, reasons jsonb)
     ),
     decided AS (
       UPDATE erp.supplier_invoice_line l SET matched = v.matched, ordered_unit_price = v.ordered_unit_price, block_codes = v.codes, block_reasons = v.reasons
         FROM verdict v
        WHERE l.id = v.id AND (l.matched, l.ordered_unit_price, l.block_codes, l.block_reasons) IS DISTINCT FROM (v.matched, v.ordered_unit_price, v.codes, v.reasons)
     ),
     matched AS (
       UPDATE erp.supplier_invoice i SET status = 'MATCHED' FROM unnest(?::uuid[]) AS k(id) WHERE i.id = k.id
     )
     UPDATE erp.purchase_order_line_ref r SET invoiced_quantity = r.invoiced_quantity + x.quantity
       FROM unnest(?::uuid[], ?::numeric[]) AS x(line_id, quantity) WHERE r.line_id = x.line_id`,
    [
      JSON.stringify(lines.map(({ id, verdict }) => ({ id, matched: verdict.matched, ordered_unit_price: verdict.orderedUnitPrice, codes: verdict.codes, reasons: verdict.reasons }))),
      sqlArray(matchedInvoiceIds),
      sqlArray([...invoiced.keys()]),
      sqlArray([...invoiced.values()]),
    ],
  );
}
