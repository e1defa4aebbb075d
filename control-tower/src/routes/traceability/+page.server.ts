import { error } from '@sveltejs/kit';
import {
  ItemReceiptsDocument,
  LotOfWorkOrderDocument,
  ShippedOrdersDocument,
  TraceBackwardDocument,
  TraceForwardDocument,
  type ShippedOrdersQuery,
  type TraceWorkOrderFragment,
} from '#lib/graphql/__generated__/operations.ts';
import { addDays } from '#lib/kpi/periods.ts';
import { madeOn, purchasedLots, readDepth, readLotQuery, shippedLots, type TracedLot } from '#lib/traceability/lot-trace.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';

/**
 * The graph links a lot to neither the receipt it arrived on nor the
 * shipments that carried it, so both are searched, within bounds the page
 * states: per bought item, its received purchase orders requested up to two
* months after the lot arrived (newest first); and the orders shipped or
 * delivered (or confirmed, while crm catches up) that were due from a month before
 * the traced lot arrived.
 */
const purchaseOrdersSearched = 50;
const receiptSlackDays = 60;
const ordersPageSize = 50;
const ordersSearched = 200;
const dueSlackDays = 30;

const madeBy = (workOrder: TraceWorkOrderFragment | null | undefined) => (workOrder ? { ...workOrder, ...madeOn(workOrder) } : null);

