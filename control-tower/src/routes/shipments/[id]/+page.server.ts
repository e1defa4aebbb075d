import { error } from '@sveltejs/kit';
import { TransportOrderDetailDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = 'There is no transport order with that id.';

export async function load({ params, fetch }) {
  if (!uuid.test(params.id)) error(404, notFound);
  const result = await askGraph(fetch, TransportOrderDetailDocument, { id: params.id });
  if (result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) error(404, notFound);
  if (!result.data?.transportOrder) error(502, outages(result.errors).join(' ') || 'The graph returned no transport order.');
  return { transportOrder: result.data.transportOrder, problems: outages(result.errors) };
}
