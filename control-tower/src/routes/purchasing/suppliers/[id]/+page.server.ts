import { error } from '@sveltejs/kit';
import { SupplierPageDocument, SupplierTrendPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { openPurchaseOrderStatuses } from '#lib/purchasing/purchasing-query.ts';
import { readSupplierQuery } from '#lib/purchasing/supplier-query.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

const openOrdersShown = 50;

/** A supplier: its scorecard, its on-time delivery trend from analytics, its certificates and the orders still open with it. */
export async function load({ params, url, fetch }) {
  const today = todayUtc();
  const { query, problems } = readSupplierQuery(url.searchParams, today);
  // Two requests, so the page stands when analytics does not answer: srm's facts do not wait on the trend.
  const [result, trend] = await Promise.all([
    askGraph(fetch, SupplierPageDocument, { id: params.id, ...query.scorecard, openStatuses: openPurchaseOrderStatuses, first: openOrdersShown }),
    askGraph(fetch, SupplierTrendPageDocument, { supplierId: params.id, grain: query.grain, ...query.window }),
  ]);
  // A malformed id is refused as bad input; a well-formed one nobody knows is NOT_FOUND: neither is a page.
  if (refusals(result.errors).length || result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) {
    error(404, 'There is no supplier with that id.');
  }
  if (!result.data?.supplier) error(502, outages(result.errors).join(' ') || 'The graph returned no supplier.');
  return {
    query,
    problems,
    today,
    supplier: result.data.supplier,
    openOrders: result.data.purchaseOrders,
    definition: trend.data?.kpiDefinitions.find((definition) => definition.name === 'SUPPLIER_ON_TIME_DELIVERY') ?? null,
    series: trend.data?.series ?? null,
    previousSeries: trend.data?.previousSeries ?? null,
    outages: [...outages(result.errors), ...outages(trend.errors), ...refusals(trend.errors)],
  };
}
