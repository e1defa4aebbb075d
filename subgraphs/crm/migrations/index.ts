import { SalesOrders } from './20261124-0001-sales-orders.ts';
import { SalesOrderSite } from './20261126-0001-sales-order-site.ts';

/** Oldest first; applied by the program at start. */
export const crmMigrations = [SalesOrders, SalesOrderSite];
