import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createShippingSite, departed, recordMilestone, shippedOrder, type ShippingSite } from './factories.ts';

let stack: Stack;
let site: ShippingSite;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  site = await createShippingSite(stack, { plannedTransitHours: 30, mode: 'ROAD' });
});
afterAll(async () => {
  await stack?.stop();
});

const hourMs = 3_600_000;
const operator = { role: 'operator' };

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM scm.transport_order) AS orders,
            (SELECT count(*)::int FROM scm.transport_milestone) AS milestones,
            (SELECT count(*)::int FROM scm.delivery_confirmation) AS confirmations,
            (SELECT count(*)::int FROM scm.lane_transit) AS transits,
            (SELECT count(*)::int FROM scm.carrier) AS carriers,
            (SELECT count(*)::int FROM scm.lane) AS lanes,
            (SELECT count(*)::int FROM analytics.supply_chain_event WHERE system = 'scm') AS events,
            (SELECT count(*)::int FROM analytics.command_receipt) AS receipts`,
  );
  return row!;
}

const transportQuery = `query ($id: ID!) { transportOrder(id: $id) {
  number status plannedPickupAt plannedDelivery eta etaLatest promisedDate late
  shipment { id } salesOrder { id } lane { id transitTimes { sampleCount estimateHours } } carrier { id }
  legs { sequence origin destination mode carrier { id } }
  lines { quantity salesOrderLine { id } item { id } }
  milestones { milestone at location eta }
  deliveryConfirmation { onTime damaged damageNote documentsComplete receivedBy documents { kind reference } lines { shippedQuantity receivedQuantity damagedQuantity salesOrderLine { id } } }
} }`;

const confirm = (input: Record<string, unknown>, viewer: { role: string } = operator) =>
  stack.query(`mutation ($input: ConfirmDeliveryInput!) { confirmDelivery(input: $input) { id status } }`, { input }, viewer);

const documents = [
  { kind: 'DELIVERY_NOTE', reference: 'DN-1' },
  { kind: 'CMR', reference: 'CMR-1' },
];

describe('the carriage of a shipment', () => {
  it('is planned on the lane when the warehouse ships, follows its milestones, and its proof of delivery moves the order to DELIVERED', async () => {
    const shipped = await shippedOrder(stack, site, [10, 4]);
    const planned = (await stack.query(transportQuery, { id: shipped.transportOrder.id })).data.transportOrder;
    expect(planned.number).toMatch(/^TO-\d{4}-\d{6}$/);
    expect(planned).toMatchObject({
      status: 'PLANNED',
      shipment: { id: shipped.shipmentId },
      salesOrder: { id: shipped.orderId },
      lane: { id: site.laneId, transitTimes: { sampleCount: 0, estimateHours: 30 } },
      carrier: { id: site.carrierId },
      legs: [{ sequence: 1, origin: 'Test plant', destination: 'Benelux', mode: 'ROAD', carrier: { id: site.carrierId } }],
      lines: [{ quantity: 10 }, { quantity: 4 }].map((line, index) => ({ ...line, salesOrderLine: { id: shipped.lineIds[index] }, item: { id: site.itemId } })),
      milestones: [],
      promisedDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      late: false,
      deliveryConfirmation: null,
    });
    expect(Date.parse(planned.plannedDelivery) - Date.parse(planned.plannedPickupAt)).toBe(30 * hourMs);

    const departedAt = new Date(Date.now() - 2 * hourMs);
    await recordMilestone(stack, shipped.transportOrder.id, 'PICKED_UP', new Date(departedAt.getTime() - hourMs));
    await recordMilestone(stack, shipped.transportOrder.id, 'DEPARTED', departedAt);
    const moving = (await stack.query(transportQuery, { id: shipped.transportOrder.id })).data.transportOrder;
    expect(moving.status).toBe('IN_TRANSIT');
    // Departed two hours ago on a lane planned at 30 hours: expected 28 hours from now.
    expect(Date.parse(moving.eta)).toBe(departedAt.getTime() + 30 * hourMs);
    expect(moving.milestones.map((entry: { milestone: string }) => entry.milestone)).toEqual(['PICKED_UP', 'DEPARTED']);

    const deliveredAt = new Date(Date.now() - 60_000);
    const delivered = await confirm({
      transportOrderId: shipped.transportOrder.id,
      deliveredAt: deliveredAt.toISOString(),
      receivedBy: 'M. Jansen',
      lines: [{ salesOrderLineId: shipped.lineIds[1], receivedQuantity: 4, damagedQuantity: 1 }],
      damageNote: ' Corner of one crate crushed ',
      documents,
    });
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data.confirmDelivery.status).toBe('DELIVERED');
    const result = (await stack.query(transportQuery, { id: shipped.transportOrder.id })).data.transportOrder;
    expect(result).toMatchObject({
      status: 'DELIVERED',
      eta: deliveredAt.toISOString(),
      late: false,
      lane: { transitTimes: { sampleCount: 1 } },
      deliveryConfirmation: {
        onTime: true,
        damaged: true,
        damageNote: 'Corner of one crate crushed',
        documentsComplete: true,
        receivedBy: 'M. Jansen',
        lines: [
          { shippedQuantity: 10, receivedQuantity: 10, damagedQuantity: 0, salesOrderLine: { id: shipped.lineIds[0] } },
          { shippedQuantity: 4, receivedQuantity: 4, damagedQuantity: 1, salesOrderLine: { id: shipped.lineIds[1] } },
        ],
      },
    });

    const [event] = await stack.database.query<{ order_id: string; customer_id: string; site_id: string; time: Date; payload: Record<string, unknown> }>(
      `SELECT order_id, customer_id, site_id, time, payload FROM analytics.supply_chain_event WHERE type = 'scm.DeliveryConfirmed' AND order_id = $1`,
      [shipped.orderId],
    );
    expect(event).toMatchObject({ order_id: shipped.orderId, customer_id: site.customerId, site_id: site.siteId });
    expect(new Date(event!.time)).toEqual(deliveredAt);
    expect(event!.payload).toEqual({
      shipmentId: shipped.shipmentId,
      deliveredAt: deliveredAt.toISOString(),
      onTime: true,
      damaged: true,
      documentsComplete: true,
      lines: [
        { salesOrderLineId: shipped.lineIds[0], itemId: site.itemId, quantity: 10 },
        { salesOrderLineId: shipped.lineIds[1], itemId: site.itemId, quantity: 4 },
      ],
    });
    await stack.drainConsumers();
    const order = await stack.query(`query ($id: ID!) { salesOrder(id: $id) { status } }`, { id: shipped.orderId });
    expect(order.data.salesOrder.status).toBe('DELIVERED');
  });

  it('estimates ETAs from the lane’s own deliveries once it has three', async () => {
    const lane = await createShippingSite(stack, { plannedTransitHours: 100 });
    for (const hours of [20, 30, 40]) {
      const { transportOrder } = await shippedOrder(stack, lane);
      await departed(stack, transportOrder.id, hours + 1);
      const deliveredAt = new Date(Date.now() - (hours + 1) * hourMs + hours * hourMs);
      expect((await confirm({ transportOrderId: transportOrder.id, deliveredAt: deliveredAt.toISOString(), receivedBy: 'Dock', documents })).errors).toBeUndefined();
    }
    const { transportOrder } = await shippedOrder(stack, lane);
    const departedAt = new Date(Date.now() - hourMs);
    await recordMilestone(stack, transportOrder.id, 'PICKED_UP', new Date(departedAt.getTime() - 60_000));
    await recordMilestone(stack, transportOrder.id, 'DEPARTED', departedAt);
    const result = (await stack.query(transportQuery, { id: transportOrder.id })).data.transportOrder;
    expect(result.lane.transitTimes).toEqual({ sampleCount: 3, estimateHours: 30 });
    expect(Date.parse(result.eta)).toBe(departedAt.getTime() + 30 * hourMs);
    expect(Date.parse(result.etaLatest)).toBe(departedAt.getTime() + 36 * hourMs);
  });

  it('is late when the ETA passes the promised date', async () => {
    const { transportOrder } = await shippedOrder(stack, site, [3], 0);
    await departed(stack, transportOrder.id, 1);
    const late = await stack.query(`query { transportOrders(filter: { status: [IN_TRANSIT] }, first: 200) { items { id late promisedDate } } }`);
    // Due today and 29 hours away.
    expect(late.data.transportOrders.items.find((item: { id: string }) => item.id === transportOrder.id)).toMatchObject({ late: true });
  });
});

describe('bad input', () => {
  it('milestones out of order, deliveries before departure or twice, and impossible quantities are refused, writing nothing', async () => {
    const { transportOrder, lineIds } = await shippedOrder(stack, site);
    const before = await counts();
    const refusedMilestone = async (milestone: string, code: string, at = new Date()) => {
      const result = await stack.query(`mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }`, { input: { transportOrderId: transportOrder.id, milestone, at: at.toISOString() } }, operator);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    };
    await refusedMilestone('DEPARTED', 'CONFLICT');
    await refusedMilestone('ARRIVED', 'CONFLICT');
    await refusedMilestone('DELIVERED', 'BAD_USER_INPUT');
    await refusedMilestone('PICKED_UP', 'BAD_USER_INPUT', new Date(Date.now() + 3 * hourMs));
    const pod = { transportOrderId: transportOrder.id, deliveredAt: new Date().toISOString(), receivedBy: 'Dock', documents };
    expect((await confirm(pod)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await confirm({ ...pod, transportOrderId: '01900000-0000-7000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    await departed(stack, transportOrder.id, 2);
    const moving = await counts();
    expect((await confirm({ ...pod, lines: [{ salesOrderLineId: lineIds[0], receivedQuantity: 11 }] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await confirm({ ...pod, lines: [{ salesOrderLineId: transportOrder.id, receivedQuantity: 1 }] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await confirm({ ...pod, deliveredAt: new Date(Date.now() - 5 * hourMs).toISOString() })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await confirm({ ...pod, receivedBy: ' ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(moving);

    expect((await confirm(pod)).errors).toBeUndefined();
    const delivered = await counts();
    expect((await confirm(pod)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await refusedMilestone('ARRIVED', 'CONFLICT');
    expect(await counts()).toEqual(delivered);
  });

  it('unknown sites, customers or carriers, and bad lanes, are refused, writing nothing', async () => {
    const before = await counts();
    const lane = (input: Record<string, unknown>) =>
      stack.query(`mutation ($input: CreateLaneInput!) { createLane(input: $input) { id } }`, {
        input: { code: 'X-1', originName: 'Plant', destinationRegion: 'NL', mode: 'ROAD', plannedTransitHours: 20, originSiteId: site.siteId, carrierId: site.carrierId, ...input },
      });
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect((await lane({ originSiteId: unknown })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await lane({ carrierId: unknown })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await lane({ destinationCustomerId: unknown })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await lane({ plannedTransitHours: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await lane({ carrierId: 'not-an-id' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('roles not named are refused: suppliers see nothing, analysts change nothing', async () => {
    const { transportOrder } = await shippedOrder(stack, site);
    const before = await counts();
    const read = await stack.query(`query ($id: ID!) { transportOrder(id: $id) { number } }`, { id: transportOrder.id }, { role: 'supplier', supplierId: '01900000-0000-7000-8000-000000000001' });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const changed = await stack.query(`mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }`, { input: { transportOrderId: transportOrder.id, milestone: 'PICKED_UP', at: new Date().toISOString() } }, { role: 'analyst' });
    expect(changed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const carrier = await stack.query(`mutation { createCarrier(input: { code: "NOPE", name: "Nope" }) { id } }`, {}, { role: 'operator' });
    expect(carrier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('retries', () => {
  it('with the same idempotency key are no-ops', async () => {
    const { transportOrder } = await shippedOrder(stack, site);
    const milestone = () =>
      stack.query(`mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id status } }`, {
        input: { transportOrderId: transportOrder.id, milestone: 'PICKED_UP', at: new Date(Date.now() - 2 * hourMs).toISOString(), idempotencyKey: `pick-${transportOrder.id}` },
      }, operator);
    expect((await milestone()).data.recordMilestone.status).toBe('PICKED_UP');
    const once = await counts();
    expect((await milestone()).data.recordMilestone).toEqual({ id: transportOrder.id, status: 'PICKED_UP' });
    expect(await counts()).toEqual(once);

    await recordMilestone(stack, transportOrder.id, 'DEPARTED', new Date(Date.now() - hourMs));
    const pod = { transportOrderId: transportOrder.id, deliveredAt: new Date().toISOString(), receivedBy: 'Dock', documents, idempotencyKey: `pod-${transportOrder.id}` };
    expect((await confirm(pod)).data.confirmDelivery.status).toBe('DELIVERED');
    const delivered = await counts();
    expect((await confirm(pod)).data.confirmDelivery).toEqual({ id: transportOrder.id, status: 'DELIVERED' });
    expect(await counts()).toEqual(delivered);
  });
});
