import { plural, type Describers } from './describe.ts';

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
  /** A transport order for a shipment, on its lane and carrier (null while no lane serves the site and customer). */
  'scm.TransportOrderPlanned': {
    number: string;
    shipmentId: string;
    carrierId: string | null;
    laneId: string | null;
    plannedDelivery: string | null;
  };
  /** The carriage passed a milestone; `eta` is the expected delivery as it stands after it. */
  'scm.MilestoneRecorded': {
    transportOrderId: string;
    milestone: 'PICKED_UP' | 'DEPARTED' | 'ARRIVED' | 'DELIVERED';
    at: string;
    eta: string | null;
  };
  /** A transfer of stock from one warehouse to another (another site's), for wms to ship and receive. */
  'scm.TransferOrderReleased': {
    number: string;
    fromWarehouseId: string;
    toWarehouseId: string;
    lines: { itemId: string; quantity: number }[];
  };
}

const milestoneWords = { PICKED_UP: 'Picked up', DEPARTED: 'Departed', ARRIVED: 'Arrived at the customer', DELIVERED: 'Delivered' } as const;

export const scmDescribers: Describers<ScmEvents> = {
  'scm.TransferOrderReleased': (payload) => `Transfer ${payload.number} released: ${plural(payload.lines.length, 'item')}`,
  'scm.TransportOrderPlanned': (payload) => `Transport ${payload.number} planned${payload.plannedDelivery ? ` for delivery ${payload.plannedDelivery.slice(0, 10)}` : ', no lane yet'}`,
  'scm.MilestoneRecorded': (payload) => `${milestoneWords[payload.milestone]}${payload.eta && payload.milestone !== 'DELIVERED' ? `, ETA ${payload.eta.slice(0, 16).replace('T', ' ')}` : ''}`,
  'scm.DeliveryConfirmed': (payload) => `Delivered${payload.onTime ? ' on time' : ' late'}${payload.damaged ? ', damaged' : ''}${payload.documentsComplete ? '' : ', documents incomplete'}`,
};
