import type { SalesOrderSortField, SalesOrderStatus, SortDirection } from './graphql/__generated__/operations.ts';
import { isCalendarDate, readId, type Problems } from './kpi/kpi-query.ts';
import { readPage } from './paging.ts';

/** The Orders page's filters, sort and page, kept in the URL so a view can be shared and Back works. */
export interface OrdersQuery {
  siteId: string | null;
  customerId: string | null;
  status: SalesOrderStatus | null;
  dueFrom: string | null;
  dueTo: string | null;
  sort: SalesOrderSortField;
  direction: SortDirection;
  page: number;
}

export const pageSize = 25;

export const statuses: SalesOrderStatus[] = ['DRAFT', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED', 'CANCELLED'];
const sortFields: SalesOrderSortField[] = ['NUMBER', 'ORDERED_AT', 'DUE_DATE', 'CUSTOMER', 'STATUS', 'TOTAL_AMOUNT'];
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function readOrdersQuery(params: URLSearchParams): OrdersQuery {
  const status = params.get('status') as SalesOrderStatus | null;
  const requestedSort = params.get('sort') as SalesOrderSortField | null;
  const sort = requestedSort && sortFields.includes(requestedSort) ? requestedSort : null;
  const date = (name: string) => {
    const value = params.get(name);
    return value && datePattern.test(value) ? value : null;
  };
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    siteId: params.get('site') || null,
    customerId: params.get('customer') || null,
    status: status && statuses.includes(status) ? status : null,
    dueFrom: date('dueFrom'),
    dueTo: date('dueTo'),
    sort: sort ?? 'ORDERED_AT',
    direction: params.get('dir') === 'ASC' ? 'ASC' : params.get('dir') === 'DESC' ? 'DESC' : sort ? 'ASC' : 'DESC',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function ordersHref(query: OrdersQuery, change: Partial<OrdersQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.siteId) params.set('site', next.siteId);
  if (next.customerId) params.set('customer', next.customerId);
  if (next.status) params.set('status', next.status);
  if (next.dueFrom) params.set('dueFrom', next.dueFrom);
  if (next.dueTo) params.set('dueTo', next.dueTo);
  params.set('sort', next.sort);
  params.set('dir', next.direction);
  if (next.page > 1) params.set('page', String(next.page));
  return `/orders?${params}`;
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function sortHref(query: OrdersQuery, field: SalesOrderSortField): string {
  const direction = query.sort === field && query.direction === 'ASC' ? 'DESC' : 'ASC';
  return ordersHref(query, { sort: field, direction, page: 1 });
}

export type OrdersQueryField = 'site' | 'customer' | 'dueFrom' | 'dueTo' | 'page';

/**
 * The query and what was wrong with the URL, for the form: a malformed site or
 * customer id, a date that is not one, or a range that ends before it starts is a
 * problem shown beside its field and left out of the request (the graph
 * would refuse it, and the page would be an error instead of a form).
 */
export function validateOrdersQuery(params: URLSearchParams): { query: OrdersQuery; problems: Problems<OrdersQueryField> } {
  const problems: Problems<OrdersQueryField> = {};
  const query = readOrdersQuery(params);
  const siteId = readId(params, 'site', 'site', 'site', problems);
  const customerId = readId(params, 'customer', 'customer', 'customer', problems);
  for (const field of ['dueFrom', 'dueTo'] as const) {
    const value = params.get(field);
    if (value && !isCalendarDate(value)) problems[field] = `“${value.slice(0, 40)}” is not a date (YYYY-MM-DD).`;
  }
  const page = readPage(params);
  if (page.problem) problems.page = page.problem;
  let { dueFrom, dueTo } = query;
  if (dueFrom && dueTo && dueFrom > dueTo) {
    problems.dueTo = `The due range ends (${dueTo}) before it starts (${dueFrom}); showing orders due from ${dueFrom}.`;
    dueTo = null;
  }
  return { query: { ...query, siteId, customerId, dueFrom: dueFrom && isCalendarDate(dueFrom) ? dueFrom : null, dueTo: dueTo && isCalendarDate(dueTo) ? dueTo : null }, problems };
}
