import type { EntityManager } from '@plexus/db';

/**
 * What every KPI of KPIS.md implements, so the `kpi`, `kpiSnapshot` and
 * `kpiContributions` queries treat them alike. Each KPI lives in the feature
 * folder of the facts it reads (order fulfilment, supply, production,
 * inventory) and registers here through `kpi.registry.ts`.
 */

export type KpiName =
  | 'PERFECT_ORDER_RATE'
  | 'PERFECT_ORDER_ON_TIME'
  | 'PERFECT_ORDER_IN_FULL'
  | 'PERFECT_ORDER_DAMAGE_FREE'
  | 'PERFECT_ORDER_DOCUMENTATION_ACCURATE'
  | 'OTIF'
  | 'ORDER_FULFILMENT_CYCLE_TIME_MEDIAN'
  | 'ORDER_FULFILMENT_CYCLE_TIME_P90'
  | 'INVENTORY_TURNS'
  | 'DAYS_OF_INVENTORY'
  | 'OEE'
  | 'OEE_AVAILABILITY'
  | 'OEE_PERFORMANCE'
  | 'OEE_QUALITY'
  | 'SUPPLIER_ON_TIME_DELIVERY'
  | 'SUPPLIER_ON_TIME_IN_FULL'
  | 'SUPPLIER_PPM'
  | 'INCOMING_FIRST_PASS_ACCEPTANCE'
  | 'FIRST_PASS_YIELD'
  | 'SCHEDULE_ADHERENCE'
  | 'BACKLOG_QUANTITY'
  | 'BACKLOG_VALUE'
  | 'CASH_TO_CASH'
  | 'DAYS_SALES_OUTSTANDING'
  | 'DAYS_PAYABLE_OUTSTANDING';

export type KpiUnit = 'RATIO' | 'DAYS' | 'TURNS' | 'PPM' | 'QUANTITY' | 'CURRENCY';

export type Grain = 'DAY' | 'WEEK' | 'MONTH';

export interface KpiFilter {
  siteId?: string | null;
  itemId?: string | null;
  customerId?: string | null;
  supplierId?: string | null;
  machineId?: string | null;
  workCenterId?: string | null;
}

export type KpiFilterField = keyof KpiFilter;

/** KPIS.md's OTIF settings; defaults: line grain, committed date, no early limit, over-delivery fails. */
export interface OtifSettings {
  grain: 'LINE' | 'QUANTITY';
  referenceDate: 'COMMITTED' | 'REQUESTED';
  earlyDays: number | null;
  overDeliveryFails: boolean;
}

export const defaultOtifSettings: OtifSettings = { grain: 'LINE', referenceDate: 'COMMITTED', earlyDays: null, overDeliveryFails: true };

/** A calendar period: inclusive UTC days `YYYY-MM-DD`. */
export interface Period {
  start: string;
  end: string;
}

/**
 * Reads the tiles of one request share: a KPI family (OEE and its factors,
 * the perfect-order components and OTIF, backlog quantity and value) needs
 * the same facts, so they are read once per request under one key.
 */
export interface SharedReads {
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
}

export function sharedReads(): SharedReads {
  const reads = new Map<string, Promise<unknown>>();
  return {
    once<T>(key: string, read: () => Promise<T>) {
      if (!reads.has(key)) reads.set(key, read());
      return reads.get(key) as Promise<T>;
    },
  };
}

/** The key of a family's read: everything in the query that changes what it reads. */
export const sharedReadKey = (family: string, query: KpiQuery) =>
  `${family}:${JSON.stringify([query.from, query.to, query.today, query.grain, query.filter, query.otif])}`;

export interface KpiQuery {
  /** First and last day, inclusive; already validated (from ≤ to, at most ten years). */
  from: string;
  to: string;
  grain: Grain;
  /** Only fields listed in the definition's `filters`; already validated as UUIDs. */
  filter: KpiFilter;
  otif: OtifSettings;
  /** The periods the series must return, oldest first, covering [from, to]. */
  periods: Period[];
  /** Today (UTC): what is due later than today is not due yet, even inside the period. */
  today: string;
  reads: SharedReads;
}

export interface KpiPoint {
  periodStart: string;
  periodEnd: string;
  /** numerator / denominator for ratios (× 10⁶ for PPM); a statistic for medians; null when nothing counted. */
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface KpiContribution {
  subjectType: string;
  subjectId: string;
  label: string;
  orderId: string | null;
  time: Date | null;
  numerator: number;
  denominator: number;
  passed: boolean | null;
  reasons: string[];
}

export interface KpiContributionQuery extends Omit<KpiQuery, 'grain' | 'periods' | 'reads'> {
  onlyFailing: boolean;
  first: number;
  offset: number;
}

export interface KpiDefinition {
  name: KpiName;
  label: string;
  /** How it is computed, with its source (KPIS.md, SCOR, ISO 22400-2). */
  description: string;
  unit: KpiUnit;
  higherIsBetter: boolean;
  /** A common benchmark target; null where none applies. */
  target: number | null;
  filters: readonly KpiFilterField[];
  /** One point per `query.periods` entry, in that order, empty periods with denominator 0 and value null. */
  series(em: EntityManager, query: KpiQuery): Promise<KpiPoint[]>;
  /** The records behind the value over [from, to], failing ones first when `onlyFailing` is false. */
  contributions(em: EntityManager, query: KpiContributionQuery): Promise<{ totalCount: number; items: KpiContribution[] }>;
}
