/**
 * One page of a KPI's drill-down, the same for every family that assembles
 * its contributions in memory: only the failing ones when asked (a
 * contribution that neither passes nor fails, `passed: null`, is never
 * "failing"), in the order given, with the count of all of them, so a page
 * past the end still says how many there are.
 */
export function pageOf<Item extends { passed: boolean | null }>(
  items: readonly Item[],
  page: { first: number; offset: number; onlyFailing?: boolean },
): { totalCount: number; items: Item[] } {
  const kept = page.onlyFailing ? items.filter((item) => item.passed === false) : items;
  return { totalCount: kept.length, items: kept.slice(page.offset, page.offset + page.first) };
}
