import { describe, expect, it } from 'vitest';
import { itemInventoryHref, itemsHref, itemTypeLabel, readItemQuery } from './item-query.ts';

const read = (search: string) => readItemQuery(new URLSearchParams(search));

describe('the items list’s query', () => {
  it('reads the search, the type and the page from the URL', () => {
    expect(read('search=A_1&type=RM&page=2')).toEqual({ query: { search: 'A_1', type: 'RM', page: 2 }, problems: [] });
    expect(read('type=sfg').query.type).toBe('SFG');
    expect(read('')).toEqual({ query: { search: null, type: null, page: 1 }, problems: [] });
  });

  it('names a type, search or page it cannot use and goes on without it', () => {
    expect(read('type=%3Cscript%3E&page=x')).toEqual({
      query: { search: null, type: null, page: 1 },
      problems: ['“<script>” is not an item type; showing every type.', '“x” is not a page number; showing the first page.'],
    });
    expect(read('search=%00').problems).toEqual(['The search holds control characters, which no name or code has; showing everything.']);
  });

  it('writes only what differs from the first page of every item', () => {
    expect(itemsHref({ search: null, type: null, page: 1 })).toBe('/items');
    expect(itemsHref({ search: '10%', type: 'FG', page: 1 }, { page: 3 })).toBe('/items?search=10%25&type=FG&page=3');
    expect(itemsHref({ search: '10%', type: 'FG', page: 3 }, { type: null, page: 1 })).toBe('/items?search=10%25');
  });

  it('names types in words and leads an item to its inventory', () => {
    expect(itemTypeLabel('SFG')).toBe('semi-finished good');
    expect(itemInventoryHref('0190a1b2-0000-7000-8000-000000000002')).toBe('/inventory?item=0190a1b2-0000-7000-8000-000000000002');
  });
});
