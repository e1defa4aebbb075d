import DataLoader from 'dataloader';
import { execute, sqlArray, type EntityManager } from '@plexus/db';
import { scorecardOf, type LineFacts, type ReceiptFacts, type Scorecard } from './scorecard.rules.ts';

export interface ScorecardKey {
  supplierId: string;
  from: string;
  to: string;
}

/**
 * Scorecards read srm's own order lines and the receipts it heard of
 * (wms.GoodsReceived): lines of placed orders not cancelled, due in the
 * window up to today, and receipts that arrived in it. One pair of reads per
 * window, whatever the number of suppliers asked for.
 */
export function createScorecardLoaders(em: EntityManager, now: () => Date) {
  return {
    scorecard: new DataLoader<ScorecardKey, Scorecard, string>(
      async (keys) => {
        const today = now().toISOString().slice(0, 10);
        const windows = new Map<string, { from: string; to: string; last: string; supplierIds: string[] }>();
        for (const key of keys) {
          const id = `${key.from}|${key.to}`;
          const window = windows.get(id) ?? { from: key.from, to: key.to, last: key.to < today ? key.to : today, supplierIds: [] };
          window.supplierIds.push(key.supplierId);
          windows.set(id, window);
        }
        const results = new Map<string, Scorecard>();
        for (const window of windows.values()) {
          const [lines, receipts] = await Promise.all([linesDue(em, window.supplierIds, window.from, window.last), receiptTotals(em, window.supplierIds, window.from, window.last)]);
          for (const supplierId of window.supplierIds) {
            results.set(
              `${supplierId}|${window.from}|${window.to}`,
              scorecardOf({ from: window.from, to: window.to }, lines.get(supplierId) ?? [], receipts.get(supplierId) ?? { accepted: 0, rejected: 0 }),
            );
          }
        }
        return keys.map((key) => results.get(`${key.supplierId}|${key.from}|${key.to}`)!);
      },
      { cacheKeyFn: (key) => `${key.supplierId}|${key.from}|${key.to}` },
    ),
  };
}

async function linesDue(em: EntityManager, supplierIds: readonly string[], from: string, last: string): Promise<Map<string, LineFacts[]>> {
  const rows = await execute<{
    supplier_id: string;
    id: string;
    purchase_order_id: string;
    quantity: string;
    requested_date: string;
    confirmed_date: string | null;
    receipts: ReceiptFacts[] | string;
  }[]>(
    em,
    `SELECT o.supplier_id, l.id, l.purchase_order_id, l.quantity, l.requested_date::text AS requested_date, l.confirmed_date::text AS confirmed_date,
            coalesce((SELECT jsonb_agg(jsonb_build_object('day', r.day::text, 'accepted', r.accepted, 'rejected', r.rejected) ORDER BY r.received_at)
                        FROM srm.purchase_receipt r WHERE r.purchase_order_line_id = l.id), '[]'::jsonb) AS receipts
       FROM srm.purchase_order o JOIN srm.purchase_order_line l ON l.purchase_order_id = o.id
      WHERE o.supplier_id = ANY(?::uuid[]) AND o.status NOT IN ('DRAFT', 'CANCELLED')
        AND coalesce(l.confirmed_date, l.requested_date) BETWEEN ?::date AND ?::date`,
    [sqlArray(supplierIds), from, last],
  );
  const bySupplier = new Map<string, LineFacts[]>();
  for (const row of rows) {
    const receipts = (typeof row.receipts === 'string' ? (JSON.parse(row.receipts) as ReceiptFacts[]) : row.receipts).map((receipt) => ({
      day: receipt.day,
      accepted: Number(receipt.accepted),
      rejected: Number(receipt.rejected),
    }));
    const line: LineFacts = {
      lineId: row.id,
      purchaseOrderId: row.purchase_order_id,
      quantity: Number(row.quantity),
      requestedDate: row.requested_date,
      confirmedDate: row.confirmed_date,
      receipts,
    };
    bySupplier.set(row.supplier_id, [...(bySupplier.get(row.supplier_id) ?? []), line]);
  }
  return bySupplier;
}

async function receiptTotals(em: EntityManager, supplierIds: readonly string[], from: string, last: string): Promise<Map<string, { accepted: number; rejected: number }>> {
  const rows = await execute<{ supplier_id: string; accepted: string; rejected: string }[]>(
    em,
    `SELECT o.supplier_id, sum(r.accepted) AS accepted, sum(r.rejected) AS rejected
       FROM srm.purchase_receipt r
       JOIN srm.purchase_order_line l ON l.id = r.purchase_order_line_id
       JOIN srm.purchase_order o ON o.id = l.purchase_order_id
      WHERE o.supplier_id = ANY(?::uuid[]) AND r.day BETWEEN ?::date AND ?::date
      GROUP BY o.supplier_id`,
    [sqlArray(supplierIds), from, last],
  );
  return new Map(rows.map((row) => [row.supplier_id, { accepted: Number(row.accepted), rejected: Number(row.rejected) }]));
}
