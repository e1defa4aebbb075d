import { formatNumber, formatPercent } from '../format.ts';
import { defaultLocale } from '../locale.ts';
import type { KpiName, KpiUnit } from '../graphql/__generated__/operations.ts';

/** The dashboard's sections, in the order an executive reads them. */
export const kpiGroups = [
  { id: 'customer', title: 'Customer' },
  { id: 'operations', title: 'Operations' },
  { id: 'supply', title: 'Supply' },
  { id: 'finance', title: 'Finance' },
  { id: 'other', title: 'Other measures' },
] as const;

export type KpiGroupId = (typeof kpiGroups)[number]['id'];

const groupOf: Partial<Record<KpiName, KpiGroupId>> = {
  PERFECT_ORDER_RATE: 'customer',
  PERFECT_ORDER_ON_TIME: 'customer',
  PERFECT_ORDER_IN_FULL: 'customer',
  PERFECT_ORDER_DAMAGE_FREE: 'customer',
  PERFECT_ORDER_DOCUMENTATION_ACCURATE: 'customer',
  OTIF: 'customer',
  ORDER_FULFILMENT_CYCLE_TIME_MEDIAN: 'customer',
  ORDER_FULFILMENT_CYCLE_TIME_P90: 'customer',
  BACKLOG_QUANTITY: 'customer',
  BACKLOG_VALUE: 'customer',
  OEE: 'operations',
  OEE_AVAILABILITY: 'operations',
  OEE_PERFORMANCE: 'operations',
  OEE_QUALITY: 'operations',
  FIRST_PASS_YIELD: 'operations',
  SCHEDULE_ADHERENCE: 'operations',
  SUPPLIER_ON_TIME_DELIVERY: 'supply',
  SUPPLIER_ON_TIME_IN_FULL: 'supply',
  SUPPLIER_PPM: 'supply',
  INCOMING_FIRST_PASS_ACCEPTANCE: 'supply',
  INVENTORY_TURNS: 'supply',
  DAYS_OF_INVENTORY: 'supply',
  CASH_TO_CASH: 'finance',
  DAYS_SALES_OUTSTANDING: 'finance',
  DAYS_PAYABLE_OUTSTANDING: 'finance',
};

/** A KPI the analytics team adds later still gets a tile, under "Other measures", until it is placed here. */
export const kpiGroup = (name: string): KpiGroupId => groupOf[name as KpiName] ?? 'other';

/** Tiles by section, keeping the graph's order inside each; empty sections are left out. */
export function groupTiles<Tile extends { name: string }>(tiles: readonly Tile[]) {
  return kpiGroups
    .map((group) => ({ ...group, tiles: tiles.filter((tile) => kpiGroup(tile.name) === group.id) }))
    .filter((group) => group.tiles.length > 0);
}

/** Records behind a KPI listed per page. */
export const contributionsPageSize = 25;

/** `PERFECT_ORDER_RATE` ↔ `perfect-order-rate`, the KPI page's path segment. */
export const kpiSlug = (name: string) => name.toLowerCase().replaceAll('_', '-');
export const kpiNameOf = (slug: string) => slug.toUpperCase().replaceAll('-', '_');

const unitWords: Record<KpiUnit, string> = {
  RATIO: '',
  DAYS: 'days',
  TURNS: 'turns a year',
  PPM: 'ppm',
  QUANTITY: 'units',
  CURRENCY: 'at order prices',
};

/** A value in its unit, plainly; null is "no data yet", never 0 (issue 13, item 2). */
export function formatKpiValue(value: number | null | undefined, unit: KpiUnit, locale = defaultLocale): string {
  if (value === null || value === undefined) return 'no data yet';
  if (unit === 'RATIO') return formatPercent(value, locale);
  const digits = unit === 'DAYS' || unit === 'TURNS' ? 1 : 0;
  return `${formatNumber(value, digits, locale)}${unitWords[unit] ? ` ${unitWords[unit]}` : ''}`;
}

/** The change from the previous period: percentage points for ratios, the KPI's unit otherwise. */
export function formatKpiChange(change: number | null | undefined, unit: KpiUnit, locale = defaultLocale): string {
  if (change === null || change === undefined) return 'no change to compare';
  if (change === 0) return 'unchanged';
  const sign = change > 0 ? '+' : '−';
  const size = Math.abs(change);
  if (unit === 'RATIO') return `${sign}${formatNumber(size * 100, 1, locale)} pts`;
  return `${sign}${formatKpiValue(size, unit, locale)}`;
}

/** Whether a change moved the KPI the good way. */
export function changeDirection(change: number | null | undefined, higherIsBetter: boolean): 'better' | 'worse' | 'flat' {
  if (!change) return 'flat';
  return change > 0 === higherIsBetter ? 'better' : 'worse';
}

export function formatTarget(target: number | null | undefined, unit: KpiUnit, higherIsBetter: boolean, locale = defaultLocale): string {
  if (target === null || target === undefined) return 'no target';
  return `target ${higherIsBetter ? 'at least' : 'at most'} ${formatKpiValue(target, unit, locale)}`;
}

const statusWords: Record<string, string> = {
  ON_TARGET: 'on target',
  OFF_TARGET: 'off target',
  NO_DATA: 'no data yet',
  NO_TARGET: 'no target',
};

/**
 * The status to show: KPIS.md says a KPI without a target is NO_TARGET, never
 * on or off target, whatever status the graph sends for it.
 */
export const tileStatus = (tile: { status: string; target?: number | null }) =>
  tile.status !== 'NO_DATA' && (tile.target === null || tile.target === undefined) ? 'NO_TARGET' : tile.status;

/** The tile's status in words; a status the graph adds later is shown as it is named. */
export const kpiStatusLabel = (status: string) => statusWords[status] ?? status.replaceAll('_', ' ').toLowerCase();
