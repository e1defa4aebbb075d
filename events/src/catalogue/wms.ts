import { plural, sumQuantity, type Describers } from './describe.ts';

export interface ShippedLine {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
  /** The item's standard cost when it shipped: cost of goods sold is quantity × this (KPIS.md, inventory turns). */
  standardCost: number;
  picks: { lotId: string; lotNumber: string; locationId: string; quantity: number }[];
}

export interface ReceivedLine {
  itemId: string;
  lotId: string;
  lotNumber: string;
  locationId: string;
  /** Accepted into stock. */
  quantity: number;
  /** Refused at the dock; counts as received for supplier delivery, as rejected for supplier PPM. */
  rejectedQuantity?: number;
  /** Set when the goods arrive against a purchase order line (supplier on-time delivery). */
  purchaseOrderId?: string;
  purchaseOrderLineId?: string;
  /** Set when the goods arrive against an advance ship notice line (srm closes the notice). */
  asnId?: string;
  asnLineId?: string;
}

export interface TransferMovement {
  transferOrderId: string;
  fromWarehouseId: string;
  toWarehouseId: string;
  lines: { itemId: string; lotId: string; quantity: number }[];
}

/** What wms tells the other systems. */
export interface WmsEvents {
  'wms.GoodsReceived': { number: string; warehouseId: string; lines: ReceivedLine[] };
  'wms.ShipmentShipped': { number: string; warehouseId: string; lines: ShippedLine[] };
  /** Stock of a transfer order picked (first expiry first out) and sent from one warehouse; in transit until received. */
  'wms.TransferShipped': TransferMovement;
  /** The transfer's lots put away at the receiving warehouse. */
  'wms.TransferReceived': TransferMovement;
  /**
   * End-of-day on-hand per item in one warehouse, valued at standard cost:
   * the daily inventory snapshot inventory turns average over (KPIS.md).
   */
  'wms.InventorySnapshotTaken': { day: string; warehouseId: string; balances: { itemId: string; quantity: number; standardCost: number }[] };
  /** Lots issued to a work order after mes reported consuming them (what the lots held of it). */
  'wms.MaterialIssued': { workOrderId: string; lines: { itemId: string; lotId: string; quantity: number }[] };
  /**
   * A lot was put on hold or released in a warehouse (lot-hold, from qms'
   * nonconformances): held stock is neither picked nor consumed. `onHold` is
   * the lot's state after the change; `removedQuantity` is what a scrap or
   * return to supplier took out of stock.
   */
  'wms.LotHoldChanged': {
    lotId: string;
    lotNumber: string;
    itemId: string;
    warehouseId: string;
    onHold: boolean;
    reason: string;
    nonconformanceId: string | null;
    removedQuantity?: number;
  };
}

export const wmsDescribers: Describers<WmsEvents> = {
  'wms.GoodsReceived': (payload) => `Received ${sumQuantity(payload.lines)} units in ${payload.number}`,
  'wms.ShipmentShipped': (payload) => `Shipped ${sumQuantity(payload.lines)} units in ${payload.number}`,
  'wms.TransferShipped': (payload) => `Transfer shipped: ${sumQuantity(payload.lines)} units`,
  'wms.TransferReceived': (payload) => `Transfer received: ${sumQuantity(payload.lines)} units`,
  'wms.MaterialIssued': (payload) => `Issued ${sumQuantity(payload.lines)} units to a work order`,
  'wms.InventorySnapshotTaken': (payload) => `Inventory snapshot of ${payload.day}: ${plural(payload.balances.length, 'item')}`,
  'wms.LotHoldChanged': (payload) => `Lot ${payload.lotNumber} ${payload.onHold ? 'on hold' : 'released'}: ${payload.reason}`,
};
