import { error } from '@sveltejs/kit';
import { PurchasingPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { clampPage } from '#lib/paging.ts';
import { purchaseOrdersPageSize, readPurchasingQuery, suppliersPageSize, type PurchasingQuery } from '#lib/purchasing/purchasing-query.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

/** Purchase orders, newest first and filtered by status, beside the suppliers they are placed with. */
export async function load({ url, fetch }) {
  const { query: asked, problems } = readPurchasingQuery(url.searchParams);
  const ask = (query: PurchasingQuery) =>
    askGraph(fetch, PurchasingPageDocument, {
      filter: query.status ? { status: [query.status] } : null,
      first: purchaseOrdersPageSize,
      offset: (query.page - 1) * purchaseOrdersPageSize,
      suppliersFirst: suppliersPageSize,
      suppliersOffset: (query.supplierPage - 1) * suppliersPageSize,
    });
  let query = asked;
  let result = await ask(query);
  if (!result.data) error(502, outages(result.errors).join(' ') || 'The graph returned no purchase orders.');
  // Page 999 of 3 shows page 3 and says so, for either list.
  const orders = clampPage(query.page, result.data.purchaseOrders.totalCount, purchaseOrdersPageSize);
  const suppliers = clampPage(query.supplierPage, result.data.suppliers.totalCount, suppliersPageSize);
  if (orders.problem || suppliers.problem) {
    if (orders.problem) problems.push(orders.problem);
    if (suppliers.problem) problems.push(`Suppliers: ${suppliers.problem}`);
    query = { ...query, page: orders.page, supplierPage: suppliers.page };
    result = await ask(query);
    if (!result.data) error(502, outages(result.errors).join(' ') || 'The graph returned no purchase orders.');
  }
  return { query, problems, purchaseOrders: result.data.purchaseOrders, suppliers: result.data.suppliers, outages: outages(result.errors) };
}
