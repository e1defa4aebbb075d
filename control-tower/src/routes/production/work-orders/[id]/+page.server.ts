import { error } from '@sveltejs/kit';
import { WorkOrderPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

/** One work order: its facts, operations in sequence with their production reports, and the lots it consumed. */
export async function load({ params, fetch }) {
  const result = await askGraph(fetch, WorkOrderPageDocument, { id: params.id });
  // mes answers null for an id it does not know, malformed ones included.
  if (result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND') || (result.data && !result.data.workOrder)) error(404, 'There is no work order with that id.');
  if (!result.data?.workOrder) error(502, outages(result.errors).join(' ') || 'The graph returned no work order.');
  return { workOrder: result.data.workOrder, problems: outages(result.errors), today: todayUtc() };
}
