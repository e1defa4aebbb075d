import type { EventPayloads, SupplyChainEvent } from '@plexus/events';

/**
 * Whether every shipment of an order has its proof of delivery, from the
 * order's events: the shipments wms shipped (wms.ShipmentShipped, one per
 * shipment) and the deliveries scm confirmed (scm.DeliveryConfirmed naming
 * the shipment). An order nothing was shipped for is not delivered.
 */
export function allShipmentsDelivered(events: readonly Pick<SupplyChainEvent, 'type' | 'subjectId' | 'payload'>[]): boolean {
  const shipped = new Set(events.filter((event) => event.type === 'wms.ShipmentShipped').map((event) => event.subjectId));
  const delivered = new Set(
    events.filter((event) => event.type === 'scm.DeliveryConfirmed').map((event) => (event.payload as EventPayloads['scm.DeliveryConfirmed']).shipmentId),
  );
  return shipped.size > 0 && [...shipped].every((shipmentId) => delivered.has(shipmentId));
}
