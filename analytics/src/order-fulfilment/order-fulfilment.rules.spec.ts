import { describe, expect, it } from 'vitest';
import type { OrderFacts } from '../perfect-order/perfect-order.rules.ts';
import { fulfilmentRows } from './order-fulfilment.rules.ts';

const facts: OrderFacts = {
  orderId: 'O1',
  number: 'SO-2026-000001',
  placedAt: new Date('2026-11-01T09:00:00Z'),
  customerId: 'c',
  siteId: 's',
  cancellation: null,
  lines: [
    { lineId: 'L1', lineNumber: 1, itemId: 'pump', quantity: 10, unitPrice: 100, requestedDate: '2026-11-08', commitDate: '2026-11-10' },
    { lineId: 'L2', lineNumber: 2, itemId: 'valve', quantity: 5, unitPrice: 20, requestedDate: '2026-11-12', commitDate: '2026-11-12' },
  ],
  shipments: [
    {
      shipmentId: 'SH1',
      shippedAt: new Date('2026-11-08T10:00:00Z'),
      lines: [
        { salesOrderLineId: 'L1', itemId: 'pump', quantity: 6 },
        { salesOrderLineId: 'L1', itemId: 'valve', quantity: 1 },
        { salesOrderLineId: 'L2', itemId: 'valve', quantity: 5 },
      ],
    },
  ],
  deliveries: [
    {
      shipmentId: 'SH1',
      deliveredAt: new Date('2026-11-09T15:00:00Z'),
      damaged: false,
      documentsComplete: true,
      lines: [
        { salesOrderLineId: 'L1', itemId: 'pump', quantity: 6 },
        { salesOrderLineId: 'L1', itemId: 'valve', quantity: 1 },
        { salesOrderLineId: 'L2', itemId: 'valve', quantity: 5 },
      ],
    },
    { shipmentId: 'SH2', deliveredAt: new Date('2026-11-11T08:00:00Z'), damaged: false, documentsComplete: true, lines: [{ salesOrderLineId: 'L1', itemId: 'pump', quantity: 4 }] },
  ],
  claims: [],
  invoices: [{ accurate: true, lines: [{ salesOrderLineId: 'L2', itemId: 'valve', quantity: 5, unitPrice: 20 }] }],
};

describe('order fulfilment rows', () => {
  const rows = fulfilmentRows(facts);

  it('keeps each line with its components as 0/1, its reasons and the order it is due with', () => {
    expect(rows.lines.map((line) => [line.lineId, line.onTime, line.inFull, line.damageFree, line.documentationAccurate, line.reasons, line.orderCommitDate])).toEqual([
      ['L1', 0, 0, 1, 0, ['LATE', 'WRONG_ITEM', 'NOT_INVOICED'], '2026-11-12'],
      ['L2', 1, 1, 1, 1, [], '2026-11-12'],
    ]);
  });

  it('sums only the ordered item as delivered and takes the last proof of delivery', () => {
    expect(rows.lines.map((line) => [line.deliveredQuantity, line.lastDeliveredAt])).toEqual([
      [10, new Date('2026-11-11T08:00:00Z')],
      [5, new Date('2026-11-09T15:00:00Z')],
    ]);
  });

  it('completes the order at the last proof of delivery once every line has one', () => {
    expect(rows.order.deliveredAt).toEqual(new Date('2026-11-11T08:00:00Z'));
    expect(fulfilmentRows({ ...facts, deliveries: facts.deliveries.slice(1) }).order.deliveredAt).toBeNull();
  });

  it('keeps every delivered entry, numbered within its delivery and line, marking a wrong item', () => {
    expect(rows.deliveries.map((entry) => [entry.lineId, entry.shipmentId, entry.position, entry.quantity, entry.rightItem])).toEqual([
      ['L1', 'SH1', 0, 6, true],
      ['L1', 'SH1', 1, 1, false],
      ['L2', 'SH1', 0, 5, true],
      ['L1', 'SH2', 0, 4, true],
    ]);
  });

  it('sums the ordered item shipped, what the backlog no longer counts, with when the last shipment left', () => {
    expect(rows.lines.map((line) => [line.shippedQuantity, line.lastShippedAt])).toEqual([
      [6, new Date('2026-11-08T10:00:00Z')],
      [5, new Date('2026-11-08T10:00:00Z')],
    ]);
    expect(rows.shipments.map((entry) => [entry.lineId, entry.position, entry.quantity, entry.rightItem])).toEqual([
      ['L1', 0, 6, true],
      ['L1', 1, 1, false],
      ['L2', 0, 5, true],
    ]);
  });

  it('marks a cancelled order out of the backlog, and out of the orders due only when the customer cancelled before its commit date', () => {
    const cancelled = (cancelledAt: string, requestedBy: 'CUSTOMER' | 'COMPANY') => fulfilmentRows({ ...facts, cancellation: { cancelledAt: new Date(cancelledAt), requestedBy } });
    expect(cancelled('2026-11-05T10:00:00Z', 'CUSTOMER').lines.map((line) => [line.cancelled, line.excluded])).toEqual([[true, true], [true, true]]);
    expect(cancelled('2026-11-05T10:00:00Z', 'COMPANY').lines.map((line) => [line.cancelled, line.excluded, line.inFull])).toEqual([[true, false, 0], [true, false, 0]]);
    // Due on the 12th (its latest line): cancelled on the 13th is after its commit date.
    expect(cancelled('2026-11-13T10:00:00Z', 'CUSTOMER').lines.map((line) => line.excluded)).toEqual([false, false]);
    expect(rows.lines.map((line) => [line.cancelled, line.excluded])).toEqual([[false, false], [false, false]]);
  });
});
