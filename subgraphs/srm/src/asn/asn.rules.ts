import { badInput } from '@plexus/errors';

export interface AsnRequestLine {
  purchaseOrderLineId: string;
  quantity: number;
  lotNumber: string;
  expiryDate?: string | null;
}

export interface ShippableLine {
  id: string;
  lineNumber: number;
  itemId: string;
  quantity: number;
  receivedQuantity: number;
  overDeliveryTolerance: number;
  /** Announced on notices the warehouse has not received yet. */
  inTransitQuantity: number;
}

/** How much more the supplier may still ship on a line: the ordered quantity with its tolerance, less what arrived and what is on its way. */
export const shippableQuantity = (line: ShippableLine) =>
  Math.max(0, line.quantity * (1 + line.overDeliveryTolerance) - line.receivedQuantity - line.inTransitQuantity);

/**
 * A ship notice announces, per order line and lot, no more than is still
 * shippable on the line (two notice lines of one order line share it), and
 * arrives no earlier than it was sent.
 */
export function validateAsn(
  request: { lines: readonly AsnRequestLine[]; expectedArrival: Date },
  orderLines: readonly ShippableLine[],
  submittedAt: Date,
): (AsnRequestLine & { itemId: string; lotNumber: string })[] {
  if (request.lines.length === 0) throw badInput('A ship notice needs at least one line', { field: 'lines' });
  if (Number.isNaN(request.expectedArrival.getTime()) || request.expectedArrival < submittedAt) {
    throw badInput('The expected arrival cannot be before the notice is sent', { field: 'expectedArrival' });
  }
  const announced = new Map<string, number>();
  const lots = new Set<string>();
  return request.lines.map((line, index) => {
    const at = { line: index + 1 };
    const orderLine = orderLines.find((candidate) => candidate.id === line.purchaseOrderLineId);
    if (!orderLine) throw badInput(`Line ${index + 1}: ${line.purchaseOrderLineId} is not a line of the order`, { ...at, field: 'purchaseOrderLineId' });
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) throw badInput(`Line ${index + 1}: quantity must be greater than 0`, { ...at, field: 'quantity' });
    const lotNumber = line.lotNumber.trim().toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9._/-]{0,39}$/.test(lotNumber)) throw badInput(`Line ${index + 1}: lot number must be 1–40 letters, digits, dots, dashes or slashes`, { ...at, field: 'lotNumber' });
    const lotKey = `${orderLine.id}|${lotNumber}`;
    if (lots.has(lotKey)) throw badInput(`Line ${index + 1}: lot ${lotNumber} is announced twice for order line ${orderLine.lineNumber}`, { ...at, field: 'lotNumber' });
    lots.add(lotKey);
    const total = (announced.get(orderLine.id) ?? 0) + line.quantity;
    announced.set(orderLine.id, total);
    const shippable = shippableQuantity(orderLine);
    if (total > shippable + 1e-9) {
      throw badInput(
        `Line ${index + 1}: ${total} announced for order line ${orderLine.lineNumber} but only ${Math.round(shippable * 1e6) / 1e6} is still open ` +
          `(${orderLine.quantity} ordered with ${orderLine.overDeliveryTolerance * 100} % tolerance, ${orderLine.receivedQuantity} received, ${orderLine.inTransitQuantity} in transit)`,
        { ...at, field: 'quantity', open: shippable },
      );
    }
    return { ...line, lotNumber, itemId: orderLine.itemId };
  });
}