export async function load({ url, fetch }) {
  const asked = readLotQuery(url.searchParams.get('lot'));
  const depth = readDepth(url.searchParams.get('depth'));
  const problems = [asked?.problem, depth.problem].filter((problem): problem is string => !!problem);
  const form = { lot: (url.searchParams.get('lot') ?? '').slice(0, 80), depth: depth.value ?? 10 };
  const nothing = { form, problems, trace: null };
  if (!asked?.value) return nothing;

  let lotId: string;
  if ('lotId' in asked.value) lotId = asked.value.lotId;
  else {
    const made = await askGraph(fetch, LotOfWorkOrderDocument, { number: asked.value.workOrderNumber });
    if (!made.data) error(502, outages(made.errors).join(' ') || 'The graph did not answer.');
    if (!made.data.workOrderByNumber) return { ...nothing, problems: [...problems, `There is no work order ${asked.value.workOrderNumber}, so no lot of that number.`] };
    lotId = made.data.workOrderByNumber.outputLot.id;
  }

  const [backward, forward] = await Promise.all([
    askGraph(fetch, TraceBackwardDocument, { lotId, depth: form.depth }),
    askGraph(fetch, TraceForwardDocument, { lotId, depth: form.depth }),
  ]);
  const refused = refusals([...backward.errors, ...forward.errors]);
  if (refused.length) return { ...nothing, problems: [...problems, ...refused] };
  // mes traces any id; the warehouse, which owns lots, completes none for an id it never received, and the router then answers no data and no error.
  if (!backward.data && !backward.errors.length) return { ...nothing, problems: [...problems, `There is no lot with id ${lotId}.`] };
  if (!backward.data) error(502, outages(backward.errors).join(' ') || 'The graph returned no trace.');

  const trace = backward.data.lotTrace;
  const { item: rootItem, receivedAt: rootReceivedAt } = trace.lot;
  if (!rootItem || !rootReceivedAt) return { ...nothing, problems: [...problems, `There is no lot with id ${lotId}.`] };
  const root: TracedLot = {
    id: trace.lot.id,
    parentId: null,
    side: 'root',
    level: 0,
    lotNumber: trace.lot.lotNumber,
    item: trace.lot.item,
    quantity: null,
    madeBy: madeBy(trace.producedBy),
    purchasedFrom: null,
    shippedIn: [],
  };
  const backwardLots: TracedLot[] = trace.nodes.map((node) => ({
    id: node.lot.id,
    parentId: node.viaLot.id,
    side: 'backward',
    level: node.level,
    lotNumber: node.lot.lotNumber,
    item: node.item,
    quantity: node.quantity,
    madeBy: madeBy(node.lot.producedBy),
    purchasedFrom: null,
    shippedIn: [],
  }));
  // A made lot is numbered after the work order that made it; forward lots may not have reached the warehouse yet.
  const forwardLots: TracedLot[] = (forward.data?.lotTrace.nodes ?? []).map((node) => ({
    id: node.lot.id,
    parentId: node.viaLot.id,
    side: 'forward',
    level: node.level,
    lotNumber: node.workOrder.number,
    item: node.item,
    quantity: node.quantity,
    madeBy: madeBy(node.workOrder),
    purchasedFrom: null,
    shippedIn: [],
  }));

  // Bought lots: the traced one if nobody here made it, and the leaves behind it.
  const receivedAt = new Map([[root.id, trace.lot.receivedAt], ...trace.nodes.map((node) => [node.lot.id, node.lot.receivedAt] as const)]);
  const bought = [root, ...backwardLots].filter((lot) => !lot.madeBy && lot.item);
  const boughtItems = new Map<string, { itemId: string; latest: string }>();
  for (const lot of bought) {
    const itemId = lot.id === root.id ? rootItem.id : trace.nodes.find((node) => node.lot.id === lot.id)!.item!.id;
    const latest = receivedAt.get(lot.id)!.slice(0, 10);
    const known = boughtItems.get(itemId);
    if (!known || known.latest < latest) boughtItems.set(itemId, { itemId, latest });
  }
  const receiptSearches = await Promise.all(
    [...boughtItems.values()].map((item) => askGraph(fetch, ItemReceiptsDocument, { itemId: item.itemId, requestedTo: addDays(item.latest, receiptSlackDays), first: purchaseOrdersSearched })),
  );
  const purchased = purchasedLots(receiptSearches.flatMap((search) => search.data?.purchaseOrders.items ?? []), new Set(bought.map((lot) => lot.id)));

  // Shipments: of the traced lot and of everything made from it.
  const dueFrom = addDays(rootReceivedAt.slice(0, 10), -dueSlackDays);
  const firstOrders = await askGraph(fetch, ShippedOrdersDocument, { dueFrom, first: ordersPageSize, offset: 0 });
  const ordersTotal = firstOrders.data?.salesOrders.totalCount ?? 0;
  const moreOrders = await Promise.all(
    Array.from({ length: Math.max(0, Math.ceil(Math.min(ordersTotal, ordersSearched) / ordersPageSize) - 1) }, (_, index) =>
      askGraph(fetch, ShippedOrdersDocument, { dueFrom, first: ordersPageSize, offset: (index + 1) * ordersPageSize }),
    ),
  );
  const orderPages = [firstOrders, ...moreOrders];
  const shipped = shippedLots(
    orderPages.flatMap((page) => page.data?.salesOrders.items ?? ([] as ShippedOrdersQuery['salesOrders']['items'])),
    new Set([root.id, ...forwardLots.map((lot) => lot.id)]),
  );

  const complete = (lot: TracedLot): TracedLot => ({ ...lot, purchasedFrom: purchased.get(lot.id) ?? null, shippedIn: shipped.get(lot.id) ?? [] });
  return {
    form,
    problems,
    trace: {
      root: complete(root),
      onHold: trace.lot.onHold,
      backward: backwardLots.map(complete),
      forward: forwardLots.map(complete),
      searched: {
        boughtItems: boughtItems.size,
        purchaseOrdersPerItem: purchaseOrdersSearched,
        receiptSlackDays,
        dueFrom,
        orders: Math.min(ordersTotal, ordersSearched),
        ordersTotal,
      },
      outages: outages([...backward.errors, ...forward.errors, ...receiptSearches.flatMap((search) => search.errors), ...orderPages.flatMap((page) => page.errors)]),
    },
  };
}
