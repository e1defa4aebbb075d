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
  cancelled: boolean;
  onTime: 0 | 1;
  inFull: 0 | 1;
  damageFree: 0 | 1;
  documentationAccurate: 0 | 1;
  reasons: PerfectOrderReason[];
  /** Delivered quantity of the ordered item, all deliveries. */
  deliveredQuantity: number;
  /** Proof of delivery of the line's last delivery; null while nothing arrived. */
  lastDeliveredAt: Date | null;
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
  inFull: ['NOT_DELIVERED', 'WRONG_ITEM', 'SHORT', 'OVER'],
  damageFree: ['DAMAGED_AT_DELIVERY', 'DAMAGE_CLAIM'],
  documentationAccurate: ['NOT_INVOICED', 'INVOICE_MISMATCH', 'DOCUMENTS_INCOMPLETE'],
};

const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

export function fulfilmentRows(facts: OrderFacts): { order: FulfilmentOrder; lines: FulfilmentLine[]; deliveries: FulfilmentDelivery[] } {
  const assessment = assessOrder(facts);
  const assessed = new Map(assessment.lines.map((line) => [line.lineId, line]));
  const itemOf = new Map(facts.lines.map((line) => [line.lineId, line.itemId]));
  const deliveries = facts.deliveries.flatMap((delivery) => {
    const seen = new Map<string, number>();
    return delivery.lines
      .filter((entry) => itemOf.has(entry.salesOrderLineId))
      .map((entry) => {
        const position = seen.get(entry.salesOrderLineId) ?? 0;
        seen.set(entry.salesOrderLineId, position + 1);
        return {
          lineId: entry.salesOrderLineId,
          orderId: facts.orderId,
          shipmentId: delivery.shipmentId,
          position,
          deliveredAt: delivery.deliveredAt,
          itemId: entry.itemId,
          quantity: entry.quantity,
          rightItem: entry.itemId === itemOf.get(entry.salesOrderLineId),
        };
      });
  });
  const lines = facts.lines.map((line): FulfilmentLine => {
    const components = assessed.get(line.lineId)!;
    const own = deliveries.filter((delivery) => delivery.lineId === line.lineId);
    const last = own.reduce<Date | null>((latest, delivery) => (latest && latest >= delivery.deliveredAt ? latest : delivery.deliveredAt), null);
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
      cancelled: facts.cancelled,
      onTime: bit(components.onTime),
      inFull: bit(components.inFull),
      damageFree: bit(components.damageFree),
      documentationAccurate: bit(components.documentationAccurate),
      reasons: components.reasons,
      deliveredQuantity: own.filter((delivery) => delivery.rightItem).reduce((sum, delivery) => sum + delivery.quantity, 0),
      lastDeliveredAt: last,
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
    cancelled: facts.cancelled,
  };
  return { order, lines, deliveries };
}
