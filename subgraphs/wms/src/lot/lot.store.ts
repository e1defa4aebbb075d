import DataLoader from 'dataloader';
import { execute, sqlArray, type EntityManager } from '@plexus/db';
import type { Receipt } from '../receipt/receipt.entity.ts';
import type { Shipment } from '../shipment/shipment.entity.ts';

/** One receipt of a lot: the receipt itself, what was accepted and refused, and the order line when bought. */
export interface LotReceipt {
  receipt: Receipt;
  quantity: number;
  rejectedQuantity: number;
  purchaseOrderLineId: string | null;
  asnLineId: string | null;
}

/** What one shipment line took from a lot. */
export interface LotShipment {
  shipment: Shipment;
  salesOrderLineId: string;
  quantity: number;
}

type ReceiptRow = {
  lot_id: string;
  receipt_id: string;
  number: string;
  warehouse_id: string;
  received_at: string | Date;
  quantity: string;
  rejected_quantity: string;
  purchase_order_line_id: string | null;
  asn_line_id: string | null;
};

type ShipmentRow = {
  lot_id: string;
  shipment_id: string;
  number: string;
  sales_order_id: string;
  warehouse_id: string;
  shipped_at: string | Date;
  sales_order_line_id: string;
  quantity: string;
};

const byLot = <Row extends { lot_id: string }, Value>(lotIds: readonly string[], rows: Row[], shape: (row: Row) => Value): Value[][] => {
  const grouped = new Map<string, Value[]>(lotIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.lot_id)?.push(shape(row));
  return lotIds.map((id) => grouped.get(id)!);
};

/**
 * A lot's receipts and shipments, one statement each for every lot a request
 * asks about (through the lot indexes of receipt lines, purchase receipt
 * lines and picks). A purchase receipt's lines are the order lines it was
 * received against (refused-only lines included, which put nothing away);
 * any other receipt is the lot's receipt lines summed per receipt.
 */
export function createLotLoaders(em: EntityManager) {
  return {
    receiptsByLot: new DataLoader<string, LotReceipt[]>(async (lotIds) => {
      const rows = await execute<ReceiptRow[]>(
        em,
        `SELECT x.lot_id, r.id AS receipt_id, r.number, r.warehouse_id, r.received_at, x.quantity, x.rejected_quantity, x.purchase_order_line_id, x.asn_line_id
           FROM (
             SELECT l.lot_id, l.receipt_id, sum(l.quantity) AS quantity, 0 AS rejected_quantity, NULL::uuid AS purchase_order_line_id, NULL::uuid AS asn_line_id, NULL::uuid AS line_id
               FROM wms.receipt_line l
              WHERE l.lot_id = ANY(?::uuid[])
                AND NOT EXISTS (SELECT 1 FROM wms.purchase_receipt_line p WHERE p.receipt_id = l.receipt_id AND p.lot_id = l.lot_id)
              GROUP BY l.lot_id, l.receipt_id
             UNION ALL
             SELECT p.lot_id, p.receipt_id, p.accepted_quantity, p.rejected_quantity, p.purchase_order_line_id, p.asn_line_id, p.id
               FROM wms.purchase_receipt_line p
              WHERE p.lot_id = ANY(?::uuid[])
           ) x
           JOIN wms.receipt r ON r.id = x.receipt_id
          ORDER BY r.received_at, r.number, x.line_id`,
        [sqlArray(lotIds), sqlArray(lotIds)],
      );
      return byLot(lotIds, rows, (row) => ({
        receipt: { id: row.receipt_id, number: row.number, warehouseId: row.warehouse_id, receivedAt: new Date(row.received_at) },
        quantity: Number(row.quantity),
        rejectedQuantity: Number(row.rejected_quantity),
        purchaseOrderLineId: row.purchase_order_line_id,
        asnLineId: row.asn_line_id,
      }));
    }),
    shipmentsByLot: new DataLoader<string, LotShipment[]>(async (lotIds) => {
      const rows = await execute<ShipmentRow[]>(
        em,
        `SELECT p.lot_id, s.id AS shipment_id, s.number, s.sales_order_id, s.warehouse_id, s.shipped_at, sl.sales_order_line_id, sum(p.quantity) AS quantity
           FROM wms.pick p
           JOIN wms.shipment_line sl ON sl.id = p.shipment_line_id
           JOIN wms.shipment s ON s.id = sl.shipment_id
          WHERE p.lot_id = ANY(?::uuid[])
          GROUP BY p.lot_id, s.id, sl.id
          ORDER BY s.shipped_at, s.number, sl.id`,
        [sqlArray(lotIds)],
      );
      return byLot(lotIds, rows, (row) => ({
        shipment: { id: row.shipment_id, number: row.number, salesOrderId: row.sales_order_id, warehouseId: row.warehouse_id, shippedAt: new Date(row.shipped_at) },
        salesOrderLineId: row.sales_order_line_id,
        quantity: Number(row.quantity),
      }));
    }),
  };
}
