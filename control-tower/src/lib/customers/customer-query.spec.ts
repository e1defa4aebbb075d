import { describe, expect, it } from 'vitest';
import { customerOrdersHref, customersHref, readCustomerQuery } from './customer-query.ts';

const read = (search: string) => readCustomerQuery(new URLSearchParams(search));

describe('the customers list’s query', () => {
  it('reads the search and the page from the URL', () => {
    expect(read('search=10%25&page=3')).toEqual({ query: { search: '10%', page: 3 }, problems: [] });
    expect(read('')).toEqual({ query: { search: null, page: 1 }, problems: [] });
  });

  it('names what it cannot use and goes on without it', () => {
    expect(read('search=a%00b&page=-1')).toEqual({
      query: { search: null, page: 1 },
      problems: ['The search holds control characters, which no name or code has; showing everything.', '“-1” is not a page number; showing the first page.'],
    });
  });

  it('writes only what differs from the first page of everyone, with the search encoded', () => {
    expect(customersHref({ search: null, page: 1 })).toBe('/customers');
    expect(customersHref({ search: '10% & more', page: 1 }, { page: 2 })).toBe('/customers?search=10%25+%26+more&page=2');
    expect(customersHref({ search: 'x', page: 4 }, { search: null, page: 1 })).toBe('/customers');
  });

  it('leads a customer to its orders', () => {
    expect(customerOrdersHref('0190a1b2-0000-7000-8000-000000000001')).toBe('/orders?customer=0190a1b2-0000-7000-8000-000000000001');
  });
});
