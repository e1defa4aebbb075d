import type { KpiDefinition } from './kpi-definition.ts';

export type KpiStatus = 'ON_TARGET' | 'OFF_TARGET' | 'NO_TARGET' | 'NO_DATA';

/**
 * A tile's status (KPIS.md): ON_TARGET / OFF_TARGET only against a target in
 * the KPI's direction; a KPI without a target is NO_TARGET, and NO_DATA when
 * nothing counted in the period.
 */
export function snapshotStatus(definition: Pick<KpiDefinition, 'target' | 'higherIsBetter'>, value: number | null): KpiStatus {
  if (value === null) return 'NO_DATA';
  if (definition.target === null) return 'NO_TARGET';
  return (definition.higherIsBetter ? value >= definition.target : value <= definition.target) ? 'ON_TARGET' : 'OFF_TARGET';
}
