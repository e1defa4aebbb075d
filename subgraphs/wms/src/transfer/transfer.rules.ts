import type { TransferPick } from './transfer.entity.ts';

export interface WarehouseStock {
  warehouseId: string;
  siteId: string;
  onHand: number;
  inTransit: number;
}

/**
 * One item's stock across sites: on hand per warehouse, and what is on its
 * way to each (transfers shipped, not yet received), a warehouse with either
 * listed once, by site then warehouse.
 */
export function crossSiteStock(
  onHand: readonly { warehouseId: string; siteId: string; quantity: number }[],
  inTransit: readonly { warehouseId: string; siteId: string; quantity: number }[],
): WarehouseStock[] {
  const byWarehouse = new Map<string, WarehouseStock>();
  const entry = (warehouseId: string, siteId: string) => {
    if (!byWarehouse.has(warehouseId)) byWarehouse.set(warehouseId, { warehouseId, siteId, onHand: 0, inTransit: 0 });
    return byWarehouse.get(warehouseId)!;
  };
  for (const row of onHand) entry(row.warehouseId, row.siteId).onHand += row.quantity;
  for (const row of inTransit) entry(row.warehouseId, row.siteId).inTransit += row.quantity;
  return [...byWarehouse.values()].sort((a, b) => a.siteId.localeCompare(b.siteId) || a.warehouseId.localeCompare(b.warehouseId));
}

/** The lots a transfer carries, as its events publish them. */
export const movedLines = (picks: readonly Pick<TransferPick, 'itemId' | 'lotId' | 'quantity'>[]) => picks.map((pick) => ({ itemId: pick.itemId, lotId: pick.lotId, quantity: pick.quantity }));
