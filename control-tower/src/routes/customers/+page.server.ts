import { CustomersPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { customersPageSize, readCustomerQuery, type CustomerQuery } from '#lib/customers/customer-query.ts';
import { clampPage } from '#lib/paging.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';

/** Customers by name with how many orders each has placed, has open and when it last ordered; searched by name or code. */
export async function load({ url, fetch }) {
  const { query: asked, problems } = readCustomerQuery(url.searchParams);
  const ask = (query: CustomerQuery) =>
    askGraph(fetch, CustomersPageDocument, { search: query.search, first: customersPageSize, offset: (query.page - 1) * customersPageSize });
  let query = asked;
  let result = await ask(query);
  // Page 999 of 3 shows page 3 and says so.
  const clamped = clampPage(query.page, result.data?.customerPage.totalCount ?? 0, customersPageSize);
  if (clamped.problem) {
    problems.push(clamped.problem);
    query = { ...query, page: clamped.page };
    result = await ask(query);
  }
  return {
    query,
    problems: [...problems, ...refusals(result.errors)],
    customers: result.data?.customerPage ?? { totalCount: 0, items: [] },
    outages: outages(result.errors),
  };
}
