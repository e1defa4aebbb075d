import { SalesOrders } from './20261124-0001-sales-orders.ts';

/** Oldest first; applied by the program at start. */
export const crmMigrations = [SalesOrders];
