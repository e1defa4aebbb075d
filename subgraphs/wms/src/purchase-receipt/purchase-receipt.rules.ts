import type { AsnLineSnapshot, SupplyChainEvent } from '@plexus/events';
import { badInput, conflict, notFound } from '@plexus/errors';

/**
 * What the warehouse knows of a purchase order, from srm's events alone
 * (wms never reads srm's tables): its lines as last agreed, each with the
 * over-delivery tolerance srm agreed with the supplier, the ship notices
 * against it, and whether it is still open.
 */
export interface InboundOrder {
  purchaseOrderId: string;
  number: string;
  supplierId: string;
  siteId: string | null;
  state: 'OPEN' | 'CANCELLED' | 'CLOSED';
  lines: Map<string, { lineId: string; lineNumber: number; itemId: string; quantity: number; overDeliveryTolerance: number }>;
  asns: Map<string, { number: string; lines: Map<string, AsnLineSnapshot> }>;
}

/** Folds an order's events, oldest first; null when srm never placed it. */
export function inboundOrder(purchaseOrderId: string, events: readonly SupplyChainEvent[]): InboundOrder | null {
  let order: InboundOrder | null = null;
  for (const event of events) {
    if (event.type === 'srm.PurchaseOrderPlaced') {
      const { payload } = event as SupplyChainEvent<'srm.PurchaseOrderPlaced'>;
      order = {
        purchaseOrderId,
        number: payload.number,
        supplierId: event.supplierId!,
        siteId: event.siteId,
        state: 'OPEN',
        lines: new Map(
          payload.lines.map((line, index) => [
            line.lineId,
            { lineId: line.lineId, lineNumber: line.lineNumber ?? index + 1, itemId: line.itemId, quantity: line.quantity, overDeliveryTolerance: line.overDeliveryTolerance ?? 0 },
          ]),
        ),
        asns: new Map(),
      };
    }
    if (!order) continue;
    if (event.type === 'srm.PurchaseOrderChanged') {
      for (const line of (event as SupplyChainEvent<'srm.PurchaseOrderChanged'>).payload.lines) {
        const known = order.lines.get(line.lineId);
        if (known) known.quantity = line.quantity;
      }
    } else if (event.type === 'srm.PurchaseOrderCancelled') {
      order.state = 'CANCELLED';
    } else if (event.type === 'srm.PurchaseOrderStatusChanged' && (event as SupplyChainEvent<'srm.PurchaseOrderStatusChanged'>).payload.to === 'CLOSED') {
      order.state = 'CLOSED';
    } else if (event.type === 'srm.AsnSubmitted') {
      const { payload } = event as SupplyChainEvent<'srm.AsnSubmitted'>;
      order.asns.set(event.subjectId, { number: payload.number, lines: new Map(payload.lines.map((line) => [line.asnLineId, line])) });
    }
  }
  return order;
}

export interface PurchaseReceiptRequestLine {
  purchaseOrderLineId?: string | null;
  asnLineId?: string | null;
  itemId: string;
  lotNumber: string;
  expiryDate?: string | null;
  locationId: string;
  /** Accepted into stock. */
  quantity: number;
  /** Refused at the dock. */
  rejectedQuantity?: number | null;
}

export interface MatchedReceiptLine extends PurchaseReceiptRequestLine {
  purchaseOrderLineId: string;
  asnLineId: string | null;
  lotNumber: string;
  rejectedQuantity: number;
}

export const normaliseLotNumber = (lotNumber: string) => lotNumber.trim().toUpperCase();

export function validatePurchaseReceipt(lines: readonly PurchaseReceiptRequestLine[]): void {
  if (lines.length === 0) throw badInput('A receipt needs at least one line', { field: 'lines' });
  lines.forEach((line, index) => {
    const at = { line: index + 1 };
    if (!Number.isFinite(line.quantity) || line.quantity < 0) throw badInput(`Line ${index + 1}: quantity must be 0 or more`, { ...at, field: 'quantity' });
    const rejected = line.rejectedQuantity ?? 0;
    if (!Number.isFinite(rejected) || rejected < 0) throw badInput(`Line ${index + 1}: rejected quantity must be 0 or more`, { ...at, field: 'rejectedQuantity' });
    if (line.quantity + rejected <= 0) throw badInput(`Line ${index + 1}: nothing was received`, { ...at, field: 'quantity' });
    if (!normaliseLotNumber(line.lotNumber)) throw badInput(`Line ${index + 1}: lot number must not be empty`, { ...at, field: 'lotNumber' });
    if (!line.purchaseOrderLineId && !line.asnLineId) throw badInput(`Line ${index + 1}: name the order line or the ship notice line`, { ...at, field: 'purchaseOrderLineId' });
  });
}

