import { error } from '@sveltejs/kit';
import { PurchaseOrderPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';

/** One purchase order: its lines, ship notices, warehouse receipts and change requests. */
export async function load({ params, fetch }) {
  const result = await askGraph(fetch, PurchaseOrderPageDocument, { id: params.id });
  // A malformed id is refused as bad input; a well-formed one nobody knows is NOT_FOUND: neither is a page.
  if (refusals(result.errors).length || result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) {
    error(404, 'There is no purchase order with that id.');
  }
  if (!result.data?.purchaseOrder) error(502, outages(result.errors).join(' ') || 'The graph returned no purchase order.');
  return { purchaseOrder: result.data.purchaseOrder, outages: outages(result.errors) };
}
