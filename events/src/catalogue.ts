/**
 * The supply-chain event catalogue: every event one system tells the others
 * about, with exactly the payload its consumers (other systems, KPIs, the
 * order timeline) need, so none of them has to read another system's tables.
 * Names are past tense and owned by the emitting system (ARCHITECTURE.md).
 */

export interface SalesOrderLineSnapshot {
  lineId: string;
  lineNumber: number;
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
  promisedDate: string | null;
}

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
}

export interface PurchaseOrderLineSnapshot {
  lineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
}

/**
 * What a machine is doing, as ISO 22400-2 splits time: OFF_SHIFT and
 * PLANNED_DOWNTIME are outside planned busy time; IDLE and DOWN are losses
 * of availability inside it; only RUNNING is run time.
 */
export type MachineState = 'RUNNING' | 'IDLE' | 'DOWN' | 'PLANNED_DOWNTIME' | 'OFF_SHIFT';

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

export interface EventPayloads {
  'erp.ItemCreated': { sku: string; name: string; itemType: string; standardCost: number };
  'erp.BillOfMaterialsChanged': { sku: string; components: { componentId: string; quantityPer: number }[] };
  'erp.SiteCreated': { code: string; name: string };
  'crm.CustomerCreated': { code: string; name: string };
  'crm.SalesOrderPlaced': { number: string; currency: string; lines: SalesOrderLineSnapshot[] };
  'crm.SalesOrderConfirmed': { number: string; lines: SalesOrderLineSnapshot[] };
  'crm.SalesOrderPromised': { number: string; lines: { lineId: string; promisedDate: string }[] };
  'crm.SalesOrderCancelled': { number: string; reason: string };
  'crm.SalesOrderStatusChanged': { number: string; from: string; to: string };
  'wms.GoodsReceived': { number: string; warehouseId: string; lines: ReceivedLine[] };
  'wms.ShipmentShipped': { number: string; warehouseId: string; lines: ShippedLine[] };
  /** Proof of delivery: what arrived, when, in what state, with complete shipping documents or not. */
  'scm.DeliveryConfirmed': {
    shipmentId: string;
    deliveredAt: string;
    onTime: boolean;
    damaged: boolean;
    documentsComplete: boolean;
    lines: DeliveredLine[];
  };
  /** A customer's claim that goods arrived damaged, against one delivery. */
  'crm.DamageClaimOpened': { shipmentId: string; salesOrderLineIds: string[]; reason: string };
  /**
   * What was invoiced per order line; `accurate` is ERP's own check against order and deliveries.
   * `amount` is the invoice total in the reporting currency: revenue on the day it is issued and a
   * receivable from then until customer payments settle it (cash-to-cash, KPIS.md). Dimensions carry
   * customer and site.
   */
  'erp.InvoiceIssued': { number: string; accurate: boolean; lines: InvoicedLine[]; amount: number; dueDate: string };
  /**
   * Cash from a customer applied to one invoice, in the reporting currency; a remittance settling
   * several invoices is one event per invoice. `invoiceId` is the invoice's subject id.
   */
  'erp.CustomerPaymentReceived': { number: string; invoiceId: string; invoiceNumber: string; amount: number };
  /**
   * A supplier's invoice booked on receipt, total in the reporting currency: material cost on the day
   * it is received and a payable until paid (cash-to-cash). Dimensions carry supplier and site; the
   * purchase order, when the invoice is against one, is also the event's order.
   */
  'erp.SupplierInvoiceReceived': { number: string; purchaseOrderId: string | null; amount: number; dueDate: string };
  /** Cash paid to a supplier against one of its invoices, in the reporting currency; `invoiceId` is the supplier invoice's subject id. */
  'erp.SupplierPaymentMade': { number: string; invoiceId: string; invoiceNumber: string; amount: number };
  /** A purchase order sent to a supplier; dimensions carry supplier and site. */
  'srm.PurchaseOrderPlaced': { number: string; lines: PurchaseOrderLineSnapshot[] };
  /**
   * The supplier's confirmation of delivery dates. The first one per line is
   * the confirmed date supplier OTD is measured against; later ones are
   * re-promises, kept as the latest promised date (KPIS.md).
   */
  'srm.PurchaseOrderConfirmed': { number: string; lines: { lineId: string; confirmedDate: string }[] };
  /** Units produced on a machine since its last report: OEE performance and quality. */
  'mes.ProductionReported': {
    workOrderId: string;
    machineId: string;
    workCenterId: string;
    goodQuantity: number;
    scrapQuantity: number;
    /** ISO 22400 ideal cycle time per unit on this machine. */
    idealCycleSeconds: number;
  };
  /** A work order finished: schedule adherence (completed by its scheduled end) and output. */
  'mes.WorkOrderCompleted': {
    number: string;
    itemId: string;
    workCenterId: string;
    goodQuantity: number;
    scrapQuantity: number;
    scheduledEnd: string;
  };
  /** A machine changed state; the state lasts until its next change (OEE availability, downtime ranking). */
  'mes.MachineStateChanged': { machineId: string; workCenterId: string; from: MachineState | null; to: MachineState; reason: string | null };
  'qms.InspectionPassed': InspectionResult;
  'qms.InspectionFailed': InspectionResult;
  /**
   * End-of-day on-hand per item in one warehouse, valued at standard cost:
   * the daily inventory snapshot inventory turns average over (KPIS.md).
   */
  'wms.InventorySnapshotTaken': { day: string; warehouseId: string; balances: { itemId: string; quantity: number; standardCost: number }[] };
}

