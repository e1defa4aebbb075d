import { LotHold } from './20261130-0001-lot-hold.ts';
import { LotLinks } from './20261130-0004-lot-links.ts';
import { PurchaseReceipt } from './20261126-0001-purchase-receipt.ts';
import { Transfers } from './20261130-0003-transfer.ts';
import { WarehouseStock } from './20261124-0001-warehouse-stock.ts';

/** Oldest first; applied by the program at start. */
export const wmsMigrations = [WarehouseStock, PurchaseReceipt, LotHold, Transfers, LotLinks];
