import { error } from '@sveltejs/kit';
import { PortalForecastDocument } from '#lib/graphql/__generated__/operations.ts';
import { forecastByItem, forecastPages, forecastWeekStarts, readForecastQuery } from '#lib/portal/portal-query.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

/** What the company expects to take from the supplier, item by item and week by week: firm on sent orders, planned beyond them. */
export async function load({ url, fetch, parent }) {
  const today = todayUtc();
  const { query, problems } = readForecastQuery(url.searchParams, today);
  const { supplier } = await parent();
  const result = await askGraph(fetch, PortalForecastDocument, { supplierId: supplier.id, ...query });
  if (!result.data) error(502, outages(result.errors).join(' ') || 'The graph returned no forecast.');
  problems.push(...refusals(result.errors));
  return { query, problems, today, ...forecastPages(query, today), items: forecastByItem(result.data.supplierForecast, forecastWeekStarts(query)), outages: outages(result.errors) };
}