export interface DeliveredLine {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
}

export interface InvoicedLine {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
}

export type EventType = keyof EventPayloads;

export const eventTypes = [
  'erp.ItemCreated',
  'erp.BillOfMaterialsChanged',
  'erp.SiteCreated',
  'crm.CustomerCreated',
  'crm.SalesOrderPlaced',
  'crm.SalesOrderConfirmed',
  'crm.SalesOrderPromised',
  'crm.SalesOrderCancelled',
  'crm.SalesOrderStatusChanged',
  'wms.GoodsReceived',
  'wms.ShipmentShipped',
  'scm.DeliveryConfirmed',
  'crm.DamageClaimOpened',
  'erp.InvoiceIssued',
  'erp.CustomerPaymentReceived',
  'erp.SupplierInvoiceReceived',
  'erp.SupplierPaymentMade',
  'srm.PurchaseOrderPlaced',
  'srm.PurchaseOrderConfirmed',
  'mes.ProductionReported',
  'mes.WorkOrderCompleted',
  'mes.MachineStateChanged',
  'qms.InspectionPassed',
  'qms.InspectionFailed',
  'wms.InventorySnapshotTaken',
] as const satisfies readonly EventType[];

/** The columns of `analytics.supply_chain_event` that KPIs filter and group by. */
export interface EventDimensions {
  subjectType: string;
  subjectId: string;
  orderId?: string | null;
  itemId?: string | null;
  siteId?: string | null;
  supplierId?: string | null;
  customerId?: string | null;
  quantity?: number | null;
}

export type SupplyChainEventInput = {
  [T in EventType]: EventDimensions & { type: T; payload: EventPayloads[T]; time?: Date };
}[EventType];

export interface SupplyChainEvent<T extends EventType = EventType> extends Required<EventDimensions> {
  id: string;
  time: Date;
  type: T;
  system: string;
  payload: EventPayloads[T];
  idempotencyKey: string | null;
}

