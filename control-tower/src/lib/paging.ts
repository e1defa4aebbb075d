/**
 * Paging for every list: the page asked for in the URL, and where it really
 * is once the total is known (page 999 of 13 shows page 13, and says so).
 */

export function readPage(params: URLSearchParams): { page: number; problem: string | null } {
  const raw = params.get('page');
  if (raw === null || raw === '') return { page: 1, problem: null };
  const page = Number(raw);
  if (Number.isInteger(page) && page >= 1) return { page, problem: null };
  return { page: 1, problem: `“${raw.slice(0, 20)}” is not a page number; showing the first page.` };
}

export const pageCount = (totalCount: number, pageSize: number) => Math.max(1, Math.ceil(totalCount / pageSize));

/** The page to show for a total: the one asked for, or the last when it lies past the end. */
export function clampPage(page: number, totalCount: number, pageSize: number): { page: number; problem: string | null } {
  const last = pageCount(totalCount, pageSize);
  return page > last ? { page: last, problem: `There is no page ${page}; showing page ${last}, the last.` } : { page, problem: null };
}

/** "1–25 of 301": the rows a page shows (0–0 when there are none). */
export function pageRange(page: number, totalCount: number, pageSize: number): { first: number; last: number; pages: number } {
  const pages = pageCount(totalCount, pageSize);
  const current = Math.min(page, pages);
  return totalCount === 0
    ? { first: 0, last: 0, pages }
    : { first: (current - 1) * pageSize + 1, last: Math.min(current * pageSize, totalCount), pages };
}
