import { describe, expect, it } from 'vitest';
import { readSearch, searchMaxLength } from './search.ts';

const read = (search: string) => readSearch(new URLSearchParams(search));

describe('a list’s search', () => {
  it('keeps what was typed, wildcards and markup included, without the spaces around it', () => {
    expect(read('search=%2010%25%20')).toEqual({ search: '10%', problem: null });
    expect(read('search=A_1')).toEqual({ search: 'A_1', problem: null });
    expect(read('search=%3Cscript%3E')).toEqual({ search: '<script>', problem: null });
    expect(read('search=%27%20OR%201%3D1%20--')).toEqual({ search: "' OR 1=1 --", problem: null });
  });

  it('is no search when absent or blank', () => {
    expect(read('')).toEqual({ search: null, problem: null });
    expect(read('search=%20%20')).toEqual({ search: null, problem: null });
  });

  it('names a search it cannot run as typed and goes on with what it can', () => {
    expect(read('search=ab%00c')).toEqual({ search: null, problem: expect.stringContaining('control characters') });
    const long = read(`search=${'x'.repeat(searchMaxLength + 5)}`);
    expect(long.search).toHaveLength(searchMaxLength);
    expect(long.problem).toBe('A search is at most 100 characters; searching for the first 100.');
  });
});
