import type { Describers } from './describe.ts';

export type InspectionKind = 'INCOMING' | 'IN_PROCESS' | 'FINAL' | 'OUTGOING';

/** What happens to units that failed an inspection. */
export type Disposition = 'REWORK' | 'CONCESSION' | 'SCRAP' | 'RETURN_TO_SUPPLIER';

export interface InspectionResult {
  inspectionKind: InspectionKind;
  /** The work order inspected (in-process, final), for first pass yield. */
  workOrderId: string | null;
  workCenterId: string | null;
  /** The purchase order line inspected (incoming), for supplier quality. */
  purchaseOrderLineId: string | null;
  itemId: string;
  quantityInspected: number;
  quantityRejected: number;
  disposition: Disposition | null;
}

export type NonconformanceSource = 'SUPPLIER' | 'INTERNAL' | 'CUSTOMER';

/** What is done with nonconforming material: USE_AS_IS, CONCESSION and REWORK release it, SCRAP and RETURN_TO_SUPPLIER take it out of stock. */
export type NonconformanceDisposition = 'USE_AS_IS' | Disposition;

/** What qms tells the other systems. */
export interface QmsEvents {
  'qms.InspectionPassed': InspectionResult;
  'qms.InspectionFailed': InspectionResult;
  /**
   * Material is suspect: wms puts the lot on hold. `lotId` and `warehouseId`
   * are null for an in-process nonconformance on a work order whose output is
   * not a lot yet (nothing to hold).
   */
  'qms.NonconformanceOpened': {
    number: string;
    lotId: string | null;
    itemId: string;
    quantity: number;
    source: NonconformanceSource;
    supplierId: string | null;
    purchaseOrderLineId: string | null;
    warehouseId: string | null;
    workOrderId?: string | null;
    lotNumber?: string | null;
  };
  /** Decided: wms releases the lot's hold (use as is, concession, rework) or removes the quantity from stock (scrap, return to supplier). */
  'qms.NonconformanceDispositioned': { number: string; lotId: string | null; warehouseId: string | null; disposition: NonconformanceDisposition; quantity: number };
}

export const qmsDescribers: Describers<QmsEvents> = {
  'qms.InspectionPassed': (payload) => `${payload.inspectionKind.toLowerCase().replace('_', '-')} inspection passed (${payload.quantityInspected} inspected)`,
  'qms.InspectionFailed': (payload) => `${payload.inspectionKind.toLowerCase().replace('_', '-')} inspection failed: ${payload.quantityRejected} of ${payload.quantityInspected} rejected`,
  'qms.NonconformanceOpened': (payload) => `Nonconformance ${payload.number} opened (${payload.source.toLowerCase()}): ${payload.quantity} units`,
  'qms.NonconformanceDispositioned': (payload) => `Nonconformance ${payload.number}: ${payload.disposition.toLowerCase().replaceAll('_', ' ')} (${payload.quantity} units)`,
};
