import { Transport } from './20261130-0001-transport.ts';
import { TransferOrders } from './20261130-0002-transfer-order.ts';

/** Oldest first; applied by the program at start. */
export const scmMigrations = [Transport, TransferOrders];
