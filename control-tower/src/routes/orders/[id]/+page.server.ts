import { error, fail } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import {
  CancelOrderDocument,
  ConfirmOrderDocument,
  OrderDetailDocument,
  OrderWarehousesDocument,
  PromiseOrderDocument,
  ShipOrderDocument,
} from '#lib/graphql/__generated__/operations.ts';
import type { GraphQLErrorShape } from '#lib/graphql/router-client.ts';
import { availableActions, openShipmentLines, readCancellation, readPromiseDate, type OrderAction } from '#lib/order-actions.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

export async function load({ params, fetch, cookies }) {
  const [result, warehouses, roles] = await Promise.all([
    askGraph(fetch, OrderDetailDocument, { id: params.id }),
    askGraph(fetch, OrderWarehousesDocument, {}),
    viewerRoles(cookies),
  ]);
  if (refusals(result.errors).length) error(404, 'There is no order with that id.');
  if (!result.data?.salesOrder) {
    const down = outages(result.errors);
    error(down.length ? 502 : 404, down.length ? down.join(' ') : 'There is no order with that id.');
  }
  const order = result.data.salesOrder;
  return {
    order,
    actions: availableActions(order, roles),
    warehouses: warehouses.data?.warehouses ?? [],
    problems: outages(result.errors),
    today: todayUtc(),
  };
}

/** The systems' answer to a change, as the page shows it: done, or refused with their reason (forbidden, conflict, bad input). */
function outcome(action: OrderAction, errors: readonly GraphQLErrorShape[], done: string) {
  if (!errors.length) return { action, done, problem: null };
  const code = errors[0]?.extensions?.code;
  return refused(code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400, action, errors.map((problem) => problem.message).join(' '));
}

const refused = (status: number, action: OrderAction, problem: string) => fail(status, { action, done: null, problem });

// Each form carries a key made when the page was drawn, so a resubmitted form changes nothing twice.
const keyOf = (form: FormData) => String(form.get('idempotencyKey') ?? '') || randomUUID();

export const actions = {
  confirm: async ({ params, request, fetch }) => {
    const form = await request.formData();
    const result = await askGraph(fetch, ConfirmOrderDocument, { id: params.id, idempotencyKey: keyOf(form) });
    return outcome('confirm', result.errors, 'The order is confirmed.');
  },
  promise: async ({ params, request, fetch }) => {
    const form = await request.formData();
    const date = readPromiseDate(form, todayUtc());
    if (date.problem !== null) return refused(400, 'promise', date.problem);
    const order = await askGraph(fetch, OrderDetailDocument, { id: params.id });
    const lines = openShipmentLines(order.data?.salesOrder?.lines ?? []).map((line) => ({ lineId: line.salesOrderLineId, promisedDate: date.value }));
    if (!lines.length) return refused(409, 'promise', 'Nothing is left to ship on this order.');
    const result = await askGraph(fetch, PromiseOrderDocument, { id: params.id, lines, idempotencyKey: keyOf(form) });
    return outcome('promise', result.errors, `Open lines are promised for ${date.value}.`);
  },
  cancel: async ({ params, request, fetch }) => {
    const form = await request.formData();
    const cancellation = readCancellation(form);
    if (cancellation.problem !== null) return refused(400, 'cancel', cancellation.problem);
    const result = await askGraph(fetch, CancelOrderDocument, { id: params.id, ...cancellation.value, idempotencyKey: keyOf(form) });
    return outcome('cancel', result.errors, 'The order is cancelled.');
  },
  ship: async ({ params, request, fetch }) => {
    const form = await request.formData();
    const warehouseId = String(form.get('warehouse') ?? '');
    if (!warehouseId) return refused(400, 'ship', 'Choose the warehouse to ship from.');
    const order = await askGraph(fetch, OrderDetailDocument, { id: params.id });
    const lines = openShipmentLines(order.data?.salesOrder?.lines ?? []);
    if (!lines.length) return refused(409, 'ship', 'Nothing is left to ship on this order.');
    const result = await askGraph(fetch, ShipOrderDocument, { input: { salesOrderId: params.id, warehouseId, lines, idempotencyKey: keyOf(form) } });
    return outcome('ship', result.errors, `Shipped ${result.data?.shipSalesOrder.number ?? ''}.`.replace(' .', '.'));
  },
};
