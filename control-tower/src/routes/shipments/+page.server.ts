import { error } from '@sveltejs/kit';
import { ShipmentsPageDocument, type TransportOrderStatus } from '#lib/graphql/__generated__/operations.ts';
import { clampPage, readPage } from '#lib/paging.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

const pageSize = 50;
/** On their way: not delivered yet. */
const onTheirWay: TransportOrderStatus[] = ['PLANNED', 'PICKED_UP', 'IN_TRANSIT', 'ARRIVED'];

/** Shipments in transit (or delivered) with their ETA against the date promised to the customer. */
export async function load({ url, fetch }) {
  const problems: string[] = [];
  const show = url.searchParams.get('show');
  if (show !== null && show !== '' && show !== 'delivered' && show !== 'transit') problems.push(`“${show.slice(0, 20)}” is not a list of shipments; showing those in transit.`);
  const delivered = show === 'delivered';
  const asked = readPage(url.searchParams);
  if (asked.problem) problems.push(asked.problem);
  const ask = (page: number) => askGraph(fetch, ShipmentsPageDocument, { status: delivered ? ['DELIVERED'] : onTheirWay, first: pageSize, offset: (page - 1) * pageSize });
  let page = asked.page;
  let result = await ask(page);
  if (!result.data?.transportOrders) error(502, outages(result.errors).join(' ') || 'The graph returned no transport orders.');
  const clamped = clampPage(page, result.data.transportOrders.totalCount, pageSize);
  if (clamped.problem) {
    problems.push(clamped.problem);
    page = clamped.page;
    result = await ask(page);
    if (!result.data?.transportOrders) error(502, outages(result.errors).join(' ') || 'The graph returned no transport orders.');
  }
  return { delivered, page, pageSize, transportOrders: result.data.transportOrders, formProblems: problems, problems: outages(result.errors) };
}
