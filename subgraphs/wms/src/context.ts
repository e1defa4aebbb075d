import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createLotLoaders } from './lot/lot.store.ts';
import { createLotHoldLoaders } from './lot-hold/lot-hold.service.ts';
import { createPurchaseReceiptLoaders } from './purchase-receipt/purchase-receipt.service.ts';
import { createReceiptLoaders } from './receipt/receipt.service.ts';
import { createShipmentLoaders } from './shipment/shipment.service.ts';
import { createStockLoaders } from './stock/stock.service.ts';
import { createTransferLoaders } from './transfer/transfer.service.ts';
import { createWarehouseLoaders } from './warehouse/warehouse.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface WmsContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return {
    ...createWarehouseLoaders(em),
    ...createStockLoaders(em),
    ...createReceiptLoaders(em),
    ...createShipmentLoaders(em),
    ...createPurchaseReceiptLoaders(em),
    ...createLotHoldLoaders(em),
    ...createLotLoaders(em),
    ...createTransferLoaders(em),
  };
}

export function createWmsContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): WmsContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm) };
}
