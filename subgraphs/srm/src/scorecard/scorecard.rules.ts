/**
 * A supplier's delivery and quality by the rules of KPIS.md "Supplier
 * on-time delivery", the same analytics applies to the whole event stream
 * (analytics/src/supplier-performance): a line is due on the supplier's
 * first confirmed date, falling back to the requested date, and re-promises
 * never move it; quantity refused at the dock counts as delivered for
 * on-time and as rejected for PPM; on-time quantity is capped at the ordered
 * quantity; a line due and not received counts in full as not on time.
 */

export type DeliveryReason = 'LATE' | 'SHORT' | 'NOT_RECEIVED';

export interface ReceiptFacts {
  /** UTC day the goods arrived. */
  day: string;
  accepted: number;
  rejected: number;
}

export interface LineFacts {
  lineId: string;
  purchaseOrderId: string;
  quantity: number;
  requestedDate: string;
  confirmedDate: string | null;
  receipts: readonly ReceiptFacts[];
}

export interface LineDelivery {
  lineId: string;
  purchaseOrderId: string;
  dueDate: string;
  quantity: number;
  received: number;
  receivedOnTime: number;
  onTimeQuantity: number;
  onTimeInFull: boolean;
  reasons: DeliveryReason[];
}

export const dueDateOf = (line: Pick<LineFacts, 'confirmedDate' | 'requestedDate'>) => line.confirmedDate ?? line.requestedDate;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function assessLine(line: LineFacts): LineDelivery {
  const dueDate = dueDateOf(line);
  const delivered = (receipt: ReceiptFacts) => receipt.accepted + receipt.rejected;
  const received = sum(line.receipts.map(delivered));
  const receivedOnTime = sum(line.receipts.filter((receipt) => receipt.day <= dueDate).map(delivered));
  const reasons: DeliveryReason[] = [];
  if (received === 0) reasons.push('NOT_RECEIVED');
  else {
    if (line.receipts.some((receipt) => receipt.day > dueDate && delivered(receipt) > 0)) reasons.push('LATE');
    if (received < line.quantity) reasons.push('SHORT');
  }
  return {
    lineId: line.lineId,
    purchaseOrderId: line.purchaseOrderId,
    dueDate,
    quantity: line.quantity,
    received,
    receivedOnTime,
    onTimeQuantity: Math.min(line.quantity, receivedOnTime),
    onTimeInFull: receivedOnTime >= line.quantity,
    reasons,
  };
}

export interface Scorecard {
  from: string;
  to: string;
  linesDue: number;
  linesOnTimeInFull: number;
  onTimeInFull: number | null;
  orderedQuantity: number;
  onTimeQuantity: number;
  onTimeDelivery: number | null;
  receivedQuantity: number;
  rejectedQuantity: number;
  ppm: number | null;
  /** Not on time in full, by due date. */
  failedLines: LineDelivery[];
}

/** The scorecard of the lines due in the window and the receipts that arrived in it. */
export function scorecardOf(window: { from: string; to: string }, linesDue: readonly LineFacts[], receiptsInWindow: { accepted: number; rejected: number }): Scorecard {
  const deliveries = linesDue.map(assessLine);
  const linesOnTimeInFull = deliveries.filter((delivery) => delivery.onTimeInFull).length;
  const orderedQuantity = sum(deliveries.map((delivery) => delivery.quantity));
  const onTimeQuantity = sum(deliveries.map((delivery) => delivery.onTimeQuantity));
  const receivedQuantity = receiptsInWindow.accepted + receiptsInWindow.rejected;
  return {
    ...window,
    linesDue: deliveries.length,
    linesOnTimeInFull,
    onTimeInFull: deliveries.length > 0 ? linesOnTimeInFull / deliveries.length : null,
    orderedQuantity,
    onTimeQuantity,
    onTimeDelivery: orderedQuantity > 0 ? onTimeQuantity / orderedQuantity : null,
    receivedQuantity,
    rejectedQuantity: receiptsInWindow.rejected,
    ppm: receivedQuantity > 0 ? (receiptsInWindow.rejected / receivedQuantity) * 1_000_000 : null,
    failedLines: deliveries
      .filter((delivery) => !delivery.onTimeInFull)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.lineId.localeCompare(b.lineId)),
  };
}