export function systemOf(type: EventType): string {
  return type.slice(0, type.indexOf('.'));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const sumQuantity = (lines: { quantity: number }[]) => lines.reduce((sum, line) => sum + line.quantity, 0);

/** One sentence a planner can read on a timeline. */
export function describeEvent(event: Pick<SupplyChainEvent, 'type' | 'payload'>): string {
  const e = event as { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];
  switch (e.type) {
    case 'erp.ItemCreated':
      return `Item ${e.payload.sku} created`;
    case 'erp.BillOfMaterialsChanged':
      return `Bill of materials of ${e.payload.sku} set to ${plural(e.payload.components.length, 'component')}`;
    case 'erp.SiteCreated':
      return `Site ${e.payload.code} created`;
    case 'crm.CustomerCreated':
      return `Customer ${e.payload.code} created`;
    case 'crm.SalesOrderPlaced':
      return `Order ${e.payload.number} placed with ${plural(e.payload.lines.length, 'line')}`;
    case 'crm.SalesOrderConfirmed':
      return `Order ${e.payload.number} confirmed`;
    case 'crm.SalesOrderPromised': {
      const dates = [...new Set(e.payload.lines.map((line) => line.promisedDate))].sort();
      return `Delivery promised for ${dates.join(', ')}`;
    }
    case 'crm.SalesOrderCancelled':
      return `Order cancelled: ${e.payload.reason}`;
    case 'crm.SalesOrderStatusChanged':
      return `Status ${e.payload.from} → ${e.payload.to}`;
    case 'wms.GoodsReceived':
      return `Received ${sumQuantity(e.payload.lines)} units in ${e.payload.number}`;
    case 'wms.ShipmentShipped':
      return `Shipped ${sumQuantity(e.payload.lines)} units in ${e.payload.number}`;
    case 'scm.DeliveryConfirmed':
      return `Delivered${e.payload.onTime ? ' on time' : ' late'}${e.payload.damaged ? ', damaged' : ''}${e.payload.documentsComplete ? '' : ', documents incomplete'}`;
    case 'crm.DamageClaimOpened':
      return `Damage claim opened: ${e.payload.reason}`;
    case 'erp.InvoiceIssued':
      return `Invoice ${e.payload.number} issued for ${e.payload.amount}, due ${e.payload.dueDate}${e.payload.accurate ? '' : ' (inaccurate)'}`;
    case 'erp.CustomerPaymentReceived':
      return `Payment ${e.payload.number} of ${e.payload.amount} received against invoice ${e.payload.invoiceNumber}`;
    case 'erp.SupplierInvoiceReceived':
      return `Supplier invoice ${e.payload.number} received for ${e.payload.amount}, due ${e.payload.dueDate}`;
    case 'erp.SupplierPaymentMade':
      return `Payment ${e.payload.number} of ${e.payload.amount} made against supplier invoice ${e.payload.invoiceNumber}`;
    case 'srm.PurchaseOrderPlaced':
      return `Purchase order ${e.payload.number} placed with ${plural(e.payload.lines.length, 'line')}`;
    case 'srm.PurchaseOrderConfirmed': {
      const dates = [...new Set(e.payload.lines.map((line) => line.confirmedDate))].sort();
      return `Purchase order ${e.payload.number} confirmed for ${dates.join(', ')}`;
    }
    case 'mes.ProductionReported':
      return `Produced ${e.payload.goodQuantity} good, ${e.payload.scrapQuantity} scrap`;
    case 'mes.WorkOrderCompleted':
      return `Work order ${e.payload.number} completed: ${e.payload.goodQuantity} good, ${e.payload.scrapQuantity} scrap`;
    case 'mes.MachineStateChanged':
      return `Machine ${e.payload.from ?? 'new'} → ${e.payload.to}${e.payload.reason ? `: ${e.payload.reason}` : ''}`;
    case 'qms.InspectionPassed':
      return `${e.payload.inspectionKind.toLowerCase().replace('_', '-')} inspection passed (${e.payload.quantityInspected} inspected)`;
    case 'qms.InspectionFailed':
      return `${e.payload.inspectionKind.toLowerCase().replace('_', '-')} inspection failed: ${e.payload.quantityRejected} of ${e.payload.quantityInspected} rejected`;
    case 'wms.InventorySnapshotTaken':
      return `Inventory snapshot of ${e.payload.day}: ${plural(e.payload.balances.length, 'item')}`;
  }
}
