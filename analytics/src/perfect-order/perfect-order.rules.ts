import type { DeliveredLine, InvoicedLine, SupplyChainEvent } from '@plexus/events';

/**
 * Perfect order fulfilment (SCOR RL.1.1) exactly as KPIS.md defines it: an
 * order is perfect only if every line is on time, in full, damage free and
 * accurately documented. Each component is kept per line, 0/1, with the
 * reasons it failed, so every rate drills down to the failing lines.
 */

export type PerfectOrderReason =
  | 'NOT_DELIVERED'
  | 'LATE'
  | 'SHORT'
  | 'OVER'
  | 'WRONG_ITEM'
  | 'DAMAGED_AT_DELIVERY'
  | 'DAMAGE_CLAIM'
  | 'CANCELLED'
  | 'NOT_INVOICED'
  | 'INVOICE_MISMATCH'
  | 'DOCUMENTS_INCOMPLETE';

export interface OrderLineFacts {
  lineId: string;
  lineNumber: number;
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
  /** The date committed to the customer: the latest accepted promise, else the requested date. */
  commitDate: string;
}

export interface ShipmentFacts {
  shipmentId: string;
  shippedAt: Date;
  lines: { salesOrderLineId: string; itemId: string; quantity: number }[];
}

export interface DeliveryFacts {
  shipmentId: string;
  deliveredAt: Date;
  damaged: boolean;
  documentsComplete: boolean;
  lines: DeliveredLine[];
}

/** Who asked for a cancellation; null on events from before cancellations recorded it (those were the customers'). */
export interface Cancellation {
  cancelledAt: Date;
  requestedBy: 'CUSTOMER' | 'COMPANY' | null;
}

export interface OrderFacts {
  orderId: string;
  number: string;
  placedAt: Date;
  customerId: string | null;
  /** The site that was to ship the order: the one it was placed for, else (older orders) the one that shipped it first; null until known. */
  siteId: string | null;
  cancellation: Cancellation | null;
  lines: OrderLineFacts[];
  /** What left the warehouse against the order (wms), each shipment once: the backlog counts what is still to ship. */
  shipments: ShipmentFacts[];
  deliveries: DeliveryFacts[];
  claims: { shipmentId: string; openedAt: Date; salesOrderLineIds: string[] }[];
  invoices: { accurate: boolean; lines: InvoicedLine[] }[];
}

export interface LineAssessment {
  lineId: string;
  onTime: boolean;
  inFull: boolean;
  damageFree: boolean;
  documentationAccurate: boolean;
  reasons: PerfectOrderReason[];
}

export interface OrderAssessment {
  orderId: string;
  /** Cancelled by the customer before its commit date: not due, outside every rate (KPIS.md). */
  excluded: boolean;
  /** The order is due when its last line is: the latest line commit date. */
  commitDate: string;
  onTime: boolean;
  inFull: boolean;
  damageFree: boolean;
  documentationAccurate: boolean;
  isPerfect: boolean;
  reasons: PerfectOrderReason[];
  lines: LineAssessment[];
}

const claimWindowDays = 30;
const dayMs = 86_400_000;
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Facts for one order from its events in the stream, oldest first. */
export function orderFactsFromEvents(orderId: string, events: readonly SupplyChainEvent[]): OrderFacts | null {
  const placed = events.find((event): event is SupplyChainEvent<'crm.SalesOrderPlaced'> => event.type === 'crm.SalesOrderPlaced');
  if (!placed) return null;
  const commit = new Map(placed.payload.lines.map((line) => [line.lineId, line.promisedDate ?? line.requestedDate]));
  for (const event of events) {
    // A later promise the customer accepted replaces the original commitment (KPIS.md).
    if (event.type === 'crm.SalesOrderPromised') for (const line of (event as SupplyChainEvent<'crm.SalesOrderPromised'>).payload.lines) commit.set(line.lineId, line.promisedDate);
  }
  // KPIs by site count an order at the site that was to ship it, named when it was placed: a shipment
  // from another site does not move it, and an order that never ships is still due there. Only orders
  // placed before crm named the site (older events) take the site of their first shipment.
  const shipped = placed.siteId ? null : events.find((event) => (event.type === 'wms.ShipmentShipped' || event.type === 'scm.DeliveryConfirmed') && event.siteId);
  return {
    orderId,
    number: placed.payload.number,
    placedAt: placed.time,
    customerId: placed.customerId,
    siteId: placed.siteId ?? shipped?.siteId ?? null,
    cancellation: cancellationOf(events),
    lines: placed.payload.lines.map((line) => ({
      lineId: line.lineId,
      lineNumber: line.lineNumber,
      itemId: line.itemId,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      requestedDate: line.requestedDate,
      commitDate: commit.get(line.lineId)!,
    })),
    shipments: firstPerSubject(events.filter((event): event is SupplyChainEvent<'wms.ShipmentShipped'> => event.type === 'wms.ShipmentShipped')).map((event) => ({
      shipmentId: event.subjectId,
      shippedAt: event.time,
      lines: event.payload.lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: line.quantity })),
    })),
    deliveries: firstPerShipment(events.filter((event): event is SupplyChainEvent<'scm.DeliveryConfirmed'> => event.type === 'scm.DeliveryConfirmed'))
      .map((event) => ({
        shipmentId: event.payload.shipmentId,
        deliveredAt: new Date(event.payload.deliveredAt),
        damaged: event.payload.damaged,
        documentsComplete: event.payload.documentsComplete,
        lines: event.payload.lines,
      })),
    claims: events
      .filter((event): event is SupplyChainEvent<'crm.DamageClaimOpened'> => event.type === 'crm.DamageClaimOpened')
      .map((event) => ({ shipmentId: event.payload.shipmentId, openedAt: event.time, salesOrderLineIds: event.payload.salesOrderLineIds })),
    invoices: latestPerInvoice(events.filter((event): event is SupplyChainEvent<'erp.InvoiceIssued'> => event.type === 'erp.InvoiceIssued')).map((event) => ({
      accurate: event.payload.accurate,
      lines: event.payload.lines,
    })),
  };
}

