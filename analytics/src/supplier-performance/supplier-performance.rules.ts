import type { Grain, KpiContribution, KpiPoint, Period } from '../kpi/kpi-definition.ts';
import { roundQuantity } from '../kpi/kpi-format.rules.ts';
import { pageOf } from '../kpi/kpi-page.rules.ts';
import { pointsOf, ratio, totalsByPeriod } from '../kpi/kpi-series.rules.ts';

/**
 * Supplier on-time delivery and supplier quality (KPIS.md "Supplier on-time
 * delivery"). A purchase order line is due on the supplier's first confirmed
 * date, falling back to the requested date; later confirmations are
 * re-promises, kept for the drill-down but never moving the due date, so a
 * supplier cannot forgive its own lateness by re-promising.
 *
 * Choices the definition leaves open, made here once:
 * - Quantity refused at the dock counts as received for delivery (the
 *   supplier did deliver it) and as rejected for PPM (event catalogue).
 * - On-time quantity is capped at the ordered quantity: an over-receipt
 *   neither lifts a line above 100 % nor makes up for another line, and it
 *   does not fail the line either (the buyer got what it ordered, on time).
 * - A line due in the period (and not later than today) that has received
 *   nothing counts with its full ordered quantity and nothing on time
 *   (NOT_RECEIVED); one received in part and never completed is SHORT.
 */

export type SupplierDeliveryReason = 'LATE' | 'SHORT' | 'NOT_RECEIVED';

export interface ReceiptFacts {
  /** UTC day the goods arrived. */
  day: string;
  accepted: number;
  rejected: number;
}

export interface PurchaseOrderLineFacts {
  lineId: string;
  purchaseOrderId: string;
  number: string;
  lineNumber: number;
  supplierId: string | null;
  itemId: string;
  quantity: number;
  requestedDate: string;
  /** The supplier's first confirmation: the date the line is measured against. */
  firstConfirmedDate: string | null;
  /** The latest (re-)promise, for the drill-down only. */
  latestPromisedDate: string | null;
  receipts: ReceiptFacts[];
}

export interface LineDelivery {
  line: PurchaseOrderLineFacts;
  dueDate: string;
  received: number;
  receivedOnTime: number;
  rejected: number;
  /** Received by the due date, up to the ordered quantity. */
  onTimeQuantity: number;
  onTimeInFull: boolean;
  reasons: SupplierDeliveryReason[];
}

export const dueDateOf = (line: Pick<PurchaseOrderLineFacts, 'firstConfirmedDate' | 'requestedDate'>) => line.firstConfirmedDate ?? line.requestedDate;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function assessDelivery(line: PurchaseOrderLineFacts): LineDelivery {
  const dueDate = dueDateOf(line);
  const received = sum(line.receipts.map((receipt) => receipt.accepted + receipt.rejected));
  const receivedOnTime = sum(line.receipts.filter((receipt) => receipt.day <= dueDate).map((receipt) => receipt.accepted + receipt.rejected));
  const reasons: SupplierDeliveryReason[] = [];
  if (received === 0) reasons.push('NOT_RECEIVED');
  else {
    if (line.receipts.some((receipt) => receipt.day > dueDate && receipt.accepted + receipt.rejected > 0)) reasons.push('LATE');
    if (received < line.quantity) reasons.push('SHORT');
  }
  return {
    line,
    dueDate,
    received,
    receivedOnTime,
    rejected: sum(line.receipts.map((receipt) => receipt.rejected)),
    onTimeQuantity: Math.min(line.quantity, receivedOnTime),
    onTimeInFull: receivedOnTime >= line.quantity,
    reasons,
  };
}

/** One point per period from (day, numerator, denominator) facts inside the window; `scale` turns ratios into PPM. */
export const supplierPoints = (
  facts: readonly { day: string; numerator: number; denominator: number }[],
  periods: readonly Period[],
  grain: Grain,
  window: { from: string; last: string },
  scale = 1,
): KpiPoint[] => pointsOf(periods, totalsByPeriod(facts, periods, grain, window), (totals) => ratio(totals) * scale);

/** SUPPLIER_ON_TIME_DELIVERY counts quantity; SUPPLIER_ON_TIME_IN_FULL counts lines. */
export function deliveryFact(delivery: LineDelivery, grain: 'QUANTITY' | 'LINE') {
  return grain === 'QUANTITY'
    ? { day: delivery.dueDate, numerator: delivery.onTimeQuantity, denominator: delivery.line.quantity }
    : { day: delivery.dueDate, numerator: delivery.onTimeInFull ? 1 : 0, denominator: 1 };
}

