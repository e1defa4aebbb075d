import { error } from '@sveltejs/kit';
import { OrderDetailDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

export async function load({ params, fetch }) {
  const result = await askGraph(fetch, OrderDetailDocument, { id: params.id });
  if (refusals(result.errors).length) error(404, 'There is no order with that id.');
  if (!result.data?.salesOrder) {
    const down = outages(result.errors);
    error(down.length ? 502 : 404, down.length ? down.join(' ') : 'There is no order with that id.');
  }
  return { order: result.data.salesOrder, problems: outages(result.errors), today: todayUtc() };
}
