import { describe, expect, it } from 'vitest';
import { matchInvoices, type OrderLineForMatch } from './three-way-match.rules.ts';

const orderLine = (overrides: Partial<OrderLineForMatch> = {}): OrderLineForMatch => ({
  lineId: 'P1',
  purchaseOrderNumber: 'PO-2026-000001',
  unitPrice: 2,
  receivedQuantity: 100,
  invoicedQuantity: 0,
  ...overrides,
});

const lines = (entries: OrderLineForMatch[]) => new Map(entries.map((entry) => [entry.lineId, entry]));

describe('three-way match', () => {
  it('matches the received quantity at the order price, and a price within tolerance or below it', () => {
    const { matches, invoiced } = matchInvoices(
      [{ lines: [{ purchaseOrderLineId: 'P1', quantity: 60, unitPrice: 2.04 }] }, { lines: [{ purchaseOrderLineId: 'P1', quantity: 40, unitPrice: 1.5 }] }],
      lines([orderLine()]),
    );
    expect(matches.map((match) => match.matched)).toEqual([true, true]);
    expect(invoiced.get('P1')).toBe(100);
  });

  it('blocks an invoice for goods not received, with the reason', () => {
    const { matches, invoiced } = matchInvoices([{ lines: [{ purchaseOrderLineId: 'P1', quantity: 10, unitPrice: 2 }] }], lines([orderLine({ receivedQuantity: 0 })]));
    expect(matches[0]).toMatchObject({ matched: false, lines: [{ codes: ['NOT_RECEIVED'], reasons: ['Line 1: no goods received against PO-2026-000001 that are not invoiced yet'] }] });
    expect(invoiced.size).toBe(0);
  });

  it('blocks more than was received and not yet invoiced, counting earlier invoices of the same batch and lines of the same invoice', () => {
    const order = lines([orderLine({ receivedQuantity: 100, invoicedQuantity: 30 })]);
    const { matches } = matchInvoices(
      [
        { lines: [{ purchaseOrderLineId: 'P1', quantity: 50, unitPrice: 2 }] },
        { lines: [{ purchaseOrderLineId: 'P1', quantity: 10, unitPrice: 2 }, { purchaseOrderLineId: 'P1', quantity: 15, unitPrice: 2 }] },
      ],
      order,
    );
    expect(matches[0]!.matched).toBe(true);
    expect(matches[1]!.lines.map((line) => line.codes)).toEqual([[], ['QUANTITY_ABOVE_RECEIVED']]);
    expect(matches[1]!.lines[1]!.reasons).toEqual(['Line 2: invoices 15 but 10 received and not invoiced yet']);
  });

  it('blocks a price above the tolerance and a line of no order, and a blocked invoice takes nothing from the next', () => {
    const { matches, invoiced } = matchInvoices(
      [
        { lines: [{ purchaseOrderLineId: 'P1', quantity: 100, unitPrice: 2.05 }, { purchaseOrderLineId: 'X', quantity: 1, unitPrice: 1 }] },
        { lines: [{ purchaseOrderLineId: 'P1', quantity: 100, unitPrice: 2 }] },
      ],
      lines([orderLine()]),
    );
    expect(matches[0]!.lines.map((line) => line.codes)).toEqual([['PRICE_ABOVE_ORDER'], ['NOT_ORDERED']]);
    expect(matches[0]!.lines[0]!.reasons[0]).toBe("Line 1: price 2.05 is 2.5 % above the order's 2.00 (tolerance 2 %)");
    expect(matches[1]!.matched).toBe(true);
    expect(invoiced.get('P1')).toBe(100);
  });
});
