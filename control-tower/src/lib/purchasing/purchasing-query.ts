import type { PurchaseOrderStatus } from '../graphql/__generated__/operations.ts';
import { readPage } from '../paging.ts';

/** The purchasing overview's status filter and its two lists' pages, kept in the URL so a view can be shared and Back works. */
export interface PurchasingQuery {
  status: PurchaseOrderStatus | null;
  page: number;
  supplierPage: number;
}

export const purchaseOrdersPageSize = 50;
export const suppliersPageSize = 50;

export const purchaseOrderStatuses: PurchaseOrderStatus[] = ['DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'];

/** Still expecting goods: not yet received in full, closed or cancelled. */
export const openPurchaseOrderStatuses: PurchaseOrderStatus[] = ['DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED'];

/** Reading the URL never throws: a status or page that is not one is a problem shown above the list, and the page goes on without it. */
export function readPurchasingQuery(params: URLSearchParams): { query: PurchasingQuery; problems: string[] } {
  const problems: string[] = [];
  const raw = params.get('status');
  const status = raw ? (purchaseOrderStatuses.find((candidate) => candidate === raw.toUpperCase()) ?? null) : null;
  if (raw && !status) problems.push(`“${raw.slice(0, 40)}” is not a purchase order status; showing every status.`);
  const page = readPage(params);
  if (page.problem) problems.push(page.problem);
  const supplierPage = readPage(new URLSearchParams({ page: params.get('supplierPage') ?? '' }));
  if (supplierPage.problem) problems.push(`Suppliers: ${supplierPage.problem}`);
  return { query: { status, page: page.page, supplierPage: supplierPage.page }, problems };
}

export function purchasingHref(query: PurchasingQuery, change: Partial<PurchasingQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set('status', next.status);
  if (next.page > 1) params.set('page', String(next.page));
  if (next.supplierPage > 1) params.set('supplierPage', String(next.supplierPage));
  return params.size ? `/purchasing?${params}` : '/purchasing';
}
