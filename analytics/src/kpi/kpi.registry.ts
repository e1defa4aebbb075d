import { cashToCashKpis } from '../cash-to-cash/cash-to-cash.kpis.ts';
import { inventoryKpis } from '../inventory/inventory.kpis.ts';
import { orderFulfilmentKpis } from '../order-fulfilment/order-fulfilment.kpis.ts';
import { productionKpis } from '../production/production.kpis.ts';
import { supplierPerformanceKpis } from '../supplier-performance/supplier-performance.kpis.ts';
import type { KpiDefinition } from './kpi-definition.ts';

/** Every KPI of KPIS.md the graph serves, in dashboard order. */
export const kpiDefinitions: readonly KpiDefinition[] = [
  ...orderFulfilmentKpis,
  ...inventoryKpis,
  ...productionKpis,
  ...supplierPerformanceKpis,
  ...cashToCashKpis,
];
