import { badInput } from '@plexus/errors';
import { lineCents } from '../finance/money.ts';

/** A line of the sales order as crm last confirmed it: what was sold, at what price. */
export interface OrderedLine {
  lineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
}

/** What left the warehouse (shipment) or reached the customer (proof of delivery) against an order line. */
export interface DispatchedLine {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
}

export interface InvoiceLineDraft {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Totals per order line and item: a line picked from several lots arrives as several entries. */
function totals(lines: readonly { salesOrderLineId: string; itemId: string; quantity: number }[]): Map<string, number> {
  const byKey = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.salesOrderLineId}/${line.itemId}`;
    byKey.set(key, (byKey.get(key) ?? 0) + line.quantity);
  }
  return byKey;
}

/** Invoice lines billing exactly what was dispatched, at the order's prices, in the order's line order. */
export function billDispatched(ordered: readonly OrderedLine[], dispatched: readonly DispatchedLine[]): InvoiceLineDraft[] {
  const quantities = totals(dispatched);
  const drafts: InvoiceLineDraft[] = [];
  for (const line of ordered) {
    for (const [key, quantity] of quantities) {
      const [lineId, itemId] = key.split('/') as [string, string];
      if (lineId === line.lineId && quantity > 0) drafts.push({ salesOrderLineId: lineId, itemId, quantity, unitPrice: line.unitPrice });
    }
  }
  return drafts;
}

/**
 * KPIS.md, documentation accuracy: the invoice bills what was delivered, at
 * the order's prices. Every dispatched order line and item is billed in the
 * dispatched quantity, nothing else is billed, and every price is the
 * order line's.
 */
export function isAccurate(lines: readonly InvoiceLineDraft[], ordered: readonly OrderedLine[], dispatched: readonly DispatchedLine[]): boolean {
  const prices = new Map(ordered.map((line) => [line.lineId, line.unitPrice]));
  if (!lines.every((line) => prices.has(line.salesOrderLineId) && same(prices.get(line.salesOrderLineId)!, line.unitPrice))) return false;
  const billed = totals(lines);
  const sent = totals(dispatched);
  return billed.size === sent.size && [...sent].every(([key, quantity]) => billed.has(key) && same(billed.get(key)!, quantity));
}

export const invoiceCents = (lines: readonly { quantity: number; unitPrice: number }[]): number =>
  lines.reduce((sum, line) => sum + lineCents(line.quantity, line.unitPrice), 0);

/** A clerk's invoice lines: each names a line of the order and bills a positive quantity at a price of zero or more. */
export function validateManualLines(lines: readonly InvoiceLineDraft[], ordered: readonly OrderedLine[]): void {
  if (lines.length === 0) throw badInput('An invoice needs at least one line', { field: 'lines' });
  const onOrder = new Set(ordered.map((line) => line.lineId));
  lines.forEach((line, index) => {
    const at = { line: index + 1 };
    if (!onOrder.has(line.salesOrderLineId)) throw badInput(`Line ${index + 1}: not a line of the order`, { ...at, field: 'salesOrderLineId' });
    if (!(Number.isFinite(line.quantity) && line.quantity > 0)) throw badInput(`Line ${index + 1}: quantity must be more than 0`, { ...at, field: 'quantity' });
    if (!(Number.isFinite(line.unitPrice) && line.unitPrice >= 0)) throw badInput(`Line ${index + 1}: unit price must be 0 or more`, { ...at, field: 'unitPrice' });
  });
}

export interface InvoicedLineState {
  salesOrderLineId: string;
  quantity: number;
  unitPrice: number;
  creditedQuantity: number;
}

/**
 * What a credit note takes back, line by line at the invoiced price: at most
 * what is still billed on each line, and never more than is still open
 * (paid money is refunded, not credited).
 */
export function creditLines(
  invoiced: readonly InvoicedLineState[],
  request: readonly { salesOrderLineId: string; quantity: number }[],
  openCents: number,
): { salesOrderLineId: string; quantity: number; cents: number }[] {
  if (request.length === 0) throw badInput('A credit note needs at least one line', { field: 'lines' });
  const seen = new Set<string>();
  const credited = request.map((entry, index) => {
    const at = { line: index + 1 };
    const line = invoiced.find((candidate) => candidate.salesOrderLineId === entry.salesOrderLineId);
    if (!line) throw badInput(`Line ${index + 1}: the invoice does not bill that order line`, { ...at, field: 'salesOrderLineId' });
    if (seen.has(entry.salesOrderLineId)) throw badInput(`Line ${index + 1}: order line named twice`, { ...at, field: 'salesOrderLineId' });
    seen.add(entry.salesOrderLineId);
    if (!(Number.isFinite(entry.quantity) && entry.quantity > 0)) throw badInput(`Line ${index + 1}: quantity must be more than 0`, { ...at, field: 'quantity' });
    const remaining = line.quantity - line.creditedQuantity;
    if (entry.quantity > remaining + 1e-9) throw badInput(`Line ${index + 1}: only ${remaining} is still billed`, { ...at, field: 'quantity' });
    return { salesOrderLineId: entry.salesOrderLineId, quantity: entry.quantity, cents: lineCents(entry.quantity, line.unitPrice) };
  });
  const total = credited.reduce((sum, line) => sum + line.cents, 0);
  if (total > openCents) throw badInput(`The credit of ${total / 100} is more than the ${openCents / 100} still open`, { field: 'lines' });
  return credited;
}

/** A payment is for more than nothing and at most what is still open. */
export function validatePayment(amountCents: number, openCents: number): void {
  if (!(Number.isFinite(amountCents) && amountCents > 0)) throw badInput('A payment must be more than 0', { field: 'amount' });
  if (amountCents > openCents) throw badInput(`The payment of ${amountCents / 100} is more than the ${openCents / 100} open`, { field: 'amount', openAmount: openCents / 100 });
}
