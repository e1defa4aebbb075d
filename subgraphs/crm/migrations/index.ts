import { SalesOrders } from './20261124-0001-sales-orders.ts';
import { SalesOrderSite } from './20261126-0001-sales-order-site.ts';
import { DemandForecast } from './20261130-0001-demand-forecast.ts';
import { ServiceCases } from './20261130-0010-service-cases.ts';

/** Oldest first; applied by the program at start. */
export const crmMigrations = [SalesOrders, SalesOrderSite, DemandForecast, ServiceCases];
