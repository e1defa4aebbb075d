import { error } from '@sveltejs/kit';
import {
  LotOfWorkOrderDocument,
  LotsByNumberDocument,
  TraceBackwardDocument,
  TraceForwardDocument,
  type LotsByNumberQuery,
  type TraceWorkOrderFragment,
} from '#lib/graphql/__generated__/operations.ts';
import { madeOn, purchasedFrom, readDepth, readLotQuery, shippedIn, workOrderNumberPattern, type TracedLot } from '#lib/traceability/lot-trace.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';

const madeBy = (workOrder: TraceWorkOrderFragment | null | undefined) => (workOrder ? { ...workOrder, ...madeOn(workOrder) } : null);

type Found = { lotId: string } | { problem: string } | { choices: LotsByNumberQuery['lots'] };

/**
 * The lot a number names: wms' lots of that number (a number is unique per
 * item only, so several are offered to choose from), else the output of the
 * open work order of that number, which wms receives only when it completes.
 */
async function lotNumbered(fetcher: typeof fetch, lotNumber: string): Promise<Found> {
  const found = await askGraph(fetcher, LotsByNumberDocument, { lotNumber });
  const refused = refusals(found.errors);
  if (refused.length) return { problem: refused.join(' ') };
  if (!found.data) error(502, outages(found.errors).join(' ') || 'The graph did not answer.');
  if (found.data.lots.length === 1) return { lotId: found.data.lots[0]!.id };
  if (found.data.lots.length > 1) return { choices: found.data.lots };
  if (workOrderNumberPattern.test(lotNumber)) {
    const made = await askGraph(fetcher, LotOfWorkOrderDocument, { number: lotNumber });
    if (!made.data) error(502, outages(made.errors).join(' ') || 'The graph did not answer.');
    if (made.data.workOrderByNumber) return { lotId: made.data.workOrderByNumber.outputLot.id };
  }
  return { problem: `There is no lot numbered ${lotNumber}.` };
}

export async function load({ url, fetch }) {
  const asked = readLotQuery(url.searchParams.get('lot'));
  const depth = readDepth(url.searchParams.get('depth'));
  const problems = [asked?.problem, depth.problem].filter((problem): problem is string => !!problem);
  const form = { lot: (url.searchParams.get('lot') ?? '').slice(0, 80), depth: depth.value ?? 10 };
  const nothing = { form, problems, choices: [] as LotsByNumberQuery['lots'], trace: null };
  if (!asked?.value) return nothing;

  const found: Found = 'lotId' in asked.value ? { lotId: asked.value.lotId } : await lotNumbered(fetch, asked.value.lotNumber);
  if ('problem' in found) return { ...nothing, problems: [...problems, found.problem] };
  if ('choices' in found) return { ...nothing, choices: found.choices };
  const { lotId } = found;

  const [backward, forward] = await Promise.all([
    askGraph(fetch, TraceBackwardDocument, { lotId, depth: form.depth }),
    askGraph(fetch, TraceForwardDocument, { lotId, depth: form.depth }),
  ]);
  const refused = refusals([...backward.errors, ...forward.errors]);
  if (refused.length) return { ...nothing, problems: [...problems, ...refused] };
  if (!backward.data) error(502, outages(backward.errors).join(' ') || 'The graph returned no trace.');

  const trace = backward.data.lotTrace;
  // A lot neither wms received nor mes makes is no lot at all; one an open work order makes is named after it.
  if (!trace.lot.lotNumber && !trace.producedBy) return { ...nothing, problems: [...problems, `There is no lot with id ${lotId}.`] };
  const root: TracedLot = {
    id: trace.lot.id,
    parentId: null,
    side: 'root',
    level: 0,
    lotNumber: trace.lot.lotNumber ?? trace.producedBy!.number,
    item: trace.lot.item ?? trace.producedBy!.item,
    quantity: null,
    madeBy: madeBy(trace.producedBy),
    purchasedFrom: purchasedFrom(trace.lot.receipts),
    shippedIn: shippedIn(trace.lot.shipments),
  };
  const backwardLots: TracedLot[] = trace.nodes.map((node) => ({
    id: node.lot.id,
    parentId: node.viaLot.id,
    side: 'backward',
    level: node.level,
    lotNumber: node.lot.lotNumber ?? node.lot.producedBy?.number ?? null,
    item: node.item,
    quantity: node.quantity,
    madeBy: madeBy(node.lot.producedBy),
    purchasedFrom: purchasedFrom(node.lot.receipts),
    shippedIn: [],
  }));
  // Forward lots of work orders still open are not received yet: they are named after their work order.
  const forwardLots: TracedLot[] = (forward.data?.lotTrace.nodes ?? []).map((node) => ({
    id: node.lot.id,
    parentId: node.viaLot.id,
    side: 'forward',
    level: node.level,
    lotNumber: node.lot.lotNumber ?? node.workOrder.number,
    item: node.item,
    quantity: node.quantity,
    madeBy: madeBy(node.workOrder),
    purchasedFrom: null,
    shippedIn: shippedIn(node.lot.shipments),
  }));

  return {
    form,
    problems,
    choices: [] as LotsByNumberQuery['lots'],
    trace: {
      root,
      onHold: trace.lot.onHold,
      backward: backwardLots,
      forward: forwardLots,
      outages: outages([...backward.errors, ...forward.errors]),
    },
  };
}
