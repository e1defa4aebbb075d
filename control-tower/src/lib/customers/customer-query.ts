import { readPage } from '../paging.ts';
import { readSearch } from '../search.ts';

/** The customers list's search and page, kept in the URL so a view can be shared and Back works. */
export interface CustomerQuery {
  search: string | null;
  page: number;
}

export const customersPageSize = 50;

/** Reading the URL never throws: what cannot be used is a problem shown above the list, and the page goes on without it. */
export function readCustomerQuery(params: URLSearchParams): { query: CustomerQuery; problems: string[] } {
  const { search, problem } = readSearch(params);
  const page = readPage(params);
  return { query: { search, page: page.page }, problems: [problem, page.problem].filter((text): text is string => text !== null) };
}

export function customersHref(query: CustomerQuery, change: Partial<CustomerQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.search) params.set('search', next.search);
  if (next.page > 1) params.set('page', String(next.page));
  return params.size ? `/customers?${params}` : '/customers';
}

/** Where a customer's row leads: its orders. */
export const customerOrdersHref = (customerId: string) => `/orders?${new URLSearchParams({ customer: customerId })}`;
