import { error } from '@sveltejs/kit';
import { PortalDeclineRfqDocument, PortalHomeDocument, PortalSubmitQuoteDocument } from '#lib/graphql/__generated__/operations.ts';
import { clampPage } from '#lib/paging.ts';
import { readQuote, workingStatuses } from '#lib/portal/portal-forms.ts';
import { portalOrdersPageSize, readPortalHomeQuery } from '#lib/portal/portal-query.ts';
import { formRefused, graphOutcome, notForStaff, portalSupplier, typedValues } from '#lib/portal/portal.server.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

/** The supplier's orders still to confirm, deliver or finish, earliest requested first, and the requests for quotation it is invited to. */
export async function load({ url, fetch }) {
  const { page: asked, problems } = readPortalHomeQuery(url.searchParams);
  const ask = (page: number) => askGraph(fetch, PortalHomeDocument, { openStatuses: [...workingStatuses], first: portalOrdersPageSize, offset: (page - 1) * portalOrdersPageSize });
  let page = asked;
  let result = await ask(page);
  if (!result.data) error(502, outages(result.errors).join(' ') || 'The graph returned no purchase orders.');
  const clamped = clampPage(page, result.data.purchaseOrders.totalCount, portalOrdersPageSize);
  if (clamped.problem) {
    problems.push(clamped.problem);
    page = clamped.page;
    result = await ask(page);
    if (!result.data) error(502, outages(result.errors).join(' ') || 'The graph returned no purchase orders.');
  }
  return { page, problems, purchaseOrders: result.data.purchaseOrders, rfqs: result.data.rfqs, today: todayUtc(), outages: outages(result.errors) };
}

export const actions = {
  quote: async ({ request, fetch }) => {
    const form = await request.formData();
    const supplier = await portalSupplier(fetch);
    if (!supplier) return formRefused(403, 'quote', [notForStaff]);
    const quote = readQuote(form, todayUtc());
    if (quote.value === null) return formRefused(400, 'quote', quote.problems, typedValues(form));
    const { rfqId, ...input } = quote.value;
    const result = await askGraph(fetch, PortalSubmitQuoteDocument, { rfqId, supplierId: supplier.id, input });
    return graphOutcome('quote', result.errors, 'Your quote is sent.', typedValues(form));
  },
  decline: async ({ request, fetch }) => {
    const form = await request.formData();
    const supplier = await portalSupplier(fetch);
    if (!supplier) return formRefused(403, 'decline', [notForStaff]);
    const rfqId = String(form.get('rfq') ?? '').trim();
    if (!rfqId) return formRefused(400, 'decline', ['Say which request you decline.']);
    const result = await askGraph(fetch, PortalDeclineRfqDocument, { rfqId, supplierId: supplier.id });
    return graphOutcome('decline', result.errors, 'You declined the request.');
  },
};
