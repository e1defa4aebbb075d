import { redirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { PortalSubmitAsnDocument } from '#lib/graphql/__generated__/operations.ts';
import { readId } from '#lib/kpi/kpi-query.ts';
import { openLines, portalActions, readAsn } from '#lib/portal/portal-forms.ts';
import { formRefused, graphOutcome, noSuchOrder, notForStaff, portalPurchaseOrder, portalPurchaseOrderOr404, portalSupplier, typedValues } from '#lib/portal/portal.server.ts';
import { askGraph, todayUtc } from '#lib/server/graph.ts';

/** The order named in the URL (`?purchaseOrder=`): a missing or malformed one is a problem on the page, another supplier's a 404. */
function orderId(url: URL): { id: string | null; problems: string[] } {
  const problems: Partial<Record<'order', string>> = {};
  const id = readId(url.searchParams, 'purchaseOrder', 'order', 'purchase order', problems);
  const choose = 'Open the order you ship against from your orders and announce the shipment there.';
  if (problems.order) return { id: null, problems: [`“${url.searchParams.get('purchaseOrder')!.slice(0, 40)}” is not a purchase order id. ${choose}`] };
  return { id, problems: id ? [] : [choose] };
}

export async function load({ url, fetch }) {
  const { id, problems } = orderId(url);
  if (!id) return { order: null, shippable: false, problems, today: todayUtc(), formKey: randomUUID(), outages: [] as string[] };
  const { order, outages } = await portalPurchaseOrderOr404(fetch, id);
  return { order, shippable: portalActions(order).includes('ship'), problems, today: todayUtc(), formKey: randomUUID(), outages };
}

export const actions = {
  default: async ({ url, request, fetch }) => {
    const form = await request.formData();
    if (!(await portalSupplier(fetch))) return formRefused(403, 'ship', [notForStaff]);
    const { id, problems } = orderId(url);
    if (!id) return formRefused(400, 'ship', problems);
    const found = await portalPurchaseOrder(fetch, id);
    if (!found) return formRefused(404, 'ship', [noSuchOrder]);
    const draft = readAsn(form, openLines(found.order.lines), new Date());
    if (draft.value === null) return formRefused(400, 'ship', draft.problems, typedValues(form));
    const idempotencyKey = String(form.get('idempotencyKey') ?? '') || randomUUID();
    const result = await askGraph(fetch, PortalSubmitAsnDocument, { input: { purchaseOrderId: found.order.id, ...draft.value, idempotencyKey } });
    if (!result.data?.submitAsn) return graphOutcome('ship', result.errors.length ? result.errors : [{ message: 'The graph did not take the ship notice.' }], '', typedValues(form));
    redirect(303, `/portal/purchase-orders/${found.order.id}?asn=${encodeURIComponent(result.data.submitAsn.number)}`);
  },
};
