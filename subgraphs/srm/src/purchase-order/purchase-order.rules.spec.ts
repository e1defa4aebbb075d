import { describe, expect, it } from 'vitest';
import type { PurchaseOrderStatus } from './purchase-order.entity.ts';
import {
  assertTransition,
  canTransition,
  receivingStatus,
  responderMayAnswer,
  summariseLines,
  validateChange,
  validateConfirmation,
  validateNewLines,
} from './purchase-order.rules.ts';

const line = (id: string, quantity: number, receivedQuantity = 0) => ({ id, quantity, receivedQuantity, requestedDate: '2026-12-10', unitPrice: 2 });

describe('the purchase order state machine', () => {
  it.each<[PurchaseOrderStatus, PurchaseOrderStatus]>([
    ['DRAFT', 'SENT'],
    ['DRAFT', 'CANCELLED'],
    ['SENT', 'CONFIRMED'],
    ['SENT', 'PARTIALLY_RECEIVED'],
    ['CONFIRMED', 'RECEIVED'],
    ['CONFIRMED', 'CANCELLED'],
    ['PARTIALLY_RECEIVED', 'RECEIVED'],
    ['PARTIALLY_RECEIVED', 'CLOSED'],
    ['RECEIVED', 'CLOSED'],
  ])('lets %s become %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each<[PurchaseOrderStatus, PurchaseOrderStatus]>([
    ['DRAFT', 'CONFIRMED'],
    ['CANCELLED', 'CONFIRMED'],
    ['PARTIALLY_RECEIVED', 'CANCELLED'],
    ['RECEIVED', 'CANCELLED'],
    ['CLOSED', 'SENT'],
    ['CONFIRMED', 'CLOSED'],
  ])('refuses %s → %s as a conflict', (from, to) => {
    expect(() => assertTransition('PO-1', from, to)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('is received once every line has its quantity accepted', () => {
    expect(receivingStatus([{ quantity: 10, receivedQuantity: 10 }, { quantity: 5, receivedQuantity: 6 }])).toBe('RECEIVED');
    expect(receivingStatus([{ quantity: 10, receivedQuantity: 10 }, { quantity: 5, receivedQuantity: 4 }])).toBe('PARTIALLY_RECEIVED');
  });
});

describe('new lines', () => {
  const at = new Date('2026-12-01T10:00:00Z');
  it.each([
    [[], 'lines'],
    [[{ itemId: 'i', quantity: 0, requestedDate: '2026-12-05' }], 'quantity'],
    [[{ itemId: 'i', quantity: 1, requestedDate: '2026-11-30' }], 'requestedDate'],
    [[{ itemId: 'i', quantity: 1, requestedDate: '2026-12-05', unitPrice: -1 }], 'unitPrice'],
  ])('refuses %o naming %s', (lines, field) => {
    expect(() => validateNewLines(lines, at)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }));
  });
});

describe('confirmations', () => {
  const lines = [line('a', 10), line('b', 5)];
  it('date every open line the first time', () => {
    expect(() => validateConfirmation({ number: 'PO-1', status: 'SENT' }, lines, [{ lineId: 'a', promisedDate: '2026-12-12' }], '2026-12-01')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ missing: ['b'] }) }),
    );
    expect(() =>
      validateConfirmation({ number: 'PO-1', status: 'SENT' }, lines, [{ lineId: 'a', promisedDate: '2026-12-12' }, { lineId: 'b', promisedDate: '2026-12-14' }], '2026-12-01'),
    ).not.toThrow();
  });

  it('re-promise any open line later on', () => {
    expect(() => validateConfirmation({ number: 'PO-1', status: 'CONFIRMED' }, lines, [{ lineId: 'b', promisedDate: '2026-12-20' }], '2026-12-01')).not.toThrow();
  });

  it('are refused on a cancelled or closed order, for a foreign line, a past date or a line received in full', () => {
    const confirm = (status: PurchaseOrderStatus, lineId: string, promisedDate = '2026-12-12', of = lines) =>
      () => validateConfirmation({ number: 'PO-1', status }, of, [{ lineId, promisedDate }], '2026-12-01');
    expect(confirm('CANCELLED', 'a')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(confirm('DRAFT', 'a')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(confirm('CONFIRMED', 'zz')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(confirm('CONFIRMED', 'a', '2026-11-30')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'promisedDate' }) }));
    expect(confirm('PARTIALLY_RECEIVED', 'a', '2026-12-12', [line('a', 10, 10), line('b', 5)])).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('change requests', () => {
  const lines = [line('a', 10, 4), line('b', 5)];
  const change = (status: PurchaseOrderStatus, changes: { lineId: string; quantity?: number; date?: string }[], origin: 'BUYER' | 'SUPPLIER' = 'BUYER') =>
    () => validateChange({ number: 'PO-1', status }, lines, changes, origin, '2026-12-01');

  it('let the buyer move quantity and date of an open order', () => {
    expect(change('PARTIALLY_RECEIVED', [{ lineId: 'a', quantity: 6, date: '2026-12-20' }])).not.toThrow();
  });

  it('never cut a quantity below what arrived', () => {
    expect(change('PARTIALLY_RECEIVED', [{ lineId: 'a', quantity: 3 }])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'quantity' }) }));
  });

  it('leave a confirmed order’s dates to re-promises when the supplier proposes', () => {
    expect(change('SENT', [{ lineId: 'b', date: '2026-12-20' }], 'SUPPLIER')).not.toThrow();
    expect(change('CONFIRMED', [{ lineId: 'b', date: '2026-12-20' }], 'SUPPLIER')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(change('CONFIRMED', [{ lineId: 'b', quantity: 4 }], 'SUPPLIER')).not.toThrow();
  });

  it('are refused on orders that are not open, empty, or repeated', () => {
    expect(change('DRAFT', [{ lineId: 'b', quantity: 4 }])).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(change('CANCELLED', [{ lineId: 'b', quantity: 4 }])).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(change('SENT', [])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(change('SENT', [{ lineId: 'b' }])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(change('SENT', [{ lineId: 'b', quantity: 1 }, { lineId: 'b', quantity: 2 }])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('are answered by the other party', () => {
    expect(responderMayAnswer('BUYER', 'SUPPLIER')).toBe(true);
    expect(responderMayAnswer('BUYER', 'BUYER')).toBe(false);
    expect(responderMayAnswer('SUPPLIER', 'BUYER')).toBe(true);
    expect(responderMayAnswer('SUPPLIER', 'SUPPLIER')).toBe(false);
    expect(responderMayAnswer('SUPPLIER', 'ADMIN')).toBe(true);
  });
});

describe('order summary', () => {
  it('takes the earliest requested date and the earliest promise still open', () => {
    expect(
      summariseLines([
        { ...line('a', 10, 10), promisedDate: '2026-12-03' },
        { ...line('b', 5), requestedDate: '2026-12-08', promisedDate: '2026-12-09' },
      ]),
    ).toEqual({ requestedDate: '2026-12-08', promisedDate: '2026-12-09', totalAmount: 30 });
  });
});
