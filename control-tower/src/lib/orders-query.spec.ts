import { describe, expect, it } from 'vitest';
import { ordersHref, readOrdersQuery, sortHref, validateOrdersQuery } from './orders-query.ts';

describe('orders query in the URL', () => {
  it('reads filters and ignores values it does not know', () => {
    const query = readOrdersQuery(new URLSearchParams('status=SHIPPED&dueFrom=2026-11-01&dueTo=nonsense&sort=BOGUS&page=-3'));
    expect(query).toEqual({ siteId: null, customerId: null, status: 'SHIPPED', dueFrom: '2026-11-01', dueTo: null, sort: 'ORDERED_AT', direction: 'DESC', page: 1 });
  });

  it('round-trips through a link', () => {
    const query = readOrdersQuery(new URLSearchParams('site=s1&customer=c1&status=CONFIRMED&sort=DUE_DATE&dir=DESC&page=3'));
    expect(readOrdersQuery(new URL(ordersHref(query), 'http://x').searchParams)).toEqual(query);
  });

  it('flips the direction of the sorted column and starts other columns ascending on page 1', () => {
    const query = readOrdersQuery(new URLSearchParams('sort=DUE_DATE&dir=ASC&page=4'));
    expect(sortHref(query, 'DUE_DATE')).toBe('/orders?sort=DUE_DATE&dir=DESC');
    expect(sortHref(query, 'NUMBER')).toBe('/orders?sort=NUMBER&dir=ASC');
  });

  it('turns an inverted due range, a malformed customer id or date and a bad page into form problems', () => {
    const { query, problems } = validateOrdersQuery(new URLSearchParams('dueFrom=2026-11-20&dueTo=2026-11-01&customer=not-an-id&site=north&page=x'));
    expect(query).toMatchObject({ siteId: null, customerId: null, dueFrom: '2026-11-20', dueTo: null, page: 1 });
    expect(Object.keys(problems).sort()).toEqual(['customer', 'dueTo', 'page', 'site']);
    expect(problems.dueTo).toContain('ends (2026-11-01) before it starts (2026-11-20)');
    expect(validateOrdersQuery(new URLSearchParams('dueFrom=2026-02-30')).problems.dueFrom).toContain('is not a date');
  });
});
