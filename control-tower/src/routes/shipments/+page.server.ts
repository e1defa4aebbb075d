import { error } from '@sveltejs/kit';
import { ShipmentsPageDocument, type TransportOrderStatus } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

const pageSize = 50;
/** On their way: not delivered yet. */
const onTheirWay: TransportOrderStatus[] = ['PLANNED', 'PICKED_UP', 'IN_TRANSIT', 'ARRIVED'];

/** Shipments in transit (or delivered) with their ETA against the date promised to the customer. */
export async function load({ url, fetch }) {
  const delivered = url.searchParams.get('show') === 'delivered';
  const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
  const result = await askGraph(fetch, ShipmentsPageDocument, { status: delivered ? ['DELIVERED'] : onTheirWay, first: pageSize, offset: (page - 1) * pageSize });
  if (!result.data?.transportOrders) error(502, outages(result.errors).join(' ') || 'The graph returned no transport orders.');
  return { delivered, page, pageSize, transportOrders: result.data.transportOrders, problems: outages(result.errors) };
}
