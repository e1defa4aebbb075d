import { seededRandom } from '@plexus/aps/scheduling';
import type { MachineState, SupplyChainEventInput } from '@plexus/events';

/**
 * A deterministic year of a manufacturer's supply-chain events, as the
 * systems would emit them: sales orders with promises, shipments, proofs of
 * delivery, invoices, claims and customer payments; purchase orders with
 * confirmations, receipts, incoming inspections, supplier invoices and
 * payments; machine states, production reports, work orders and final
 * inspections; daily inventory snapshots. Imperfection rates are set so
 * every KPI has failures to drill into.
 */

export interface HistoryOptions {
  orders: number;
  days: number;
  /** The history ends at this day's midnight (UTC); nothing later is emitted. */
  end: Date;
  seed: number;
  machines: number;
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/** UUIDs drawn from the seeded generator, so two runs give the same history. */
function seededIds(random: () => number) {
  const hex = () => Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return () => `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
}

const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface HistoryCatalogue {
  siteIds: string[];
  warehouseIds: string[];
  itemIds: string[];
  customerIds: string[];
  supplierIds: string[];
  machineIds: string[];
}

/** Yields the history one placement day at a time (all later events of what was placed that day included). */
export function* generateHistory(options: HistoryOptions): Generator<SupplyChainEventInput[], HistoryCatalogue> {
  const random = seededRandom(options.seed);
  const id = seededIds(random);
  // Payments draw from their own sequence, so the operational history is the same with or without them.
  const financeRandom = seededRandom(options.seed ^ 0x5eedcafe);
  const financeId = seededIds(financeRandom);
  const financeBetween = (low: number, high: number) => low + financeRandom() * (high - low);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const between = (low: number, high: number) => low + random() * (high - low);
  const chance = (probability: number) => random() < probability;

  const endMs = options.end.getTime() - (options.end.getTime() % dayMs);
  const startMs = endMs - options.days * dayMs;
  const catalogue: HistoryCatalogue = {
    siteIds: [id(), id()],
    warehouseIds: [id(), id()],
    itemIds: Array.from({ length: 200 }, id),
    customerIds: Array.from({ length: 500 }, id),
    supplierIds: Array.from({ length: 50 }, id),
    machineIds: Array.from({ length: options.machines }, id),
  };
  const unitPrice = new Map(catalogue.itemIds.map((item) => [item, Math.round(between(20, 2000))]));
  const standardCost = new Map(catalogue.itemIds.map((item) => [item, Math.round(unitPrice.get(item)! * between(0.45, 0.7))]));
  const workCenters = Array.from({ length: Math.max(1, Math.ceil(options.machines / 5)) }, id);
  const machines = catalogue.machineIds.map((machineId, index) => ({
    machineId,
    workCenterId: workCenters[index % workCenters.length]!,
    siteId: catalogue.siteIds[index % 2]!,
    threeShifts: index % 2 === 0,
    idealCycleSeconds: Math.round(between(30, 90)),
  }));
  const ordersPerDay = options.orders / options.days;
  let orderSequence = 0;
  let purchaseSequence = 0;
  let workOrderSequence = 0;

  for (let dayStart = startMs; dayStart < endMs; dayStart += dayMs) {
    const events: SupplyChainEventInput[] = [];
    const keep = (event: SupplyChainEventInput & { time: Date }) => {
      if (event.time.getTime() < endMs) events.push(event);
    };

    const ordersToday = Math.floor(ordersPerDay * (dayStart / dayMs - startMs / dayMs + 1)) - Math.floor(ordersPerDay * (dayStart / dayMs - startMs / dayMs));
    for (let n = 0; n < ordersToday; n += 1) salesOrder(dayStart + between(7, 18) * hourMs);
    for (let n = 0; n < Math.max(1, Math.round(ordersToday / 5)); n += 1) purchaseOrder(dayStart + between(8, 16) * hourMs);
    for (const machine of machines) machineDay(machine, dayStart);
    for (const [index, warehouseId] of catalogue.warehouseIds.entries()) {
      keep({
        type: 'wms.InventorySnapshotTaken',
        time: new Date(dayStart + dayMs - 1000),
        subjectType: 'Warehouse',
        subjectId: warehouseId,
        siteId: catalogue.siteIds[index],
        payload: {
          day: dateOf(dayStart),
          warehouseId,
          balances: catalogue.itemIds.map((itemId) => ({ itemId, quantity: Math.round(between(0, 400)), standardCost: standardCost.get(itemId)! })),
        },
      });
    }
    yield events;

    function salesOrder(placedAt: number) {
      orderSequence += 1;
      const orderId = id();
      const number = `SO-${new Date(placedAt).getUTCFullYear()}-${String(orderSequence).padStart(6, '0')}`;
      const customerId = pick(catalogue.customerIds);
      const site = Math.floor(random() * 2);
      const siteId = catalogue.siteIds[site]!;
      const dimensions = { subjectType: 'SalesOrder', subjectId: orderId, orderId, customerId, siteId };
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => {
        const itemId = pick(catalogue.itemIds);
        const requested = placedAt + Math.round(between(7, 28)) * dayMs;
        return {
          lineId: id(),
          lineNumber: index + 1,
          itemId,
          quantity: 1 + Math.floor(random() * 50),
          unitPrice: unitPrice.get(itemId)!,
          requestedDate: dateOf(requested),
          promisedDate: chance(0.7) ? dateOf(requested + Math.round(between(-2, 4)) * dayMs) : null,
        };
      });
      keep({ type: 'crm.SalesOrderPlaced', time: new Date(placedAt), ...dimensions, payload: { number, currency: 'EUR', lines } });
      if (chance(0.02)) {
        keep({ type: 'crm.SalesOrderCancelled', time: new Date(placedAt + dayMs), ...dimensions, payload: { number, reason: 'customer cancelled' } });
        return;
      }
      const commit = new Map(lines.map((line) => [line.lineId, Date.parse(`${line.promisedDate ?? line.requestedDate}T12:00:00Z`)]));
      if (chance(0.15)) {
        const repromised = lines.map((line) => ({ lineId: line.lineId, promisedDate: dateOf(commit.get(line.lineId)! + Math.round(between(1, 6)) * dayMs) }));
        keep({ type: 'crm.SalesOrderPromised', time: new Date(placedAt + 2 * dayMs), ...dimensions, payload: { number, lines: repromised } });
        for (const line of repromised) commit.set(line.lineId, Date.parse(`${line.promisedDate}T12:00:00Z`));
      }
      const parts = chance(0.15) ? [lines.slice(0, Math.ceil(lines.length / 2)), lines.slice(Math.ceil(lines.length / 2))].filter((part) => part.length) : [lines];
      const invoiced: { salesOrderLineId: string; itemId: string; quantity: number; unitPrice: number }[] = [];
      let deliveredAt = 0;
      for (const [partIndex, part] of parts.entries()) {
        const shipmentId = id();
        // Each shipment aims at the earliest commitment among its lines; about one in twelve slips.
        const due = Math.min(...part.map((line) => commit.get(line.lineId)!));
        const shippedAt = due - between(1.5, 3) * dayMs + (chance(0.08) ? between(2, 8) * dayMs : 0);
        const shippedLines = part.map((line) => {
          const wrongItem = chance(0.005);
          const quantity = chance(0.03) ? Math.max(0, Math.floor(line.quantity * 0.8)) : chance(0.005) ? line.quantity + 1 : line.quantity;
          return { salesOrderLineId: line.lineId, itemId: wrongItem ? pick(catalogue.itemIds) : line.itemId, quantity };
        });
        keep({
          type: 'wms.ShipmentShipped',
          time: new Date(shippedAt),
          ...dimensions,
          subjectType: 'Shipment',
          subjectId: shipmentId,
          quantity: shippedLines.reduce((sum, line) => sum + line.quantity, 0),
          payload: {
            number: `SH-${orderSequence}-${partIndex + 1}`,
            warehouseId: catalogue.warehouseIds[site]!,
            lines: shippedLines.map((line) => ({ ...line, standardCost: standardCost.get(line.itemId)!, picks: [] })),
          },
        });
        deliveredAt = shippedAt + between(0.5, 1.5) * dayMs;
        const damaged = chance(0.02);
        keep({
          type: 'scm.DeliveryConfirmed',
          time: new Date(deliveredAt),
          ...dimensions,
          subjectType: 'Delivery',
          subjectId: id(),
          payload: {
            shipmentId,
            deliveredAt: new Date(deliveredAt).toISOString(),
            onTime: part.every((line) => deliveredAt <= Date.parse(`${dateOf(commit.get(line.lineId)!)}T23:59:59.999Z`)),
            damaged,
            documentsComplete: !chance(0.01),
            lines: shippedLines,
          },
        });
        if (chance(0.015)) {
          keep({
            type: 'crm.DamageClaimOpened',
            time: new Date(deliveredAt + between(2, 40) * dayMs),
            ...dimensions,
            subjectType: 'ServiceCase',
            subjectId: id(),
            payload: { shipmentId, salesOrderLineIds: [part[0]!.lineId], reason: 'dented housing' },
          });
        }
        for (const line of shippedLines) {
          const ordered = part.find((candidate) => candidate.lineId === line.salesOrderLineId)!;
          invoiced.push({ salesOrderLineId: line.salesOrderLineId, itemId: ordered.itemId, quantity: line.quantity, unitPrice: chance(0.02) ? ordered.unitPrice * 1.05 : ordered.unitPrice });
        }
      }
      const accurate = invoiced.every((entry) => {
        const ordered = lines.find((line) => line.lineId === entry.salesOrderLineId)!;
        return entry.quantity === ordered.quantity && entry.unitPrice === ordered.unitPrice;
      });
      const invoiceId = id();
      const issuedAt = deliveredAt + dayMs;
      const amount = invoiced.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
      keep({
        type: 'erp.InvoiceIssued',
        time: new Date(issuedAt),
        ...dimensions,
        subjectType: 'CustomerInvoice',
        subjectId: invoiceId,
        payload: { number: `INV-${orderSequence}`, accurate, lines: invoiced, amount, dueDate: dateOf(issuedAt + 30 * dayMs) },
      });
      settle({ kind: 'customer', invoiceId, invoiceNumber: `INV-${orderSequence}`, amount, issuedAt, days: [30, 60], dimensions: { customerId, siteId } });
    }

    /** Paid 30–60 days (customers) or 30–90 days (suppliers) after the invoice, one in ten in two instalments; what falls after the end stays open. */
    function settle(invoice: {
      kind: 'customer' | 'supplier';
      invoiceId: string;
      invoiceNumber: string;
      amount: number;
      issuedAt: number;
      days: [number, number];
      dimensions: { customerId?: string; supplierId?: string; siteId: string };
    }) {
      const firstAt = invoice.issuedAt + financeBetween(...invoice.days) * dayMs;
      const instalments =
        financeRandom() < 0.1
          ? [
              { at: firstAt, amount: Math.round(invoice.amount * 0.4) },
              { at: firstAt + financeBetween(10, 30) * dayMs, amount: invoice.amount - Math.round(invoice.amount * 0.4) },
            ]
          : [{ at: firstAt, amount: invoice.amount }];
      for (const [index, instalment] of instalments.entries()) {
        const payload = { number: `${invoice.kind === 'customer' ? 'RCPT' : 'PAY'}-${invoice.invoiceNumber}-${index + 1}`, invoiceId: invoice.invoiceId, invoiceNumber: invoice.invoiceNumber, amount: instalment.amount };
        const common = { time: new Date(instalment.at), subjectId: financeId(), ...invoice.dimensions };
        keep(
          invoice.kind === 'customer'
            ? { type: 'erp.CustomerPaymentReceived', subjectType: 'CustomerPayment', ...common, payload }
            : { type: 'erp.SupplierPaymentMade', subjectType: 'SupplierPayment', ...common, payload },
        );
      }
    }

    function purchaseOrder(placedAt: number) {
      purchaseSequence += 1;
      const purchaseOrderId = id();
      const number = `PO-${new Date(placedAt).getUTCFullYear()}-${String(purchaseSequence).padStart(6, '0')}`;
      const supplierId = pick(catalogue.supplierIds);
      const siteId = pick(catalogue.siteIds);
      const dimensions = { subjectType: 'PurchaseOrder', subjectId: purchaseOrderId, supplierId, siteId };
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const itemId = pick(catalogue.itemIds);
        return { lineId: id(), itemId, quantity: 10 * (1 + Math.floor(random() * 20)), unitPrice: standardCost.get(itemId)!, requestedDate: dateOf(placedAt + Math.round(between(10, 40)) * dayMs) };
      });
      keep({ type: 'srm.PurchaseOrderPlaced', time: new Date(placedAt), ...dimensions, payload: { number, lines } });
      const confirmed = new Map<string, number>();
      if (chance(0.9)) {
        const confirmations = lines.map((line) => ({ lineId: line.lineId, confirmedDate: dateOf(Date.parse(line.requestedDate) + Math.round(between(-1, 3)) * dayMs) }));
        keep({ type: 'srm.PurchaseOrderConfirmed', time: new Date(placedAt + dayMs), ...dimensions, payload: { number, lines: confirmations } });
        for (const confirmation of confirmations) confirmed.set(confirmation.lineId, Date.parse(confirmation.confirmedDate));
        if (chance(0.1)) {
          keep({
            type: 'srm.PurchaseOrderConfirmed',
            time: new Date(placedAt + 5 * dayMs),
            ...dimensions,
            payload: { number, lines: lines.map((line) => ({ lineId: line.lineId, confirmedDate: dateOf(confirmed.get(line.lineId)! + 5 * dayMs) })) },
          });
        }
      }
      for (const line of lines) {
        const dueAt = confirmed.get(line.lineId) ?? Date.parse(line.requestedDate);
        const split = chance(0.15) ? [Math.floor(line.quantity / 2), line.quantity - Math.floor(line.quantity / 2)] : [line.quantity];
        for (const [index, quantity] of split.entries()) {
          const receivedAt = dueAt + between(-2, 0.9) * dayMs + (chance(0.12) ? between(1, 10) * dayMs : 0) + index * between(0, 4) * dayMs;
          const rejected = chance(0.03) ? Math.max(1, Math.round(quantity * between(0.01, 0.1))) : 0;
          const receiptId = id();
          keep({
            type: 'wms.GoodsReceived',
            time: new Date(receivedAt),
            subjectType: 'Receipt',
            subjectId: receiptId,
            supplierId,
            siteId,
            itemId: line.itemId,
            quantity: quantity - rejected,
            payload: {
              number: `GR-${purchaseSequence}-${index + 1}`,
              warehouseId: catalogue.warehouseIds[catalogue.siteIds.indexOf(siteId)]!,
              lines: [
                {
                  itemId: line.itemId,
                  lotId: id(),
                  lotNumber: `L${purchaseSequence}`,
                  locationId: id(),
                  quantity: quantity - rejected,
                  rejectedQuantity: rejected,
                  purchaseOrderId,
                  purchaseOrderLineId: line.lineId,
                },
              ],
            },
          });
          const inspection = (passed: boolean, at: number) =>
            keep({
              type: passed ? 'qms.InspectionPassed' : 'qms.InspectionFailed',
              time: new Date(at),
              subjectType: 'Inspection',
              subjectId: id(),
              supplierId,
              siteId,
              itemId: line.itemId,
              quantity,
              payload: {
                inspectionKind: 'INCOMING',
                workOrderId: null,
                workCenterId: null,
                purchaseOrderLineId: line.lineId,
                itemId: line.itemId,
                quantityInspected: quantity,
                quantityRejected: passed ? 0 : rejected,
                disposition: passed ? null : 'RETURN_TO_SUPPLIER',
              },
            });
          inspection(rejected === 0, receivedAt + 2 * hourMs);
          if (rejected > 0) inspection(true, receivedAt + dayMs);
          // The supplier bills what was accepted, booked on receipt.
          const invoiceId = financeId();
          const invoicedAt = receivedAt + 3 * hourMs;
          const amount = (quantity - rejected) * line.unitPrice;
          keep({
            type: 'erp.SupplierInvoiceReceived',
            time: new Date(invoicedAt),
            subjectType: 'SupplierInvoice',
            subjectId: invoiceId,
            orderId: purchaseOrderId,
            supplierId,
            siteId,
            payload: { number: `SINV-${purchaseSequence}-${lines.indexOf(line) + 1}-${index + 1}`, purchaseOrderId, amount, dueDate: dateOf(invoicedAt + 60 * dayMs) },
          });
          settle({ kind: 'supplier', invoiceId, invoiceNumber: `SINV-${purchaseSequence}-${lines.indexOf(line) + 1}-${index + 1}`, amount, issuedAt: invoicedAt, days: [30, 90], dimensions: { supplierId, siteId } });
        }
      }
    }

    function machineDay(machine: (typeof machines)[number], dayStartMs: number) {
      const dimensions = { subjectType: 'Machine', subjectId: machine.machineId, siteId: machine.siteId };
      let state: MachineState | null = null;
      const change = (at: number, to: MachineState, reason: string | null) => {
        keep({ type: 'mes.MachineStateChanged', time: new Date(at), ...dimensions, payload: { machineId: machine.machineId, workCenterId: machine.workCenterId, from: state, to, reason } });
        state = to;
      };
      const shiftStart = dayStartMs + 6 * hourMs;
      const shiftEnd = machine.threeShifts ? dayStartMs + dayMs + 6 * hourMs : dayStartMs + 22 * hourMs;
      const weekday = new Date(dayStartMs).getUTCDay();
      if (weekday === 0) {
        change(dayStartMs + 6 * hourMs, 'OFF_SHIFT', 'weekend');
        return;
      }
      workOrderSequence += 1;
      const workOrderId = id();
      const itemId = catalogue.itemIds[workOrderSequence % catalogue.itemIds.length]!;
      change(shiftStart, 'RUNNING', null);
      let runStart = shiftStart;
      let producedUntil = shiftStart;
      const produce = (until: number) => {
        const runSeconds = (until - runStart) / 1000;
        if (runSeconds <= 0) return;
        const total = Math.floor((runSeconds / machine.idealCycleSeconds) * between(0.8, 0.97));
        const scrap = Math.round(total * between(0, 0.04));
        keep({
          type: 'mes.ProductionReported',
          time: new Date(until),
          ...dimensions,
          payload: { workOrderId, machineId: machine.machineId, workCenterId: machine.workCenterId, goodQuantity: total - scrap, scrapQuantity: scrap, idealCycleSeconds: machine.idealCycleSeconds },
        });
        producedUntil = until;
      };
      const stops = Math.floor(between(0, 4));
      let cursor = shiftStart;
      for (let stop = 0; stop < stops; stop += 1) {
        const at = cursor + between(1, 5) * hourMs;
        if (at >= shiftEnd - hourMs) break;
        produce(at);
        const kind = pick(['DOWN', 'DOWN', 'IDLE', 'PLANNED_DOWNTIME'] as const);
        const reason = kind === 'DOWN' ? pick(['spindle jam', 'tool breakage', 'hydraulic leak', 'sensor fault']) : kind === 'IDLE' ? pick(['no material', 'no operator']) : 'preventive maintenance';
        change(at, kind, reason);
        const back = at + between(0.2, 1.5) * hourMs;
        change(back, 'RUNNING', null);
        runStart = back;
        cursor = back;
      }
      produce(shiftEnd);
      change(shiftEnd, 'OFF_SHIFT', null);
      const completedAt = producedUntil;
      const scheduledEnd = completedAt + (chance(0.85) ? between(0, 6) : -between(1, 12)) * hourMs;
      const good = Math.round(between(50, 500));
      keep({
        type: 'mes.WorkOrderCompleted',
        time: new Date(completedAt),
        subjectType: 'WorkOrder',
        subjectId: workOrderId,
        siteId: machine.siteId,
        itemId,
        payload: {
          number: `WO-${workOrderSequence}`,
          itemId,
          workCenterId: machine.workCenterId,
          goodQuantity: good,
          scrapQuantity: Math.round(good * between(0, 0.03)),
          scheduledEnd: new Date(scheduledEnd).toISOString(),
        },
      });
      const disposition = chance(0.93) ? null : pick(['REWORK', 'CONCESSION', 'SCRAP'] as const);
      keep({
        type: disposition ? 'qms.InspectionFailed' : 'qms.InspectionPassed',
        time: new Date(completedAt + hourMs),
        subjectType: 'Inspection',
        subjectId: id(),
        siteId: machine.siteId,
        itemId,
        payload: {
          inspectionKind: 'FINAL',
          workOrderId,
          workCenterId: machine.workCenterId,
          purchaseOrderLineId: null,
          itemId,
          quantityInspected: good,
          quantityRejected: disposition ? Math.max(1, Math.round(good * 0.05)) : 0,
          disposition,
        },
      });
    }
  }
  return catalogue;
}
