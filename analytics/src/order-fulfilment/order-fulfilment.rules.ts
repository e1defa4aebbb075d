import { assessOrder, type OrderFacts, type PerfectOrderReason } from '../perfect-order/perfect-order.rules.ts';

/**
 * The rows the order-fulfilment KPIs read, derived from one order's facts by
 * the perfect-order rules: per line the four SCOR components as 0/1 with the
 * reasons, per delivered line what OTIF's settings need (when, how much,
 * whether it was the ordered item).
 */

export interface FulfilmentOrder {
  orderId: string;
  orderNumber: string;
  customerId: string | null;
  siteId: string | null;
  placedAt: Date;
  /** The last proof of delivery once every line has one (fulfilment cycle time); null before. */
  deliveredAt: Date | null;
  /** Cancelled, whoever asked: nothing more will ship. */
  cancelled: boolean;
}

export interface FulfilmentLine {
  lineId: string;
  orderId: string;
  orderNumber: string;
  lineNumber: number;
  customerId: string | null;
  siteId: string | null;
  itemId: string;
  placedAt: Date;
  requestedDate: string;
  commitDate: string;
  /** The order is due on its latest line commit date (KPIS.md). */
  orderCommitDate: string;
  quantity: number;
  unitPrice: number;
  /** Cancelled, whoever asked: out of the backlog. */
  cancelled: boolean;
  /** Cancelled by the customer before its commit date: not due, out of perfect order and OTIF (KPIS.md). */
  excluded: boolean;
  onTime: 0 | 1;
  inFull: 0 | 1;
  damageFree: 0 | 1;
  documentationAccurate: 0 | 1;
  reasons: PerfectOrderReason[];
  /** Delivered quantity of the ordered item, all deliveries. */
  deliveredQuantity: number;
  /** Proof of delivery of the line's last delivery; null while nothing arrived. */
  lastDeliveredAt: Date | null;
  /** Shipped quantity of the ordered item, all shipments: what the backlog no longer counts. */
  shippedQuantity: number;
  /** When the line's last shipment left; null while nothing shipped. */
  lastShippedAt: Date | null;
}

/** One shipment's quantity against a line, for the backlog at the end of any day. */
export interface FulfilmentShipment {
  lineId: string;
  orderId: string;
  shipmentId: string;
  /** Position of the entry among the shipment's entries for the line. */
  position: number;
  shippedAt: Date;
  quantity: number;
  rightItem: boolean;
}

export interface FulfilmentDelivery {
  lineId: string;
  orderId: string;
  shipmentId: string;
  /** Position of the entry among the delivery's entries for the line (a delivery may list a line twice). */
  position: number;
  deliveredAt: Date;
  itemId: string;
  quantity: number;
  rightItem: boolean;
}

export type PerfectOrderComponent = 'onTime' | 'inFull' | 'damageFree' | 'documentationAccurate';

/** Which reasons fail which component (RL.2.1–2.4), so each component rate drills down to its own reasons. */
export const componentReasons: Record<PerfectOrderComponent, readonly PerfectOrderReason[]> = {
  onTime: ['NOT_DELIVERED', 'LATE'],
  inFull: ['NOT_DELIVERED', 'WRONG_ITEM', 'SHORT', 'OVER', 'CANCELLED'],
  damageFree: ['DAMAGED_AT_DELIVERY', 'DAMAGE_CLAIM'],
  documentationAccurate: ['NOT_INVOICED', 'INVOICE_MISMATCH', 'DOCUMENTS_INCOMPLETE'],
};

const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** Each entry's position among its document's entries for the same line (a document may list a line twice). */
function entriesByLine<Entry extends { salesOrderLineId: string }>(entries: readonly Entry[], known: ReadonlyMap<string, string>) {
  const seen = new Map<string, number>();
  return entries
    .filter((entry) => known.has(entry.salesOrderLineId))
    .map((entry) => {
      const position = seen.get(entry.salesOrderLineId) ?? 0;
      seen.set(entry.salesOrderLineId, position + 1);
      return { entry, position };
    });
}

const latest = (times: readonly Date[]) => times.reduce<Date | null>((last, time) => (last && last >= time ? last : time), null);

export function fulfilmentRows(facts: OrderFacts): {
  order: FulfilmentOrder;
  lines: FulfilmentLine[];
  deliveries: FulfilmentDelivery[];
  shipments: FulfilmentShipment[];
} {
  const assessment = assessOrder(facts);
  const assessed = new Map(assessment.lines.map((line) => [line.lineId, line]));
  const itemOf = new Map(facts.lines.map((line) => [line.lineId, line.itemId]));
  const shipments = facts.shipments.flatMap((shipment) =>
    entriesByLine(shipment.lines, itemOf).map(({ entry, position }) => ({
      lineId: entry.salesOrderLineId,
      orderId: facts.orderId,
      shipmentId: shipment.shipmentId,
      position,
      shippedAt: shipment.shippedAt,
      quantity: entry.quantity,
      rightItem: entry.itemId === itemOf.get(entry.salesOrderLineId),
    })),
  );
  const deliveries = facts.deliveries.flatMap((delivery) =>
    entriesByLine(delivery.lines, itemOf).map(({ entry, position }) => ({
      lineId: entry.salesOrderLineId,
      orderId: facts.orderId,
      shipmentId: delivery.shipmentId,
      position,
      deliveredAt: delivery.deliveredAt,
      itemId: entry.itemId,
      quantity: entry.quantity,
      rightItem: entry.itemId === itemOf.get(entry.salesOrderLineId),
    })),
  );
  const lines = facts.lines.map((line): FulfilmentLine => {
    const components = assessed.get(line.lineId)!;
    const own = deliveries.filter((delivery) => delivery.lineId === line.lineId);
    const shipped = shipments.filter((shipment) => shipment.lineId === line.lineId);
    return {
      lineId: line.lineId,
      orderId: facts.orderId,
      orderNumber: facts.number,
      lineNumber: line.lineNumber,
      customerId: facts.customerId,
      siteId: facts.siteId,
      itemId: line.itemId,
      placedAt: facts.placedAt,
      requestedDate: line.requestedDate,
      commitDate: line.commitDate,
      orderCommitDate: assessment.commitDate,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      cancelled: facts.cancellation !== null,
      excluded: assessment.excluded,
      onTime: bit(components.onTime),
      inFull: bit(components.inFull),
      damageFree: bit(components.damageFree),
      documentationAccurate: bit(components.documentationAccurate),
      reasons: components.reasons,
      deliveredQuantity: own.filter((delivery) => delivery.rightItem).reduce((sum, delivery) => sum + delivery.quantity, 0),
      lastDeliveredAt: latest(own.map((delivery) => delivery.deliveredAt)),
      shippedQuantity: shipped.filter((shipment) => shipment.rightItem).reduce((sum, shipment) => sum + shipment.quantity, 0),
      lastShippedAt: latest(shipped.map((shipment) => shipment.shippedAt)),
    };
  });
  const complete = lines.length > 0 && lines.every((line) => line.lastDeliveredAt !== null);
  const order: FulfilmentOrder = {
    orderId: facts.orderId,
    orderNumber: facts.number,
    customerId: facts.customerId,
    siteId: facts.siteId,
    placedAt: facts.placedAt,
    deliveredAt: complete ? new Date(Math.max(...lines.map((line) => line.lastDeliveredAt!.getTime()))) : null,
    cancelled: facts.cancellation !== null,
  };
  return { order, lines, deliveries, shipments };
}
