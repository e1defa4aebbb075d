import { DashboardDocument, KpiFilterOptionsDocument } from '#lib/graphql/__generated__/operations.ts';
import { filterFields, kpiFilter, knownFilters, readKpiQuery } from '#lib/kpi/kpi-query.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

/** The executive dashboard: every KPI tile for the chosen period and filters. */
export async function load({ url, fetch }) {
  const today = todayUtc();
  const { query: asked, problems } = readKpiQuery(url.searchParams, today);
  const snapshot = (query: typeof asked) => askGraph(fetch, DashboardDocument, { grain: query.grain, asOf: query.asOf, filter: kpiFilter(query) });
  const [options, first] = await Promise.all([askGraph(fetch, KpiFilterOptionsDocument, {}), snapshot(asked)]);
  const filterOptions = { sites: options.data?.sites ?? [], customers: options.data?.customers ?? [], items: options.data?.items ?? [], suppliers: options.data?.suppliers.items ?? [] };
  const query = options.data ? knownFilters(asked, filterOptions, problems) : asked;
  // A filter id of nothing was dropped: the tiles asked for with it would say "no data" for the wrong reason.
  const dropped = filterFields.some((field) => query[field] !== asked[field]);
  const result = dropped ? await snapshot(query) : first;
  return {
    query,
    problems,
    refused: refusals(result.errors),
    outages: [...new Set([...outages(options.errors), ...outages(result.errors)])],
    tiles: result.data?.kpiSnapshot ?? [],
    options: filterOptions,
    today,
  };
}
