import { ItemsPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { itemsPageSize, readItemQuery, type ItemQuery } from '#lib/items/item-query.ts';
import { clampPage } from '#lib/paging.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';

/** Items by SKU with their type, unit, standard cost, stock on hand over every warehouse and quantity on open sales orders. */
export async function load({ url, fetch }) {
  const { query: asked, problems } = readItemQuery(url.searchParams);
  const ask = (query: ItemQuery) =>
    askGraph(fetch, ItemsPageDocument, {
      filter: query.search || query.type ? { search: query.search, type: query.type } : null,
      first: itemsPageSize,
      offset: (query.page - 1) * itemsPageSize,
    });
  let query = asked;
  let result = await ask(query);
  // Page 999 of 3 shows page 3 and says so.
  const clamped = clampPage(query.page, result.data?.itemPage.totalCount ?? 0, itemsPageSize);
  if (clamped.problem) {
    problems.push(clamped.problem);
    query = { ...query, page: clamped.page };
    result = await ask(query);
  }
  return {
    query,
    problems: [...problems, ...refusals(result.errors)],
    items: result.data?.itemPage ?? { totalCount: 0, items: [] },
    outages: outages(result.errors),
  };
}