function cancellationOf(events: readonly SupplyChainEvent[]): Cancellation | null {
  const cancelled = events.find((event): event is SupplyChainEvent<'crm.SalesOrderCancelled'> => event.type === 'crm.SalesOrderCancelled');
  return cancelled ? { cancelledAt: cancelled.time, requestedBy: cancelled.payload.requestedBy ?? null } : null;
}

/**
 * Whether a cancellation takes the order out of the orders due: only the
 * customer's, before the commit date had passed. One the company made, or
 * any made after the commit date, leaves it due and not perfect, so
 * cancelling a late order never improves the rate (KPIS.md).
 */
export function excusedByCancellation(cancellation: Cancellation | null, commitDate: string): boolean {
  return cancellation !== null && cancellation.requestedBy !== 'COMPANY' && cancellation.cancelledAt <= endOfDay(commitDate);
}

/** A shipment reported twice counts once. */
function firstPerSubject<T extends SupplyChainEvent>(events: readonly T[]): T[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.subjectId) && seen.add(event.subjectId));
}

/** A proof of delivery received twice counts once (KPIS.md): the first one for a shipment stands. */
function firstPerShipment(events: readonly SupplyChainEvent<'scm.DeliveryConfirmed'>[]): SupplyChainEvent<'scm.DeliveryConfirmed'>[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.payload.shipmentId) && seen.add(event.payload.shipmentId));
}

/** An invoice issued again under the same id (a correction, or sent twice) replaces the earlier one: the latest in event time stands. */
function latestPerInvoice(events: readonly SupplyChainEvent<'erp.InvoiceIssued'>[]): SupplyChainEvent<'erp.InvoiceIssued'>[] {
  const latest = new Map<string, SupplyChainEvent<'erp.InvoiceIssued'>>();
  for (const event of events) {
    const known = latest.get(event.subjectId);
    if (!known || known.time <= event.time) latest.set(event.subjectId, event);
  }
  return [...latest.values()];
}

/** Assesses an order: a line with no proof of delivery is neither on time nor in full. */
export function assessOrder(facts: OrderFacts): OrderAssessment {
  const commitDate = facts.lines.map((line) => line.commitDate).sort().at(-1)!;
  const excluded = excusedByCancellation(facts.cancellation, commitDate);
  // An order cancelled and still due never arrives in full: the customer did not get what was committed.
  const cancelledWhileDue = facts.cancellation !== null && !excluded;
  const lines = facts.lines.map((line) => assessLine(facts, line, cancelledWhileDue));
  const all = (component: keyof Pick<LineAssessment, 'onTime' | 'inFull' | 'damageFree' | 'documentationAccurate'>) => lines.every((line) => line[component]);
  const reasons = [...new Set(lines.flatMap((line) => line.reasons))];
  return {
    orderId: facts.orderId,
    excluded,
    commitDate,
    onTime: all('onTime'),
    inFull: all('inFull'),
    damageFree: all('damageFree'),
    documentationAccurate: all('documentationAccurate'),
    isPerfect: reasons.length === 0,
    reasons,
    lines,
  };
}

