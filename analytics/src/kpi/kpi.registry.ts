import type { KpiDefinition } from './kpi-definition.ts';

/** Every KPI of KPIS.md the graph serves, in dashboard order. */
export const kpiDefinitions: readonly KpiDefinition[] = [];
