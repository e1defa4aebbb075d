/**
 * Three-way match: a supplier's invoice line is paid only if it agrees with
 * the purchase order (price) and the goods receipt (quantity). A line
 * matches when the quantity is at most what was received against the order
 * line and not yet invoiced, and the price is at most the order's price plus
 * the price tolerance; a lower price is the buyer's gain and passes. An
 * invoice matches when every line does; otherwise it is BLOCKED with the
 * reasons, and it takes no received quantity from later invoices.
 */

export const priceTolerance = 0.02;

export type MatchBlock = 'NOT_ORDERED' | 'NOT_RECEIVED' | 'QUANTITY_ABOVE_RECEIVED' | 'PRICE_ABOVE_ORDER';

export interface OrderLineForMatch {
  lineId: string;
  purchaseOrderNumber: string;
  unitPrice: number;
  /** Accepted into stock against the line (refused units are not billable). */
  receivedQuantity: number;
  /** Already on matched invoices. */
  invoicedQuantity: number;
}

export interface InvoiceLineForMatch {
  purchaseOrderLineId: string;
  quantity: number;
  unitPrice: number;
}

export interface LineMatch {
  matched: boolean;
  codes: MatchBlock[];
  reasons: string[];
  orderedUnitPrice: number;
}

export interface InvoiceMatch {
  matched: boolean;
  lines: LineMatch[];
}

const eps = 1e-9;
const money = (value: number) => value.toFixed(2);
/** As stored (numeric(18, 6)): 10.1 received less 3.2 invoiced reads 6.9, not binary floating point's 6.8999999999999995. */
const quantity = (value: number) => String(Number(value.toFixed(6)));

function matchLine(line: InvoiceLineForMatch, position: number, order: OrderLineForMatch | undefined, available: number): LineMatch {
  const at = `Line ${position}`;
  if (!order) return { matched: false, codes: ['NOT_ORDERED'], reasons: [`${at}: not a line of the purchase order`], orderedUnitPrice: 0 };
  const codes: MatchBlock[] = [];
  const reasons: string[] = [];
  if (available <= eps) {
    codes.push('NOT_RECEIVED');
    reasons.push(`${at}: no goods received against ${order.purchaseOrderNumber} that are not invoiced yet`);
  } else if (line.quantity > available + eps) {
    codes.push('QUANTITY_ABOVE_RECEIVED');
    reasons.push(`${at}: invoices ${quantity(line.quantity)} but ${quantity(available)} received and not invoiced yet`);
  }
  if (line.unitPrice > order.unitPrice * (1 + priceTolerance) + eps) {
    const over = ((line.unitPrice / order.unitPrice - 1) * 100).toFixed(1);
    codes.push('PRICE_ABOVE_ORDER');
    reasons.push(`${at}: price ${money(line.unitPrice)} is ${over} % above the order's ${money(order.unitPrice)} (tolerance ${priceTolerance * 100} %)`);
  }
  return { matched: codes.length === 0, codes, reasons, orderedUnitPrice: order.unitPrice };
}

/**
 * Matches invoices in the order given (oldest first, so the earlier invoice
 * gets the received quantity). Returns each verdict and, per order line, the
 * quantity the matched invoices take.
 */
export function matchInvoices(
  invoices: readonly { lines: readonly InvoiceLineForMatch[] }[],
  orderLines: ReadonlyMap<string, OrderLineForMatch>,
): { matches: InvoiceMatch[]; invoiced: Map<string, number> } {
  const invoiced = new Map<string, number>();
  const matches = invoices.map((invoice) => {
    const taking = new Map<string, number>();
    const lines = invoice.lines.map((line, index) => {
      const order = orderLines.get(line.purchaseOrderLineId);
      const available = order ? order.receivedQuantity - order.invoicedQuantity - (invoiced.get(order.lineId) ?? 0) - (taking.get(order.lineId) ?? 0) : 0;
      const verdict = matchLine(line, index + 1, order, available);
      if (order) taking.set(order.lineId, (taking.get(order.lineId) ?? 0) + line.quantity);
      return verdict;
    });
    const matched = lines.every((line) => line.matched);
    if (matched) for (const [lineId, quantity] of taking) invoiced.set(lineId, (invoiced.get(lineId) ?? 0) + quantity);
    return { matched, lines };
  });
  return { matches, invoiced };
}
