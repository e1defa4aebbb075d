import { plural, sumQuantity, type Describers } from './describe.ts';

export interface PurchaseOrderLineSnapshot {
  lineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
  /** 1, 2, …: the line's position on the order. Absent on events recorded before srm numbered them. */
  lineNumber?: number;
  /**
   * Share above the ordered quantity the warehouse may still accept (0.05 = 5 %),
   * agreed per supplier and item in srm; absent means nothing over.
   */
  overDeliveryTolerance?: number;
}

export type SupplierStatus = 'PROSPECT' | 'APPROVED' | 'CONDITIONAL' | 'BLOCKED';

export type PurchaseOrderStatus = 'DRAFT' | 'SENT' | 'CONFIRMED' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | 'CLOSED' | 'CANCELLED';

export interface AsnLineSnapshot {
  asnLineId: string;
  purchaseOrderLineId: string;
  itemId: string;
  quantity: number;
  /** The supplier's lot: the warehouse refuses a lot the notice did not announce. */
  lotNumber: string;
  expiryDate?: string | null;
}

/**
 * What srm tells the other systems. Purchase-order and ASN events carry the
 * purchase order as their order and the supplier (and, for orders, the
 * delivery site) as dimensions.
 */
export interface SrmEvents {
  /** A supplier entered the supplier base; its id is what other systems (erp's payables, qms) refer to. */
  'srm.SupplierCreated': { code: string; name: string; status: SupplierStatus };
  /** Qualification changed: a BLOCKED supplier gets no new purchase orders. */
  'srm.SupplierStatusChanged': { code: string; from: SupplierStatus; to: SupplierStatus; reason: string };
  /** A purchase order sent to a supplier; dimensions carry supplier and site. */
  /** `plannedOrderId`: the aps planned order the buyer's draft was made from, when it was. */
  'srm.PurchaseOrderPlaced': { number: string; currency?: string; lines: PurchaseOrderLineSnapshot[]; plannedOrderId?: string };
  /**
   * The supplier's confirmation of delivery dates. The first one per line is
   * the confirmed date supplier OTD is measured against; later ones are
   * re-promises, kept as the latest promised date (KPIS.md).
   */
  'srm.PurchaseOrderConfirmed': { number: string; lines: { lineId: string; confirmedDate: string }[] };
  /**
   * Buyer and supplier agreed to change lines of a placed order (quantity or
   * requested date): `lines` are the changed lines as they now stand, in the
   * shape of the placed ones.
   */
  'srm.PurchaseOrderChanged': { number: string; changeId: string; origin: 'BUYER' | 'SUPPLIER'; reason: string; lines: PurchaseOrderLineSnapshot[] };
  /** Nothing more is expected on the order; lines still open are no longer due. */
  'srm.PurchaseOrderCancelled': { number: string; reason: string };
  /** The order moved as goods arrived (PARTIALLY_RECEIVED, RECEIVED) or the buyer closed it short (CLOSED). */
  'srm.PurchaseOrderStatusChanged': { number: string; from: PurchaseOrderStatus; to: PurchaseOrderStatus };
  /** Advance ship notice: what the supplier shipped against one order, lot by lot, and when it should arrive. */
  'srm.AsnSubmitted': { number: string; purchaseOrderId: string; expectedArrival: string; lines: AsnLineSnapshot[] };
}

export const srmDescribers: Describers<SrmEvents> = {
  'srm.SupplierCreated': (payload) => `Supplier ${payload.code} ${payload.name} created as ${payload.status.toLowerCase()}`,
  'srm.SupplierStatusChanged': (payload) => `Supplier ${payload.code} changed from ${payload.from.toLowerCase()} to ${payload.to.toLowerCase()}: ${payload.reason}`,
  'srm.PurchaseOrderPlaced': (payload) => `Purchase order ${payload.number} placed with ${plural(payload.lines.length, 'line')}`,
  'srm.PurchaseOrderConfirmed': (payload) => {
    const dates = [...new Set(payload.lines.map((line) => line.confirmedDate))].sort();
    return `Purchase order ${payload.number} confirmed for ${dates.join(', ')}`;
  },
  'srm.PurchaseOrderChanged': (payload) =>
    `Purchase order ${payload.number}: ${plural(payload.lines.length, 'line')} changed at the ${payload.origin.toLowerCase()}'s request (${payload.reason})`,
  'srm.PurchaseOrderCancelled': (payload) => `Purchase order ${payload.number} cancelled: ${payload.reason}`,
  'srm.PurchaseOrderStatusChanged': (payload) => `Purchase order ${payload.number} ${payload.to.toLowerCase().replace('_', ' ')}`,
  'srm.AsnSubmitted': (payload) => `Ship notice ${payload.number} announces ${sumQuantity(payload.lines)} units for ${payload.expectedArrival.slice(0, 10)}`,
};
