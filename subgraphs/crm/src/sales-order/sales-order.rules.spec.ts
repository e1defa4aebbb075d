import { describe, expect, it } from 'vitest';
import { assertTransition, canTransition, fulfilmentStatus, summariseLines, validateNewOrderLines, validatePromises } from './sales-order.rules.ts';

const orderedAt = new Date('2026-11-02T10:00:00Z');
const line = { itemId: 'i', quantity: 2, unitPrice: 10, requestedDate: '2026-11-10' };

describe('sales order rules', () => {
  it('lets a draft be confirmed or cancelled but not shipped', () => {
    expect(canTransition('DRAFT', 'CONFIRMED')).toBe(true);
    expect(canTransition('DRAFT', 'CANCELLED')).toBe(true);
    expect(canTransition('DRAFT', 'SHIPPED')).toBe(false);
  });

  it('refuses to cancel an order that has started shipping, as a conflict', () => {
    expect(() => assertTransition('SO-1', 'IN_FULFILMENT', 'CANCELLED')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it.each([
    [[], 'lines'],
    [[{ ...line, quantity: 0 }], 'quantity'],
    [[{ ...line, quantity: -3 }], 'quantity'],
    [[{ ...line, unitPrice: -1 }], 'unitPrice'],
    [[{ ...line, requestedDate: '2026-11-01' }], 'requestedDate'],
  ])('rejects lines %o as bad input on %s', (lines, field) => {
    expect(() => validateNewOrderLines(lines, orderedAt)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }));
  });

  it('accepts a line requested for the order date itself', () => {
    expect(() => validateNewOrderLines([{ ...line, requestedDate: '2026-11-02' }], orderedAt)).not.toThrow();
  });

  it('rejects a promise before the order date, for a foreign line, or on a cancelled order', () => {
    const order = { number: 'SO-1', status: 'CONFIRMED' as const, orderedAt };
    expect(() => validatePromises([{ lineId: 'a', promisedDate: '2026-11-01' }], order, new Set(['a']))).toThrow(/before the order date/);
    expect(() => validatePromises([{ lineId: 'b', promisedDate: '2026-11-05' }], order, new Set(['a']))).toThrow(/not a line/);
    expect(() => validatePromises([{ lineId: 'a', promisedDate: '2026-11-05' }], { ...order, status: 'CANCELLED' }, new Set(['a']))).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('derives the due date from promised dates, falling back to requested ones per line', () => {
    const summary = summariseLines([
      { quantity: 1, unitPrice: 2.5, requestedDate: '2026-11-10', promisedDate: '2026-11-12' },
      { quantity: 3, unitPrice: 1, requestedDate: '2026-11-11', promisedDate: null },
    ]);
    expect(summary).toEqual({ requestedDate: '2026-11-10', promisedDate: '2026-11-12', dueDate: '2026-11-11', totalAmount: 5.5 });
  });

  it('is shipped only when every line is shipped in full', () => {
    expect(fulfilmentStatus([{ quantity: 5, shippedQuantity: 5 }, { quantity: 2, shippedQuantity: 1 }])).toBe('IN_FULFILMENT');
    expect(fulfilmentStatus([{ quantity: 5, shippedQuantity: 5 }, { quantity: 2, shippedQuantity: 2 }])).toBe('SHIPPED');
  });
});
