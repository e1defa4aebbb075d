import type { Describers } from './describe.ts';

export interface DeliveredLine {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
}

/** What scm tells the other systems. */
export interface ScmEvents {
  /** Proof of delivery: what arrived, when, in what state, with complete shipping documents or not. */
  'scm.DeliveryConfirmed': {
    shipmentId: string;
    deliveredAt: string;
    onTime: boolean;
    damaged: boolean;
    documentsComplete: boolean;
    lines: DeliveredLine[];
  };
}

export const scmDescribers: Describers<ScmEvents> = {
  'scm.DeliveryConfirmed': (payload) => `Delivered${payload.onTime ? ' on time' : ' late'}${payload.damaged ? ', damaged' : ''}${payload.documentsComplete ? '' : ', documents incomplete'}`,
};
