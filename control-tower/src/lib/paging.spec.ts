import { describe, expect, it } from 'vitest';
import { clampPage, pageRange, readPage } from './paging.ts';

describe('paging', () => {
  it('reads a page number, and calls anything else a problem', () => {
    expect(readPage(new URLSearchParams('page=3'))).toEqual({ page: 3, problem: null });
    expect(readPage(new URLSearchParams(''))).toEqual({ page: 1, problem: null });
    expect(readPage(new URLSearchParams('page=-2')).page).toBe(1);
    expect(readPage(new URLSearchParams('page=2.5')).problem).toContain('not a page number');
    expect(readPage(new URLSearchParams('page=1e9x')).problem).toContain('not a page number');
  });

  it('brings a page past the end back to the last one', () => {
    expect(clampPage(999, 301, 25)).toEqual({ page: 13, problem: 'There is no page 999; showing page 13, the last.' });
    expect(clampPage(2, 301, 25)).toEqual({ page: 2, problem: null });
    expect(clampPage(5, 0, 25).page).toBe(1);
  });

  it('states the rows shown, never a range past the total', () => {
    expect(pageRange(13, 301, 25)).toEqual({ first: 301, last: 301, pages: 13 });
    expect(pageRange(999, 301, 25)).toEqual({ first: 301, last: 301, pages: 13 });
    expect(pageRange(1, 0, 25)).toEqual({ first: 0, last: 0, pages: 1 });
  });
});
