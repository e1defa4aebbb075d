import DataLoader from 'dataloader';
import { createByIdLoader, sqlArray, execute, type EntityManager } from '@plexus/db';
import type { WmsContext } from '../context.ts';
import { LotSchema, StockBalanceSchema, type Lot, type StockBalance } from './stock.entity.ts';

/** Loader keys for per-warehouse questions: `itemId` or `itemId|warehouseId`. */
const key = (itemId: string, warehouseId?: string | null) => (warehouseId ? `${itemId}|${warehouseId}` : itemId);
const split = (loaderKey: string) => loaderKey.split('|') as [string, string | undefined];

export function createStockLoaders(em: EntityManager) {
  const balances = new DataLoader<string, StockBalance[]>(async (keys) => {
    const itemIds = [...new Set(keys.map((k) => split(k)[0]))];
    const rows = await execute<{ id: string; item_id: string; location_id: string; lot_id: string; quantity: string; warehouse_id: string }[]>(
      em,
      `SELECT b.id, b.item_id, b.location_id, b.lot_id, b.quantity, l.warehouse_id
         FROM wms.stock_balance b JOIN wms.location l ON l.id = b.location_id
        WHERE b.item_id = ANY(?::uuid[]) AND b.quantity > 0
        ORDER BY l.code, b.lot_id`,
      [sqlArray(itemIds)],
    );
    return keys.map((k) => {
      const [itemId, warehouseId] = split(k);
      return rows
        .filter((row) => row.item_id === itemId && (!warehouseId || row.warehouse_id === warehouseId))
        .map((row) => ({ id: row.id, itemId: row.item_id, locationId: row.location_id, lotId: row.lot_id, quantity: Number(row.quantity) }));
    });
  });
  return {
    lotById: createByIdLoader<Lot>(em, LotSchema),
    balances,
    lotsWithStockByItem: new DataLoader<string, Lot[]>(async (itemIds) => {
      const rows = await execute<{ id: string }[]>(
        em,
        `SELECT DISTINCT lot.id, lot.expiry_date, lot.received_at
           FROM wms.lot lot JOIN wms.stock_balance b ON b.lot_id = lot.id AND b.quantity > 0
          WHERE lot.item_id = ANY(?::uuid[])
          ORDER BY lot.expiry_date NULLS LAST, lot.received_at`,
        [sqlArray(itemIds)],
      );
      const lots = await em.find(LotSchema, { id: { $in: rows.map((row) => row.id) } });
      const order = new Map(rows.map((row, index) => [row.id, index]));
      lots.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      return itemIds.map((id) => lots.filter((lot) => lot.itemId === id));
    }),
  };
}

export const stockBalances = (ctx: WmsContext, itemId: string, warehouseId?: string | null) => ctx.loaders.balances.load(key(itemId, warehouseId));

export async function stockOnHand(ctx: WmsContext, itemId: string, warehouseId?: string | null): Promise<number> {
  const balances = await stockBalances(ctx, itemId, warehouseId);
  return balances.reduce((sum, balance) => sum + balance.quantity, 0);
}

export async function listStockBalances(ctx: WmsContext, filter: { itemId?: string | null; warehouseId?: string | null }): Promise<StockBalance[]> {
  if (filter.itemId) return stockBalances(ctx, filter.itemId, filter.warehouseId);
  return ctx.em.find(
    StockBalanceSchema,
    { quantity: { $gt: 0 }, ...(filter.warehouseId ? { locationId: { $in: (await ctx.loaders.locationsByWarehouse.load(filter.warehouseId)).map((l) => l.id) } } : {}) },
    { orderBy: { itemId: 'asc' }, limit: 1000 },
  );
}