function assessLine(facts: OrderFacts, line: OrderLineFacts, cancelledWhileDue: boolean): LineAssessment {
  const reasons: PerfectOrderReason[] = [];
  const deliveries = facts.deliveries.filter((delivery) => delivery.lines.some((delivered) => delivered.salesOrderLineId === line.lineId));
  const delivered = deliveries.flatMap((delivery) => delivery.lines.filter((entry) => entry.salesOrderLineId === line.lineId));
  const deliveredOfItem = delivered.filter((entry) => entry.itemId === line.itemId).reduce((sum, entry) => sum + entry.quantity, 0);
  const deadline = endOfDay(line.commitDate);

  // On time: everything delivered against the line arrived by the end of the commit date, and it arrived.
  let onTime = deliveries.length > 0 && deliveries.every((delivery) => delivery.deliveredAt <= deadline);
  if (deliveries.length === 0) reasons.push('NOT_DELIVERED');
  else if (!onTime) reasons.push('LATE');

  let inFull = true;
  if (delivered.some((entry) => entry.itemId !== line.itemId)) {
    inFull = false;
    reasons.push('WRONG_ITEM');
  }
  if (deliveries.length > 0 && deliveredOfItem < line.quantity - 1e-9) {
    inFull = false;
    reasons.push('SHORT');
  } else if (deliveredOfItem > line.quantity + 1e-9) {
    inFull = false;
    reasons.push('OVER');
  }
  if (deliveries.length === 0) {
    inFull = false;
    onTime = false;
  }
  if (cancelledWhileDue) {
    inFull = false;
    reasons.push('CANCELLED');
  }

  let damageFree = true;
  if (deliveries.some((delivery) => delivery.damaged)) {
    damageFree = false;
    reasons.push('DAMAGED_AT_DELIVERY');
  }
  const claimed = facts.claims.some((claim) => {
    const delivery = deliveries.find((candidate) => candidate.shipmentId === claim.shipmentId);
    return delivery && claim.salesOrderLineIds.includes(line.lineId) && claim.openedAt.getTime() - delivery.deliveredAt.getTime() <= claimWindowDays * dayMs;
  });
  if (claimed) {
    damageFree = false;
    reasons.push('DAMAGE_CLAIM');
  }

  let documentationAccurate = true;
  const invoiced = facts.invoices.flatMap((invoice) => invoice.lines.filter((entry) => entry.salesOrderLineId === line.lineId).map((entry) => ({ ...entry, accurate: invoice.accurate })));
  if (invoiced.length === 0) {
    documentationAccurate = false;
    reasons.push('NOT_INVOICED');
  } else {
    // The invoice bills what was delivered (KPIS.md): every item in the quantity delivered against the line, the ordered
    // item at the order's price. A short delivery invoiced as delivered is accurate (in full fails it); an extra item
    // delivered and not invoiced is not.
    const invoicedByItem = quantitiesByItem(invoiced);
    const deliveredByItem = quantitiesByItem(delivered);
    const matches =
      invoiced.every((entry) => entry.accurate && (entry.itemId !== line.itemId || same(entry.unitPrice, line.unitPrice))) &&
      [...new Set([...invoicedByItem.keys(), ...deliveredByItem.keys()])].every((item) => same(invoicedByItem.get(item) ?? 0, deliveredByItem.get(item) ?? 0));
    if (!matches) {
      documentationAccurate = false;
      reasons.push('INVOICE_MISMATCH');
    }
  }
  if (deliveries.some((delivery) => !delivery.documentsComplete)) {
    documentationAccurate = false;
    reasons.push('DOCUMENTS_INCOMPLETE');
  }
  return { lineId: line.lineId, onTime, inFull, damageFree, documentationAccurate, reasons };
}

function quantitiesByItem(entries: readonly { itemId: string; quantity: number }[]): Map<string, number> {
  const byItem = new Map<string, number>();
  for (const entry of entries) byItem.set(entry.itemId, (byItem.get(entry.itemId) ?? 0) + entry.quantity);
  return byItem;
}

export interface PerfectOrderSummary {
  ordersDue: number;
  perfectOrders: number;
  /** perfect / due; null when nothing was due. */
  rate: number | null;
  /** SCOR RL.2.1–2.4 over the same orders: share of orders whose every line passes the component. */
  components: { onTime: number | null; inFull: number | null; damageFree: number | null; documentationAccurate: number | null };
  imperfect: OrderAssessment[];
}

/**
 * The rate for orders whose commit date falls in [from, to]; orders the
 * customer cancelled before their commit date are excluded. Never the product of the component rates: they are not
 * independent (KPIS.md).
 */
export function perfectOrderRate(orders: readonly OrderFacts[], period: { from: string; to: string }): PerfectOrderSummary {
  const due = orders.map(assessOrder).filter((order) => !order.excluded && order.commitDate >= period.from && order.commitDate <= period.to);
  const share = (pass: (order: OrderAssessment) => boolean) => (due.length ? due.filter(pass).length / due.length : null);
  const perfect = due.filter((order) => order.isPerfect).length;
  return {
    ordersDue: due.length,
    perfectOrders: perfect,
    rate: share((order) => order.isPerfect),
    components: {
      onTime: share((order) => order.onTime),
      inFull: share((order) => order.inFull),
      damageFree: share((order) => order.damageFree),
      documentationAccurate: share((order) => order.documentationAccurate),
    },
    imperfect: due.filter((order) => !order.isPerfect),
  };
}
