import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { defaultOtifSettings, sharedReads, type Grain, type KpiContributionQuery, type KpiQuery } from '../src/kpi/kpi-definition.ts';
import { periodsBetween } from '../src/kpi/kpi-period.rules.ts';

/**
 * Orders described the way a test reads them (dates, quantities, what went
 * wrong), turned into the events crm, wms, scm and erp emit for them.
 */

export interface LineSpec {
  item: string;
  quantity: number;
  unitPrice?: number;
  requested: string;
  promised?: string;
}

export interface DeliverySpec {
  at: string;
  damaged?: boolean;
  documentsComplete?: boolean;
  /** Shipped (an hour before `at`) and no proof of delivery yet. */
  inTransit?: boolean;
  /** `line` is 1-based; `item` defaults to the ordered item. */
  lines: { line: number; quantity: number; item?: string }[];
}

export interface OrderSpec {
  number: number;
  customer: string;
  placedAt: string;
  /** The site that is to ship the order, named when it is placed; left out, the order is one placed before crm named it. */
  placedSite?: string;
  /** The site every delivery ships from (not necessarily the one the order was placed for). */
  site?: string;
  lines: LineSpec[];
  promises?: { at: string; lines: { line: number; date: string }[] }[];
  cancelledAt?: string;
  /** Who asked for the cancellation; left out, the event says nothing (as events did before it was recorded). */
  cancelledBy?: 'CUSTOMER' | 'COMPANY';
  deliveries?: DeliverySpec[];
  claims?: { at: string; delivery: number; lines: number[] }[];
  /** Default: one accurate invoice per delivery for what it delivered, at order prices. */
  invoices?: { at: string; accurate?: boolean; lines: { line: number; quantity: number; unitPrice?: number; item?: string }[] }[];
}

const names = new Map<string, string>();
/** A stable uuid per name (item, customer, site) within one test run. */
export function idOf(name: string): string {
  if (!names.has(name)) names.set(name, randomUUID());
  return names.get(name)!;
}

export const orderNumber = (number: number) => `SO-2026-${String(number).padStart(6, '0')}`;

export interface BuiltOrder {
  id: string;
  number: string;
  lineIds: string[];
  events: SupplyChainEventInput[];
}