export const lineLabel = (line: Pick<PurchaseOrderLineFacts, 'number' | 'lineNumber'>) => `${line.number} line ${line.lineNumber}`;

export function deliveryContribution(delivery: LineDelivery, grain: 'QUANTITY' | 'LINE'): KpiContribution {
  const { line } = delivery;
  const fact = deliveryFact(delivery, grain);
  const dates = line.firstConfirmedDate
    ? `confirmed ${line.firstConfirmedDate}, latest promise ${line.latestPromisedDate}`
    : `never confirmed, requested ${line.requestedDate}`;
  const [received, onTime, rejected, late] = [delivery.received, delivery.receivedOnTime, delivery.rejected, delivery.received - delivery.receivedOnTime].map(roundQuantity);
  return {
    subjectType: 'PurchaseOrderLine',
    subjectId: line.lineId,
    label:
      `${lineLabel(line)} · supplier ${line.supplierId ?? 'unknown'} · due ${delivery.dueDate} (${dates}) · ` +
      `received ${received} of ${roundQuantity(line.quantity)}: ${onTime} on time, ${late} late, ${rejected} rejected`,
    orderId: line.purchaseOrderId,
    time: new Date(`${delivery.dueDate}T00:00:00Z`),
    numerator: fact.numerator,
    denominator: fact.denominator,
    passed: delivery.onTimeInFull,
    reasons: delivery.reasons,
  };
}

/** Receipts against one purchase order line, for PPM: counted on the day they arrived. */
export interface LineReceipts {
  line: Pick<PurchaseOrderLineFacts, 'lineId' | 'purchaseOrderId' | 'number' | 'lineNumber' | 'supplierId'>;
  receipts: ReceiptFacts[];
}

export function ppmContribution({ line, receipts }: LineReceipts): KpiContribution {
  const rejected = sum(receipts.map((receipt) => receipt.rejected));
  const received = sum(receipts.map((receipt) => receipt.accepted + receipt.rejected));
  return {
    subjectType: 'PurchaseOrderLine',
    subjectId: line.lineId,
    label: `${lineLabel(line)} · supplier ${line.supplierId ?? 'unknown'} · ${roundQuantity(rejected)} of ${roundQuantity(received)} rejected`,
    orderId: line.purchaseOrderId,
    time: receipts.length > 0 ? new Date(`${receipts.at(-1)!.day}T00:00:00Z`) : null,
    numerator: rejected,
    denominator: received,
    passed: rejected === 0,
    reasons: rejected > 0 ? ['REJECTED'] : [],
  };
}

/**
 * The incoming inspections of one purchase order line, oldest first. First
 * pass acceptance looks at the first only: a lot failed and passed on
 * re-inspection was not accepted first time.
 */
export interface LineInspections {
  line: Pick<PurchaseOrderLineFacts, 'lineId' | 'purchaseOrderId' | 'number' | 'lineNumber' | 'supplierId'>;
  inspections: { time: Date; passed: boolean }[];
}

export function firstPassContribution({ line, inspections }: LineInspections): KpiContribution {
  const [first] = inspections;
  const acceptedAt = inspections.findIndex((inspection) => inspection.passed);
  const outcome = acceptedAt === 0 ? 'accepted at first inspection' : acceptedAt > 0 ? `accepted at inspection ${acceptedAt + 1}` : 'not accepted yet';
  return {
    subjectType: 'PurchaseOrderLine',
    subjectId: line.lineId,
    label: `${lineLabel(line)} · supplier ${line.supplierId ?? 'unknown'} · ${outcome}`,
    orderId: line.purchaseOrderId,
    time: first?.time ?? null,
    numerator: first?.passed ? 1 : 0,
    denominator: 1,
    passed: first?.passed ?? false,
    reasons: first?.passed ? [] : ['FAILED_FIRST_INSPECTION'],
  };
}

/** Failing contributions first (the ones an executive asks about), then by time and label. */
export function failingFirstPage(contributions: KpiContribution[], page: { onlyFailing: boolean; first: number; offset: number }) {
  const sorted = [...contributions].sort(
    (a, b) =>
      Number(a.passed !== false) - Number(b.passed !== false) ||
      (a.time?.getTime() ?? 0) - (b.time?.getTime() ?? 0) ||
      a.label.localeCompare(b.label),
  );
  return pageOf(sorted, page);
}
