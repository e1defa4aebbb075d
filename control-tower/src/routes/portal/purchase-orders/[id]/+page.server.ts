import { randomUUID } from 'node:crypto';
import { statusLabel } from '#lib/format.ts';
import { PortalAnswerChangeDocument, PortalConfirmPurchaseOrderDocument, PortalProposeChangeDocument } from '#lib/graphql/__generated__/operations.ts';
import { portalActions, readAnswer, readChangeProposal, readConfirmation, type PortalAction } from '#lib/portal/portal-forms.ts';
import { formRefused, graphOutcome, noSuchOrder, notForStaff, portalPurchaseOrder, portalPurchaseOrderOr404, portalSupplier, typedValues } from '#lib/portal/portal.server.ts';
import { askGraph, todayUtc } from '#lib/server/graph.ts';

/** One of the supplier's orders: its lines and dates, what it may do with it, the proposals both ways and its ship notices. */
export async function load({ params, url, fetch }) {
  const { order, outages } = await portalPurchaseOrderOr404(fetch, params.id);
  // Back from a ship notice it just submitted: said only of a notice this order has.
  const submitted = order.asns.find((asn) => asn.number === url.searchParams.get('asn'))?.number ?? null;
  return { order, actions: portalActions(order), today: todayUtc(), formKey: randomUUID(), submitted, outages };
}

/**
 * Every action re-reads the order as the supplier sees it (the portal's
 * layout does not run for a posted form), so a staff user or another
 * supplier's order is refused here before anything reaches the graph.
 */
async function orderFor(fetcher: typeof fetch, id: string, ...candidates: PortalAction[]) {
  const named = candidates[0]!;
  if (!(await portalSupplier(fetcher))) return { refusal: formRefused(403, named, [notForStaff]) } as const;
  const found = await portalPurchaseOrder(fetcher, id);
  if (!found) return { refusal: formRefused(404, named, [noSuchOrder]) } as const;
  const action = portalActions(found.order).find((offered) => candidates.includes(offered));
  if (!action) return { refusal: formRefused(409, named, [`${found.order.number} is ${statusLabel(found.order.status)}: this is not for you to do now.`]) } as const;
  return { order: found.order, action } as const;
}

const keyOf = (form: FormData) => String(form.get('idempotencyKey') ?? '') || randomUUID();

export const actions = {
  confirm: async ({ params, request, fetch }) => {
    const form = await request.formData();
    // A sent order is confirmed; a confirmed one re-promised: the same dates per line, by the order's state.
    const found = await orderFor(fetch, params.id, 'confirm', 'repromise');
    if ('refusal' in found) return found.refusal;
    const { action } = found;
    const promises = readConfirmation(form, found.order.lines, action === 'confirm', todayUtc());
    if (promises.value === null) return formRefused(400, action, promises.problems, typedValues(form));
    const result = await askGraph(fetch, PortalConfirmPurchaseOrderDocument, { id: found.order.id, lines: promises.value, idempotencyKey: keyOf(form) });
    return graphOutcome(action, result.errors, action === 'confirm' ? `${found.order.number} is confirmed with your dates.` : 'Your new dates are sent.', typedValues(form));
  },
  propose: async ({ params, request, fetch }) => {
    const form = await request.formData();
    const found = await orderFor(fetch, params.id, 'propose');
    if ('refusal' in found) return found.refusal;
    const proposal = readChangeProposal(form, found.order, todayUtc());
    if (proposal.value === null) return formRefused(400, 'propose', proposal.problems, typedValues(form));
    const result = await askGraph(fetch, PortalProposeChangeDocument, { input: { purchaseOrderId: found.order.id, ...proposal.value, idempotencyKey: keyOf(form) } });
    return graphOutcome('propose', result.errors, 'Your proposal is sent; the buyer accepts or rejects it.', typedValues(form));
  },
  answer: async ({ params, request, fetch }) => {
    const form = await request.formData();
    const found = await orderFor(fetch, params.id, 'answer');
    if ('refusal' in found) return found.refusal;
    const answer = readAnswer(form);
    if (answer.value === null) return formRefused(400, 'answer', answer.problems, typedValues(form));
    // Only a proposal of this order: a change id from elsewhere is not answered from here.
    if (!found.order.changes.some((change) => change.id === answer.value.changeId)) return formRefused(404, 'answer', ['This order has no such proposal.']);
    const { changeId, accept, note } = answer.value;
    const result = await askGraph(fetch, PortalAnswerChangeDocument, { id: changeId, accept, note, idempotencyKey: keyOf(form) });
    return graphOutcome('answer', result.errors, accept ? 'You accepted the buyer’s proposal.' : 'You rejected the buyer’s proposal.');
  },
};
