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

/** What qms tells the other systems. */
export interface QmsEvents {
  'qms.InspectionPassed': InspectionResult;
  'qms.InspectionFailed': InspectionResult;
}

export const qmsDescribers: Describers<QmsEvents> = {
  'qms.InspectionPassed': (payload) => `${payload.inspectionKind.toLowerCase().replace('_', '-')} inspection passed (${payload.quantityInspected} inspected)`,
  'qms.InspectionFailed': (payload) => `${payload.inspectionKind.toLowerCase().replace('_', '-')} inspection failed: ${payload.quantityRejected} of ${payload.quantityInspected} rejected`,
};
