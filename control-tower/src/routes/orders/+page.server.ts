import { error } from '@sveltejs/kit';
import { OrdersPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { pageSize, validateOrdersQuery, type OrdersQuery } from '#lib/orders-query.ts';
import { clampPage } from '#lib/paging.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

export async function load({ url, fetch }) {
  const { query: asked, problems } = validateOrdersQuery(url.searchParams);
  const ask = (query: OrdersQuery) =>
    askGraph(fetch, OrdersPageDocument, {
      filter: { siteId: query.siteId, customerId: query.customerId, status: query.status ? [query.status] : null, dueFrom: query.dueFrom, dueTo: query.dueTo },
      sort: { field: query.sort, direction: query.direction },
      first: pageSize,
      offset: (query.page - 1) * pageSize,
    });
  let query = asked;
  let result = await ask(query);
  const refused = refusals(result.errors);
  if (!result.data?.salesOrders && !refused.length) error(502, outages(result.errors).join(' ') || 'The graph returned no orders.');
  // Page 999 of 13 shows page 13 and says so, rather than "24951–301 of 301".
  const clamped = clampPage(query.page, result.data?.salesOrders.totalCount ?? 0, pageSize);
  if (clamped.problem) {
    problems.page = clamped.problem;
    query = { ...query, page: clamped.page };
    result = await ask(query);
  }
  return {
    query,
    problems,
    refused,
    orders: result.data?.salesOrders ?? { totalCount: 0, items: [] },
    customers: result.data?.customers ?? [],
    sites: result.data?.sites ?? [],
    problemsFromSystems: outages(result.errors),
    today: todayUtc(),
  };
}
