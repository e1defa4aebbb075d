import { describe, expect, it } from 'vitest';
import type { Milestone } from './transport-order.entity.ts';
import { assertNextMilestone, commitDates, estimateArrival, isLate, promisedDateOf } from './transport-order.rules.ts';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-20T12:00:00Z');

describe('milestones', () => {
  const recorded = (...entries: [Milestone, string][]) => entries.map(([milestone, time]) => ({ milestone, at: at(time) }));

  it('follow each other in order', () => {
    expect(() => assertNextMilestone('TO-1', [], 'PICKED_UP', at('2026-11-20T08:00:00Z'), now)).not.toThrow();
    expect(() => assertNextMilestone('TO-1', recorded(['PICKED_UP', '2026-11-20T08:00:00Z']), 'DEPARTED', at('2026-11-20T09:00:00Z'), now)).not.toThrow();
  });

  it('out of order or twice are a conflict', () => {
    expect(() => assertNextMilestone('TO-1', [], 'DEPARTED', now, now)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'TO-1 is not ready for DEPARTED: PICKED_UP comes first' }));
    expect(() => assertNextMilestone('TO-1', recorded(['PICKED_UP', '2026-11-20T08:00:00Z']), 'PICKED_UP', now, now)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertNextMilestone('TO-1', recorded(['PICKED_UP', '2026-11-20T08:00:00Z']), 'ARRIVED', now, now)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('in the future or before the previous one are bad input', () => {
    expect(() => assertNextMilestone('TO-1', [], 'PICKED_UP', at('2026-11-20T12:10:00Z'), now)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => assertNextMilestone('TO-1', [], 'PICKED_UP', at('2026-11-20T12:04:00Z'), now)).not.toThrow();
    expect(() => assertNextMilestone('TO-1', recorded(['PICKED_UP', '2026-11-20T08:00:00Z']), 'DEPARTED', at('2026-11-20T07:00:00Z'), now)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('the ETA', () => {
  const planned = { plannedPickupAt: at('2026-11-20T14:00:00Z'), pickedUpAt: null, departedAt: null, arrivedAt: null, deliveredAt: null };

  it('counts the transit time from the planned pick-up, the pick-up, then the departure', () => {
    expect(estimateArrival(planned, 24, now)).toEqual(at('2026-11-21T14:00:00Z'));
    expect(estimateArrival({ ...planned, pickedUpAt: at('2026-11-20T10:00:00Z') }, 24, now)).toEqual(at('2026-11-21T10:00:00Z'));
    expect(estimateArrival({ ...planned, pickedUpAt: at('2026-11-20T10:00:00Z'), departedAt: at('2026-11-20T11:00:00Z') }, 30, now)).toEqual(at('2026-11-21T17:00:00Z'));
  });

  it('is never in the past while the goods are on their way, and is the delivery once delivered', () => {
    expect(estimateArrival({ ...planned, departedAt: at('2026-11-18T08:00:00Z') }, 24, now)).toEqual(now);
    expect(estimateArrival({ ...planned, departedAt: at('2026-11-18T08:00:00Z'), arrivedAt: at('2026-11-19T08:00:00Z') }, 24, now)).toEqual(now);
    expect(estimateArrival({ ...planned, deliveredAt: at('2026-11-19T09:00:00Z') }, 24, now)).toEqual(at('2026-11-19T09:00:00Z'));
  });

  it('is late only after the end of the promised date', () => {
    expect(isLate(at('2026-11-21T23:59:59Z'), '2026-11-21')).toBe(false);
    expect(isLate(at('2026-11-22T00:00:00Z'), '2026-11-21')).toBe(true);
    expect(isLate(null, '2026-11-21')).toBe(false);
    expect(isLate(now, null)).toBe(false);
  });
});

describe('commit dates from crm events', () => {
  const placed = {
    type: 'crm.SalesOrderPlaced' as const,
    payload: {
      number: 'SO-1',
      currency: 'EUR',
      lines: [
        { lineId: 'a', lineNumber: 1, itemId: 'i', quantity: 1, unitPrice: 1, requestedDate: '2026-11-20', promisedDate: null },
        { lineId: 'b', lineNumber: 2, itemId: 'i', quantity: 1, unitPrice: 1, requestedDate: '2026-11-20', promisedDate: '2026-11-22' },
      ],
    },
  };

  it('take the promise, else the request, and a later accepted promise replaces both', () => {
    expect(commitDates([placed])).toEqual(new Map([['a', '2026-11-20'], ['b', '2026-11-22']]));
    const promised = { type: 'crm.SalesOrderPromised' as const, payload: { number: 'SO-1', lines: [{ lineId: 'a', promisedDate: '2026-11-25' }] } };
    const commit = commitDates([placed, promised]);
    expect(commit.get('a')).toBe('2026-11-25');
    expect(promisedDateOf(['a', 'b'], commit)).toBe('2026-11-25');
    expect(promisedDateOf(['b'], commit)).toBe('2026-11-22');
    expect(promisedDateOf(['unknown'], commit)).toBeNull();
  });
});