export function orderEvents(spec: OrderSpec): BuiltOrder {
  const id = randomUUID();
  const number = orderNumber(spec.number);
  const lineIds = spec.lines.map(() => randomUUID());
  const customerId = idOf(spec.customer);
  const common = { orderId: id, customerId };
  const priceOf = (line: number) => spec.lines[line - 1]!.unitPrice ?? 10;
  const itemOf = (line: number) => idOf(spec.lines[line - 1]!.item);
  const events: SupplyChainEventInput[] = [
    {
      type: 'crm.SalesOrderPlaced',
      subjectType: 'SalesOrder',
      subjectId: id,
      ...common,
      siteId: spec.placedSite ? idOf(spec.placedSite) : null,
      time: new Date(spec.placedAt),
      payload: {
        number,
        currency: 'EUR',
        lines: spec.lines.map((line, index) => ({
          lineId: lineIds[index]!,
          lineNumber: index + 1,
          itemId: idOf(line.item),
          quantity: line.quantity,
          unitPrice: line.unitPrice ?? 10,
          requestedDate: line.requested,
          promisedDate: line.promised ?? null,
        })),
      },
    },
  ];
  for (const promise of spec.promises ?? []) {
    events.push({
      type: 'crm.SalesOrderPromised',
      subjectType: 'SalesOrder',
      subjectId: id,
      ...common,
      time: new Date(promise.at),
      payload: { number, lines: promise.lines.map((line) => ({ lineId: lineIds[line.line - 1]!, promisedDate: line.date })) },
    });
  }
  if (spec.cancelledAt) {
    events.push({ type: 'crm.SalesOrderCancelled', subjectType: 'SalesOrder', subjectId: id, ...common, time: new Date(spec.cancelledAt), payload: { number, reason: 'cancelled', ...(spec.cancelledBy ? { requestedBy: spec.cancelledBy } : {}) } });
  }
  const shipmentIds = (spec.deliveries ?? []).map(() => randomUUID());
  (spec.deliveries ?? []).forEach((delivery, index) => {
    const lines = delivery.lines.map((line) => ({ salesOrderLineId: lineIds[line.line - 1]!, itemId: line.item ? idOf(line.item) : itemOf(line.line), quantity: line.quantity }));
    const deliveredAt = new Date(delivery.at);
    const shipped: SupplyChainEventInput = {
      type: 'wms.ShipmentShipped',
      subjectType: 'Shipment',
      subjectId: shipmentIds[index]!,
      ...common,
      siteId: spec.site ? idOf(spec.site) : null,
      time: new Date(deliveredAt.getTime() - 3_600_000),
      payload: {
        number: `SH-${spec.number}-${index + 1}`,
        warehouseId: idOf(`warehouse of ${spec.site ?? 'nowhere'}`),
        lines: lines.map((line) => ({ ...line, standardCost: 1, picks: [] })),
      },
    };
    if (delivery.inTransit) {
      events.push(shipped);
      return;
    }
    events.push(
      shipped,
      {
        type: 'scm.DeliveryConfirmed',
        subjectType: 'Delivery',
        subjectId: shipmentIds[index]!,
        ...common,
        time: deliveredAt,
        payload: {
          shipmentId: shipmentIds[index]!,
          deliveredAt: deliveredAt.toISOString(),
          onTime: true,
          damaged: delivery.damaged ?? false,
          documentsComplete: delivery.documentsComplete ?? true,
          lines,
        },
      },
    );
  });
  for (const claim of spec.claims ?? []) {
    events.push({
      type: 'crm.DamageClaimOpened',
      subjectType: 'DamageClaim',
      subjectId: randomUUID(),
      ...common,
      time: new Date(claim.at),
      payload: { shipmentId: shipmentIds[claim.delivery - 1]!, salesOrderLineIds: claim.lines.map((line) => lineIds[line - 1]!), reason: 'dented' },
    });
  }
  const invoices: NonNullable<OrderSpec['invoices']> =
    spec.invoices ??
    (spec.deliveries ?? []).filter((delivery) => !delivery.inTransit).map((delivery) => ({ at: delivery.at, accurate: true, lines: delivery.lines.map((line) => ({ line: line.line, quantity: line.quantity, item: line.item })) }));
  invoices.forEach((invoice, index) => {
    const invoicedLines = invoice.lines.map((line) => ({
      salesOrderLineId: lineIds[line.line - 1]!,
      itemId: line.item ? idOf(line.item) : itemOf(line.line),
      quantity: line.quantity,
      unitPrice: line.unitPrice ?? priceOf(line.line),
    }));
    const issuedAt = new Date(new Date(invoice.at).getTime() + 60_000);
    events.push({
      type: 'erp.InvoiceIssued',
      subjectType: 'CustomerInvoice',
      subjectId: randomUUID(),
      ...common,
      time: issuedAt,
      payload: {
        number: `INV-${spec.number}-${index + 1}`,
        accurate: invoice.accurate ?? true,
        lines: invoicedLines,
        amount: invoicedLines.reduce((total, line) => total + line.quantity * line.unitPrice, 0),
        dueDate: new Date(issuedAt.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    });
  });
  return { id, number, lineIds, events };
}

export async function recordOrders(em: EntityManager, specs: OrderSpec[]): Promise<BuiltOrder[]> {
  const built = specs.map(orderEvents);
  await em.fork().transactional(async (tx) => {
    const events = built.flatMap((order) => order.events);
    for (let start = 0; start < events.length; start += 500) await recordEvents(tx, events.slice(start, start + 500), { now: new Date() });
  });
  return built;
}

export function kpiQuery(from: string, to: string, grain: Grain, options: Partial<Pick<KpiQuery, 'filter' | 'otif' | 'today' | 'now'>> = {}): KpiQuery {
  return {
    from,
    to,
    grain,
    filter: options.filter ?? {},
    otif: options.otif ?? defaultOtifSettings,
    periods: periodsBetween(from, to, grain),
    today: options.today ?? to,
    now: options.now ?? new Date(),
    reads: sharedReads(),
  };
}

export function contributionQuery(from: string, to: string, options: Partial<Omit<KpiContributionQuery, 'from' | 'to'>> = {}): KpiContributionQuery {
  return {
    from,
    to,
    filter: options.filter ?? {},
    otif: options.otif ?? defaultOtifSettings,
    today: options.today ?? to,
    now: options.now ?? new Date(),
    onlyFailing: options.onlyFailing ?? true,
    first: options.first ?? 100,
    offset: options.offset ?? 0,
  };
}
