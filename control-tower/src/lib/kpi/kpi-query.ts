import type { Grain, KpiFilter } from '../graphql/__generated__/operations.ts';

/**
 * The dashboard's and KPI pages' choices, kept in the URL so a view can be
 * shared. Whatever the URL holds, reading it never throws: a value that is not
 * valid becomes a problem shown beside its field, and the page goes on without it.
 */
export interface KpiQuery {
  grain: Grain;
  /** The day whose period is current; null: today. */
  asOf: string | null;
  siteId: string | null;
  customerId: string | null;
  itemId: string | null;
  supplierId: string | null;
}

export type KpiQueryField = 'grain' | 'asOf' | 'site' | 'customer' | 'item' | 'supplier';
export type Problems<Field extends string> = Partial<Record<Field, string>>;

export const grains: { value: Grain; label: string }[] = [
  { value: 'DAY', label: 'Day' },
  { value: 'WEEK', label: 'Week' },
  { value: 'MONTH', label: 'Month' },
];

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads an id parameter; a malformed one is a problem, not a request the graph refuses. */
export function readId<Field extends string>(params: URLSearchParams, name: string, field: Field, what: string, problems: Problems<Field>): string | null {
  const value = params.get(name)?.trim();
  if (!value) return null;
  if (idPattern.test(value)) return value.toLowerCase();
  problems[field] = `“${value.slice(0, 40)}” is not a ${what} id; showing all ${what}s.`;
  return null;
}

/** Reads a date parameter that may not lie after today. */
export function readDay<Field extends string>(params: URLSearchParams, name: string, field: Field, today: string, problems: Problems<Field>): string | null {
  const value = params.get(name)?.trim();
  if (!value) return null;
  if (!isCalendarDate(value)) problems[field] = `“${value.slice(0, 40)}” is not a date (YYYY-MM-DD); showing today.`;
  else if (value > today) problems[field] = `${value} is in the future; showing today.`;
  else return value;
  return null;
}

export function readKpiQuery(params: URLSearchParams, today: string): { query: KpiQuery; problems: Problems<KpiQueryField> } {
  const problems: Problems<KpiQueryField> = {};
  const requestedGrain = params.get('grain');
  const grain = grains.find(({ value }) => value === requestedGrain?.toUpperCase())?.value;
  if (requestedGrain && !grain) problems.grain = `“${requestedGrain.slice(0, 40)}” is not a period; choose day, week or month.`;
  return {
    query: {
      grain: grain ?? 'MONTH',
      asOf: readDay(params, 'asOf', 'asOf', today, problems),
      siteId: readId(params, 'site', 'site', 'site', problems),
      customerId: readId(params, 'customer', 'customer', 'customer', problems),
      itemId: readId(params, 'item', 'item', 'item', problems),
      supplierId: readId(params, 'supplier', 'supplier', 'supplier', problems),
    },
    problems,
  };
}

/** The filter the graph takes; only the dimensions chosen. */
export function kpiFilter(query: KpiQuery): KpiFilter | null {
  const filter: KpiFilter = {};
  if (query.siteId) filter.siteId = query.siteId;
  if (query.customerId) filter.customerId = query.customerId;
  if (query.itemId) filter.itemId = query.itemId;
  if (query.supplierId) filter.supplierId = query.supplierId;
  return Object.keys(filter).length ? filter : null;
}

/** What the filters offer: the graph's sites, customers, items and suppliers. */
export interface KpiFilterOptions {
  sites: readonly { id: string }[];
  customers: readonly { id: string }[];
  items: readonly { id: string }[];
  suppliers: readonly { id: string }[];
}

/** The dimensions a filter form sets, as the graph's filter fields. */
export const filterFields = ['siteId', 'customerId', 'itemId', 'supplierId'] as const;

/**
 * Drops filter ids the graph does not know (a well-formed id of nothing), each
 * with its problem: the page then says so rather than showing empty tiles.
 */
export function knownFilters(
  query: KpiQuery,
  options: KpiFilterOptions,
  problems: Problems<KpiQueryField>,
): KpiQuery {
  const known = (id: string | null, list: readonly { id: string }[], field: 'site' | 'customer' | 'item' | 'supplier') => {
    if (id && !list.some((option) => option.id === id)) {
      problems[field] = `There is no ${field} with id ${id}; showing all ${field}s.`;
      return null;
    }
    return id;
  };
  return {
    ...query,
    siteId: known(query.siteId, options.sites, 'site'),
    customerId: known(query.customerId, options.customers, 'customer'),
    itemId: known(query.itemId, options.items, 'item'),
    supplierId: known(query.supplierId, options.suppliers, 'supplier'),
  };
}

/** The URL parameters of a query (defaults left out), plus any extra the page keeps. */
export function kpiParams(query: KpiQuery, extra: Record<string, string | number | null> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.grain !== 'MONTH') params.set('grain', query.grain);
  if (query.asOf) params.set('asOf', query.asOf);
  if (query.siteId) params.set('site', query.siteId);
  if (query.customerId) params.set('customer', query.customerId);
  if (query.itemId) params.set('item', query.itemId);
  if (query.supplierId) params.set('supplier', query.supplierId);
  for (const [name, value] of Object.entries(extra)) if (value !== null && value !== '') params.set(name, String(value));
  return params;
}

export function kpiHref(path: string, query: KpiQuery, extra: Record<string, string | number | null> = {}): string {
  const params = kpiParams(query, extra).toString();
  return params ? `${path}?${params}` : path;
}
