import type { Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite, daysFromToday } from '@plexus/test-kit';

/** Builders for scm specs, through the router as people would: a shipped order and the transport order scm plans for it. */

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`.toUpperCase();
const planner = { role: 'planner' } as const;

async function mutate<T>(stack: Stack, query: string, variables: Record<string, unknown>, viewer: { role: string } = planner): Promise<T> {
  const result = await stack.query<T>(query, variables, viewer);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export async function createCarrier(stack: Stack) {
  const data = await mutate<{ createCarrier: { id: string; code: string } }>(stack, 'mutation ($input: CreateCarrierInput!) { createCarrier(input: $input) { id code } }', {
    input: { code: `CAR-${unique()}`, name: 'Test haulage' },
  });
  return data.createCarrier;
}

export async function createLane(stack: Stack, lane: { originSiteId: string; carrierId: string; destinationCustomerId?: string; plannedTransitHours?: number; mode?: string }) {
  const data = await mutate<{ createLane: { id: string; code: string } }>(stack, 'mutation ($input: CreateLaneInput!) { createLane(input: $input) { id code } }', {
    input: { code: `L-${unique()}`, originName: 'Test plant', destinationRegion: 'Benelux', mode: 'PARCEL', plannedTransitHours: 24, ...lane },
  });
  return data.createLane;
}

/** A site with a warehouse holding stock of a fresh item, a customer, and a lane with its carrier from the site. */
export async function createShippingSite(stack: Stack, lane: { plannedTransitHours?: number; mode?: string } = {}) {
  const site = await createSite(stack);
  const warehouse = await mutate<{ createWarehouse: { id: string; locations: { id: string }[] } }>(
    stack,
    'mutation ($siteId: ID!, $code: String!) { createWarehouse(input: { code: $code, name: "Finished goods", siteId: $siteId, locationCodes: ["A-01"] }) { id locations { id } } }',
    { siteId: site.id, code: `WH-${unique()}` },
  );
  const item = await createItem(stack);
  await mutate(stack, 'mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }', {
    input: { warehouseId: warehouse.createWarehouse.id, lines: [{ itemId: item.id, locationId: warehouse.createWarehouse.locations[0]!.id, lotNumber: `LOT-${unique()}`, quantity: 10_000 }] },
  });
  const customer = await createCustomer(stack);
  const carrier = await createCarrier(stack);
  const createdLane = await createLane(stack, { originSiteId: site.id, carrierId: carrier.id, ...lane });
  return { siteId: site.id, warehouseId: warehouse.createWarehouse.id, itemId: item.id, customerId: customer.id, carrierId: carrier.id, laneId: createdLane.id };
}

export type ShippingSite = Awaited<ReturnType<typeof createShippingSite>>;

/** A confirmed order of the site's customer for `quantities` of its item (one line each), shipped in full; resolves once scm has planned its transport. */
export async function shippedOrder(stack: Stack, site: ShippingSite, quantities: number[] = [10], requestedInDays = 7) {
  const order = await createSalesOrder(
    stack,
    { customerId: site.customerId, siteId: site.siteId },
    quantities.map((quantity) => ({ itemId: site.itemId, quantity, requestedDate: daysFromToday(requestedInDays) })),
  );
  await confirmSalesOrder(stack, order.id);
  await stack.drainConsumers();
  const shipped = await mutate<{ shipSalesOrder: { id: string } }>(stack, 'mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id } }', {
    input: { salesOrderId: order.id, warehouseId: site.warehouseId, lines: order.lines.map((line, index) => ({ salesOrderLineId: line.id, quantity: quantities[index] })) },
  });
  await stack.drainConsumers();
  const planned = await mutate<{ shipment: { transportOrder: { id: string; number: string } | null } }>(stack, 'query ($id: ID!) { shipment(id: $id) { transportOrder { id number } } }', {
    id: shipped.shipSalesOrder.id,
  });
  if (!planned.shipment.transportOrder) throw new Error('scm planned no transport order for the shipment');
  return { orderId: order.id, lineIds: order.lines.map((line) => line.id), shipmentId: shipped.shipSalesOrder.id, transportOrder: planned.shipment.transportOrder };
}

export async function recordMilestone(stack: Stack, transportOrderId: string, milestone: string, at: Date) {
  await mutate(stack, 'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }', { input: { transportOrderId, milestone, at: at.toISOString() } }, { role: 'operator' });
}

/** Picked up and departed `hoursAgo` hours ago (an hour apart). */
export async function departed(stack: Stack, transportOrderId: string, hoursAgo = 10) {
  await recordMilestone(stack, transportOrderId, 'PICKED_UP', new Date(Date.now() - (hoursAgo + 1) * 3_600_000));
  await recordMilestone(stack, transportOrderId, 'DEPARTED', new Date(Date.now() - hoursAgo * 3_600_000));
}
