import { FinancePageDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

const pageSize = 25;

/** Receivables and payables aged today, customer invoices (open ones unless asked for all) and supplier invoices held by the three-way match. */
export async function load({ url, fetch }) {
  const today = todayUtc();
  const all = url.searchParams.get('invoices') === 'all';
  const requested = Number(url.searchParams.get('page') ?? '1');
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const result = await askGraph(fetch, FinancePageDocument, { asOf: today, first: pageSize, offset: (page - 1) * pageSize, openOnly: all ? null : true });
  return {
    today,
    all,
    page,
    pages: Math.max(1, Math.ceil((result.data?.customerInvoices.totalCount ?? 0) / pageSize)),
    receivables: result.data?.receivablesAgeing ?? null,
    payables: result.data?.payablesAgeing ?? null,
    invoices: result.data?.customerInvoices ?? { totalCount: 0, items: [] },
    blocked: result.data?.supplierInvoices ?? { totalCount: 0, items: [] },
    outages: outages(result.errors),
  };
}
