import type { EntityManager } from '@plexus/db';
// Names, units, grains and filters as the SDL declares them: a KPI added there is a KPI the registry must serve.
import type { Grain, KpiFilter, KpiName, KpiUnit, OtifGrain, OtifReferenceDate } from '../__generated__/resolvers-types.ts';

/**
 * What every KPI of KPIS.md implements, so the `kpi`, `kpiSnapshot` and
 * `kpiContributions` queries treat them alike. Each KPI lives in the feature
 * folder of the facts it reads (order fulfilment, supply, production,
 * inventory) and registers here through `kpi.registry.ts`.
 */

export type { Grain, KpiFilter, KpiName, KpiUnit };

export type KpiFilterField = keyof KpiFilter;

/** KPIS.md's OTIF settings; defaults: line grain, committed date, no early limit, over-delivery fails. */
export interface OtifSettings {
  grain: OtifGrain;
  referenceDate: OtifReferenceDate;
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
  /** The request's now (the context's clock): current states count up to it. */
  now: Date;
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
