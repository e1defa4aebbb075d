import { badInput } from '@plexus/errors';

export interface Page {
  first: number;
  offset: number;
}

/** One page of a list: at most `maxFirst` rows (200 unless a list says otherwise), from a non-negative offset. */
export function validatePage(page: Page, maxFirst = 200): Page {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > maxFirst) throw badInput(`first must be between 1 and ${maxFirst}`, { field: 'first' });
  if (!Number.isInteger(page.offset) || page.offset < 0) throw badInput('offset must be 0 or more', { field: 'offset' });
  return page;
}
