import { execute, sqlArray, type EntityManager } from '@plexus/db';

/**
 * Lots as qms hears of them from wms.GoodsReceived (bought or produced):
 * enough to name a lot in a nonconformance and tell wms where it is, without
 * reading wms' tables.
 */
export interface KnownLot {
  lotId: string;
  itemId: string;
  lotNumber: string;
  warehouseId: string;
  siteId: string | null;
}

interface KnownLotRow {
  lot_id: string;
  item_id: string;
  lot_number: string;
  warehouse_id: string;
  site_id: string | null;
}

const fromRow = (row: KnownLotRow): KnownLot => ({ lotId: row.lot_id, itemId: row.item_id, lotNumber: row.lot_number, warehouseId: row.warehouse_id, siteId: row.site_id });

/** Remembers lots where they were first received; a lot received again elsewhere keeps its first warehouse. */
export async function rememberLots(em: EntityManager, lots: readonly KnownLot[]): Promise<void> {
  if (lots.length === 0) return;
  await execute(
    em,
    `INSERT INTO qms.known_lot (lot_id, item_id, lot_number, warehouse_id, site_id)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(lot_id uuid, item_id uuid, lot_number text, warehouse_id uuid, site_id uuid)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(lots.map((lot) => ({ lot_id: lot.lotId, item_id: lot.itemId, lot_number: lot.lotNumber, warehouse_id: lot.warehouseId, site_id: lot.siteId })))],
  );
  // Inspections created before their lot reached the warehouse (a final inspection of a work order) learn where it is.
  await execute(
    em,
    `UPDATE qms.inspection i SET lot_id = k.lot_id, warehouse_id = coalesce(i.warehouse_id, k.warehouse_id)
       FROM qms.known_lot k
      WHERE i.lot_id IS NULL AND i.lot_number = k.lot_number AND i.item_id = k.item_id AND k.lot_id = ANY(?::uuid[])`,
    [sqlArray(lots.map((lot) => lot.lotId))],
  );
}

export async function findKnownLot(em: EntityManager, lotId: string): Promise<KnownLot | null> {
  const rows = await execute<KnownLotRow[]>(em, 'SELECT lot_id, item_id, lot_number, warehouse_id, site_id FROM qms.known_lot WHERE lot_id = ?', [lotId]);
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function findKnownLotByNumber(em: EntityManager, itemId: string, lotNumber: string): Promise<KnownLot | null> {
  const rows = await execute<KnownLotRow[]>(em, 'SELECT lot_id, item_id, lot_number, warehouse_id, site_id FROM qms.known_lot WHERE item_id = ? AND lot_number = ?', [itemId, lotNumber]);
  return rows[0] ? fromRow(rows[0]) : null;
}
