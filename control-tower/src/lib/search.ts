/**
 * The search box of every list: what the reader typed, as the graph is to
 * match it (every character literally, `%` and `_` included), or a problem
 * for the form when it cannot be searched for as typed.
 */

export const searchMaxLength = 100;

// Control characters (a NUL above all, which PostgreSQL refuses in text) are never part of a name or a code.
const controlCharacters = /[\u0000-\u001f\u007f]/;

export function readSearch(params: URLSearchParams, name = 'search'): { search: string | null; problem: string | null } {
  const typed = params.get(name)?.trim();
  if (!typed) return { search: null, problem: null };
  if (controlCharacters.test(typed)) return { search: null, problem: 'The search holds control characters, which no name or code has; showing everything.' };
  if (typed.length > searchMaxLength) {
    return { search: typed.slice(0, searchMaxLength), problem: `A search is at most ${searchMaxLength} characters; searching for the first ${searchMaxLength}.` };
  }
  return { search: typed, problem: null };
}
