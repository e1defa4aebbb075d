import { error } from '@sveltejs/kit';
import { FinanceInvoiceDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

/** One customer invoice: its lines, credit notes and payments. */
export async function load({ params, fetch }) {
  const result = await askGraph(fetch, FinanceInvoiceDocument, { id: params.id });
  const invoice = result.data?.customerInvoice;
  if (!invoice) error(404, outages(result.errors).join(' ') || `There is no invoice ${params.id}.`);
  return { invoice, outages: outages(result.errors) };
}
