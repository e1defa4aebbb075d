import { badInput } from '@plexus/errors';

export interface ShipmentRequestLine {
  salesOrderLineId: string;
  quantity: number;
}

export interface OrderedLine {
  lineId: string;
  itemId: string;
  quantity: number;
}

export function validateShipmentRequest(lines: readonly ShipmentRequestLine[]): void {
  if (lines.length === 0) throw badInput('A shipment needs at least one line', { field: 'lines' });
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) {
      throw badInput(`Line ${index + 1}: quantity must be greater than 0`, { line: index + 1, field: 'quantity' });
    }
    if (seen.has(line.salesOrderLineId)) throw badInput(`Line ${index + 1}: order line listed twice`, { line: index + 1 });
    seen.add(line.salesOrderLineId);
  });
}

/** Each requested line must belong to the order and, with what already shipped, stay within what was ordered. */
export function matchOrderedLines(
  orderNumber: string,
  request: readonly ShipmentRequestLine[],
  ordered: readonly OrderedLine[],
  alreadyShipped: ReadonlyMap<string, number>,
): (ShipmentRequestLine & { itemId: string })[] {
  return request.map((line, index) => {
    const orderedLine = ordered.find((candidate) => candidate.lineId === line.salesOrderLineId);
    if (!orderedLine) {
      throw badInput(`Line ${index + 1}: ${line.salesOrderLineId} is not a line of order ${orderNumber}`, { line: index + 1, field: 'salesOrderLineId' });
    }
    const open = orderedLine.quantity - (alreadyShipped.get(line.salesOrderLineId) ?? 0);
    if (line.quantity > open + 1e-9) {
      throw badInput(`Line ${index + 1}: ${line.quantity} asked but only ${open} of ${orderedLine.quantity} ordered is still to ship`, {
        line: index + 1,
        field: 'quantity',
        open,
      });
    }
    return { ...line, itemId: orderedLine.itemId };
  });
}
