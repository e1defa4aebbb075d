import { plural, type Describers } from './describe.ts';

export interface PurchaseOrderLineSnapshot {
  lineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
}

/** What srm tells the other systems. */
export interface SrmEvents {
  /** A purchase order sent to a supplier; dimensions carry supplier and site. */
  'srm.PurchaseOrderPlaced': { number: string; lines: PurchaseOrderLineSnapshot[] };
  /**
   * The supplier's confirmation of delivery dates. The first one per line is
   * the confirmed date supplier OTD is measured against; later ones are
   * re-promises, kept as the latest promised date (KPIS.md).
   */
  'srm.PurchaseOrderConfirmed': { number: string; lines: { lineId: string; confirmedDate: string }[] };
}

export const srmDescribers: Describers<SrmEvents> = {
  'srm.PurchaseOrderPlaced': (payload) => `Purchase order ${payload.number} placed with ${plural(payload.lines.length, 'line')}`,
  'srm.PurchaseOrderConfirmed': (payload) => {
    const dates = [...new Set(payload.lines.map((line) => line.confirmedDate))].sort();
    return `Purchase order ${payload.number} confirmed for ${dates.join(', ')}`;
  },
};
