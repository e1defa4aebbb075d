import { describe, expect, it } from 'vitest';
import { purchasingHref, readPurchasingQuery } from './purchasing-query.ts';

const read = (search: string) => readPurchasingQuery(new URLSearchParams(search));

describe('the purchasing overview’s query', () => {
  it('reads a status and both pages from the URL', () => {
    expect(read('status=CONFIRMED&page=3&supplierPage=2')).toEqual({ query: { status: 'CONFIRMED', page: 3, supplierPage: 2 }, problems: [] });
    expect(read('status=partially_received').query.status).toBe('PARTIALLY_RECEIVED');
    expect(read('')).toEqual({ query: { status: null, page: 1, supplierPage: 1 }, problems: [] });
  });

  it('names what is not a status or a page and goes on without it', () => {
    const { query, problems } = read('status=LOST&page=-2&supplierPage=x');
    expect(query).toEqual({ status: null, page: 1, supplierPage: 1 });
    expect(problems).toEqual([
      '“LOST” is not a purchase order status; showing every status.',
      '“-2” is not a page number; showing the first page.',
      'Suppliers: “x” is not a page number; showing the first page.',
    ]);
  });

  it('writes only what differs from the first unfiltered page', () => {
    const query = { status: null, page: 1, supplierPage: 1 };
    expect(purchasingHref(query)).toBe('/purchasing');
    expect(purchasingHref(query, { status: 'SENT', page: 2 })).toBe('/purchasing?status=SENT&page=2');
    expect(purchasingHref({ status: 'SENT', page: 4, supplierPage: 2 }, { page: 1 })).toBe('/purchasing?status=SENT&supplierPage=2');
  });
});
