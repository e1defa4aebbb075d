import { demoSites } from '@plexus/erp/demo';
import { demoKey, type DemoStep, type Simulation } from '@plexus/host';
import { createCarrier } from './carrier/carrier.service.ts';
import type { ScmContext } from './context.ts';
import type { DeliveryDocument } from './delivery/delivery.entity.ts';
import { confirmDelivery } from './delivery/delivery.service.ts';
import { createLane } from './lane/lane.service.ts';
import type { TransportOrder } from './transport-order/transport-order.entity.ts';
import { listTransportOrders, recordMilestone } from './transport-order/transport-order.service.ts';

const hourMs = 3_600_000;

/** Transport orders whose carriage the simulation has already planned. */
const scheduledTransports = demoKey<Set<string>>('scm.scheduledTransports');

/**
 * The demo company's outbound logistics: a road haulier from the Berlin
 * plant and a parcel and pallet network from the Rotterdam DC, each on one
 * lane to any customer. The carrier collects every shipment within hours,
 * departs, and delivers: most within the lane's usual time, about one in
 * eight held up for a day or two (traffic, a missed connection), one in
 * twenty-five with damage, one in thirty without its consignment note. The
 * customer signs the delivery note (crm then marks the order DELIVERED);
 * shipments still on the road when the history ends stay in transit.
 */
export const scmDemo: DemoStep<ScmContext> = {
  after: ['wms'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const { plant, distribution } = simulation.world.get(demoSites);
    const haulier = await createCarrier(at, { code: 'CAR-HAVEL', name: 'Havelland Spedition' });
    const network = await createCarrier(at, { code: 'CAR-NORDSEE', name: 'Nordsee Pallet Network' });
    await createLane(at, {
      code: `${plant.code}-EU-ROAD`,
      originSiteId: plant.id,
      originName: 'Berlin plant',
      destinationRegion: 'Europe',
      mode: 'ROAD',
      carrierId: haulier.id,
      plannedTransitHours: 36,
    });
    await createLane(at, {
      code: `${distribution.code}-EU-PALLET`,
      originSiteId: distribution.id,
      originName: 'Rotterdam DC',
      destinationRegion: 'Europe',
      mode: 'PARCEL',
      carrierId: network.id,
      plannedTransitHours: 28,
    });
    simulation.world.set(scheduledTransports, new Set());
  },

  async day(simulation, day) {
    const scheduled = simulation.world.get(scheduledTransports);
    const { items } = await listTransportOrders(simulation.at(day), { filter: { status: ['PLANNED'] }, first: 200, offset: 0 });
    for (const order of items.filter((candidate) => !scheduled.has(candidate.id)).reverse()) {
      scheduled.add(order.id);
      await planCarriage(simulation, order);
    }
  },
};

async function planCarriage(simulation: Simulation<ScmContext>, order: TransportOrder): Promise<void> {
  const random = () => simulation.random();
  const context = simulation.at(order.createdAt);
  const lane = order.laneId ? await context.loaders.laneById.load(order.laneId) : null;
  if (!lane) return;
  const lines = await context.loaders.linesByTransportOrder.load(order.id);
  const pickedUpAt = new Date(order.createdAt.getTime() + (0.5 + random() * 2.5) * hourMs);
  const departedAt = new Date(pickedUpAt.getTime() + (0.5 + random() * 1.5) * hourMs);
  const heldUp = random() < 0.12;
  const transitHours = lane.plannedTransitHours * (heldUp ? 1.8 + random() * 1.4 : 0.7 + random() * 0.4);
  const arrivedAt = new Date(departedAt.getTime() + transitHours * hourMs);
  const deliveredAt = new Date(arrivedAt.getTime() + (0.2 + random() * 1.3) * hourMs);
  const damaged = random() < 0.04;
  const withoutConsignmentNote = random() < 0.033;
  const documents: DeliveryDocument[] = [{ kind: 'DELIVERY_NOTE', reference: `DN-${order.number}` }];
  if (lane.mode === 'ROAD' && !withoutConsignmentNote) documents.push({ kind: 'CMR', reference: `CMR-${order.number}` });
  const place = lane.originName;
  const milestone = (milestone: 'PICKED_UP' | 'DEPARTED' | 'ARRIVED', at: Date, location: string) =>
    simulation.later(at, async () => {
      await recordMilestone(simulation.at(at), { transportOrderId: order.id, milestone, at, location });
    });
  milestone('PICKED_UP', pickedUpAt, place);
  milestone('DEPARTED', departedAt, place);
  milestone('ARRIVED', arrivedAt, 'Customer dock');
  simulation.later(deliveredAt, async () => {
    await confirmDelivery(simulation.at(deliveredAt), {
      transportOrderId: order.id,
      deliveredAt,
      receivedBy: 'Goods receiving',
      lines: damaged ? [{ salesOrderLineId: lines[0]!.salesOrderLineId, receivedQuantity: lines[0]!.quantity, damagedQuantity: 1 }] : null,
      damageNote: damaged ? 'Outer packaging crushed, unit dented' : null,
      documents,
    });
  });
}
