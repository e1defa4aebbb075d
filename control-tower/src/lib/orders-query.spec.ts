import { describe, expect, it } from 'vitest';
import { ordersHref, readOrdersQuery, sortHref } from './orders-query.ts';

describe('orders query in the URL', () => {
  it('reads filters and ignores values it does not know', () => {
    const query = readOrdersQuery(new URLSearchParams('status=SHIPPED&dueFrom=2026-11-01&dueTo=nonsense&sort=BOGUS&page=-3'));
    expect(query).toEqual({ customerId: null, status: 'SHIPPED', dueFrom: '2026-11-01', dueTo: null, sort: 'ORDERED_AT', direction: 'DESC', page: 1 });
  });

  it('round-trips through a link', () => {
    const query = readOrdersQuery(new URLSearchParams('customer=c1&status=CONFIRMED&sort=DUE_DATE&dir=DESC&page=3'));
    expect(readOrdersQuery(new URL(ordersHref(query), 'http://x').searchParams)).toEqual(query);
  });

  it('flips the direction of the sorted column and starts other columns ascending on page 1', () => {
    const query = readOrdersQuery(new URLSearchParams('sort=DUE_DATE&dir=ASC&page=4'));
    expect(sortHref(query, 'DUE_DATE')).toBe('/orders?sort=DUE_DATE&dir=DESC');
    expect(sortHref(query, 'NUMBER')).toBe('/orders?sort=NUMBER&dir=ASC');
  });
});
