import { badInput } from '@plexus/errors';

export interface Page {
  first: number;
  offset: number;
}

/** One page of a list: at most 200 rows, from a non-negative offset. */
export function validatePage(page: Page): Page {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > 200) throw badInput('first must be between 1 and 200', { field: 'first' });
  if (!Number.isInteger(page.offset) || page.offset < 0) throw badInput('offset must be 0 or more', { field: 'offset' });
  return page;
}
