import type { ItemType } from '../graphql/__generated__/operations.ts';
import { readPage } from '../paging.ts';
import { readSearch } from '../search.ts';

/** The items list's search, type filter and page, kept in the URL so a view can be shared and Back works. */
export interface ItemQuery {
  search: string | null;
  type: ItemType | null;
  page: number;
}

export const itemsPageSize = 50;

export const itemTypes: { value: ItemType; label: string }[] = [
  { value: 'FG', label: 'finished good' },
  { value: 'SFG', label: 'semi-finished good' },
  { value: 'RM', label: 'raw material' },
];

export const itemTypeLabel = (type: ItemType) => itemTypes.find((candidate) => candidate.value === type)?.label ?? type;

/** Reading the URL never throws: what cannot be used is a problem shown above the list, and the page goes on without it. */
export function readItemQuery(params: URLSearchParams): { query: ItemQuery; problems: string[] } {
  const problems: string[] = [];
  const { search, problem } = readSearch(params);
  if (problem) problems.push(problem);
  const raw = params.get('type')?.trim();
  const type = raw ? (itemTypes.find((candidate) => candidate.value === raw.toUpperCase())?.value ?? null) : null;
  if (raw && !type) problems.push(`“${raw.slice(0, 40)}” is not an item type; showing every type.`);
  const page = readPage(params);
  if (page.problem) problems.push(page.problem);
  return { query: { search, type, page: page.page }, problems };
}

export function itemsHref(query: ItemQuery, change: Partial<ItemQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.search) params.set('search', next.search);
  if (next.type) params.set('type', next.type);
  if (next.page > 1) params.set('page', String(next.page));
  return params.size ? `/items?${params}` : '/items';
}

/** Where an item's row leads: its stock and turns. */
export const itemInventoryHref = (itemId: string) => `/inventory?${new URLSearchParams({ item: itemId })}`;
