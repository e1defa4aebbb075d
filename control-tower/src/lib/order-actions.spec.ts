import { describe, expect, it } from 'vitest';
import { availableActions, mayChangeOrders, openShipmentLines, readCancellation, readPromiseDate } from './order-actions.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const open = [{ quantity: 10, shippedQuantity: 4 }];

describe('planner actions on an order', () => {
  it('offers nothing to roles that only read', () => {
    expect(mayChangeOrders(['executive'])).toBe(false);
    expect(mayChangeOrders(['analyst', 'planner'])).toBe(true);
    expect(availableActions({ status: 'DRAFT', lines: open }, ['executive'])).toEqual([]);
  });

  it('offers what the order state allows', () => {
    expect(availableActions({ status: 'DRAFT', lines: open }, ['planner'])).toEqual(['confirm', 'promise', 'cancel']);
    expect(availableActions({ status: 'CONFIRMED', lines: open }, ['planner'])).toEqual(['promise', 'ship', 'cancel']);
    expect(availableActions({ status: 'IN_FULFILMENT', lines: open }, ['planner'])).toEqual(['promise', 'ship']);
    expect(availableActions({ status: 'SHIPPED', lines: [{ quantity: 10, shippedQuantity: 10 }] }, ['admin'])).toEqual([]);
  });

  it('ships what is still open of each line', () => {
    expect(openShipmentLines([{ id: 'a', quantity: 10, shippedQuantity: 4 }, { id: 'b', quantity: 5, shippedQuantity: 5 }, { id: 'c', quantity: 2 }])).toEqual([
      { salesOrderLineId: 'a', quantity: 6 },
      { salesOrderLineId: 'c', quantity: 2 },
    ]);
  });

  it('reads a promise date and a cancellation reason, refusing what is not one', () => {
    expect(readPromiseDate(form({ promisedDate: '2026-12-10' }), '2026-11-30')).toEqual({ value: '2026-12-10', problem: null });
    expect(readPromiseDate(form({ promisedDate: '2026-11-01' }), '2026-11-30').problem).toContain('cannot lie in the past');
    expect(readPromiseDate(form({ promisedDate: "'; DROP TABLE" }), '2026-11-30').problem).toContain('as a day');
    expect(readCancellation(form({ reason: '  ', requestedBy: 'CUSTOMER' })).problem).toBe('Say why the order is cancelled.');
    expect(readCancellation(form({ reason: 'Withdrawn', requestedBy: 'NOBODY' })).problem).toBe('Say whether the customer or the company cancels the order.');
    expect(readCancellation(form({ reason: 'Customer withdrew', requestedBy: 'CUSTOMER' })).value).toEqual({ reason: 'Customer withdrew', requestedBy: 'CUSTOMER' });
  });
});
