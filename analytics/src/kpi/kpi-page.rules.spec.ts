import { describe, expect, it } from 'vitest';
import { pageOf } from './kpi-page.rules.ts';

const items = [
  { id: 'a', passed: false },
  { id: 'b', passed: true },
  { id: 'c', passed: null },
  { id: 'd', passed: false },
  { id: 'e', passed: false },
];

describe('a drill-down page', () => {
  it('keeps only the failing contributions when asked, counting all of them, in the order given', () => {
    expect(pageOf(items, { first: 2, offset: 0, onlyFailing: true })).toEqual({ totalCount: 3, items: [items[0], items[3]] });
    expect(pageOf(items, { first: 2, offset: 2, onlyFailing: true })).toEqual({ totalCount: 3, items: [items[4]] });
  });

  it('keeps everything otherwise, and still counts on a page past the end', () => {
    expect(pageOf(items, { first: 10, offset: 0 })).toEqual({ totalCount: 5, items });
    expect(pageOf(items, { first: 10, offset: 7, onlyFailing: false })).toEqual({ totalCount: 5, items: [] });
  });
});