/**
 * Matches what arrived at the dock with what was ordered (and, against a
 * ship notice, announced): the right order line and item, a lot the notice
 * announced, and per order line no more than its open quantity with the
 * tolerance srm agreed. Refused quantity counts as arrived: a delivery over
 * tolerance is refused as a whole, not in part.
 */
export function matchPurchaseReceipt(
  order: InboundOrder,
  request: { asnId?: string | null; lines: readonly PurchaseReceiptRequestLine[] },
  acceptedSoFar: ReadonlyMap<string, number>,
): MatchedReceiptLine[] {
  if (order.state !== 'OPEN') throw conflict(`Purchase order ${order.number} is ${order.state.toLowerCase()}: nothing more is received against it`, { purchaseOrderId: order.purchaseOrderId });
  const asn = request.asnId ? order.asns.get(request.asnId) : null;
  if (request.asnId && !asn) throw notFound(`Ship notice ${request.asnId} is not one of purchase order ${order.number}`, { field: 'asnId' });
  const arriving = new Map<string, number>();
  return request.lines.map((line, index) => {
    const at = { line: index + 1 };
    let orderLineId = line.purchaseOrderLineId ?? null;
    const lotNumber = normaliseLotNumber(line.lotNumber);
    if (line.asnLineId) {
      const announced = asn?.lines.get(line.asnLineId);
      if (!announced) throw badInput(`Line ${index + 1}: ${line.asnLineId} is not a line of ${asn ? `ship notice ${asn.number}` : 'the ship notice received against'}`, { ...at, field: 'asnLineId' });
      if (orderLineId && orderLineId !== announced.purchaseOrderLineId) throw badInput(`Line ${index + 1}: the ship notice line is for another order line`, { ...at, field: 'purchaseOrderLineId' });
      if (lotNumber !== announced.lotNumber) {
        throw badInput(`Line ${index + 1}: lot ${lotNumber} was not announced on ship notice ${asn!.number} (it announced ${announced.lotNumber})`, { ...at, field: 'lotNumber' });
      }
      orderLineId = announced.purchaseOrderLineId;
    } else if (asn) {
      throw badInput(`Line ${index + 1}: receiving against ship notice ${asn.number}, name its line`, { ...at, field: 'asnLineId' });
    }
    const ordered = order.lines.get(orderLineId!);
    if (!ordered) throw badInput(`Line ${index + 1}: ${orderLineId} is not a line of purchase order ${order.number}`, { ...at, field: 'purchaseOrderLineId' });
    if (line.itemId !== ordered.itemId) throw badInput(`Line ${index + 1}: wrong item: order line ${ordered.lineNumber} is for item ${ordered.itemId}`, { ...at, field: 'itemId' });
    const rejectedQuantity = line.rejectedQuantity ?? 0;
    const total = (arriving.get(ordered.lineId) ?? 0) + line.quantity + rejectedQuantity;
    arriving.set(ordered.lineId, total);
    const open = ordered.quantity * (1 + ordered.overDeliveryTolerance) - (acceptedSoFar.get(ordered.lineId) ?? 0);
    if (total > open + 1e-9) {
      throw badInput(
        `Line ${index + 1}: ${total} arrived for order line ${ordered.lineNumber}, over its open ${Math.max(0, Math.round(open * 1e6) / 1e6)} ` +
          `(${ordered.quantity} ordered, ${ordered.overDeliveryTolerance * 100} % tolerance, ${acceptedSoFar.get(ordered.lineId) ?? 0} accepted before)`,
        { ...at, field: 'quantity', open: Math.max(0, open) },
      );
    }
    return { ...line, purchaseOrderLineId: ordered.lineId, asnLineId: line.asnLineId ?? null, lotNumber, rejectedQuantity };
  });
}
