import { cashToCashKpis } from '../cash-to-cash/cash-to-cash.kpis.ts';
import { inventoryKpis } from '../inventory/inventory.kpis.ts';
import { backlogKpis } from '../order-fulfilment/backlog.kpis.ts';
import { cycleTimeKpis } from '../order-fulfilment/cycle-time.kpis.ts';
import { otifKpis } from '../order-fulfilment/otif.kpis.ts';
import { perfectOrderKpis } from '../order-fulfilment/perfect-order.kpis.ts';
import { productionKpis } from '../production/production.kpis.ts';
import { supplierPerformanceKpis } from '../supplier-performance/supplier-performance.kpis.ts';
import type { KpiDefinition } from './kpi-definition.ts';

/** Every KPI of KPIS.md the graph serves, in dashboard order. */
export const kpiDefinitions: readonly KpiDefinition[] = [
  ...perfectOrderKpis,
  ...otifKpis,
  ...cycleTimeKpis,
  ...backlogKpis,
  ...inventoryKpis,
  ...productionKpis,
  ...supplierPerformanceKpis,
  ...cashToCashKpis,
];
