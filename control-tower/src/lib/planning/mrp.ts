import { defaultLocale } from '../locale.ts';
import { formatQuantity } from '../format.ts';

/** A weekly bucket's heading: the week's first day, short, in the reader's locale (UTC). */
export const weekLabel = (week: string, locale = defaultLocale) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${week.slice(0, 10)}T00:00:00Z`));

export interface Peg {
  kind: string;
  date: string;
  quantity: number;
  parentOrder?: { number: string } | null;
}

/** What part of a planned order serves, in words: "40 for PLO-2026-000012 (2026-12-07)", "25 sales order (2026-12-01)". */
export function pegLabel(peg: Peg, locale = defaultLocale): string {
  const what = peg.kind === 'PARENT_ORDER' ? `for ${peg.parentOrder?.number ?? 'a parent order'}` : peg.kind === 'MPS' ? 'master schedule' : peg.kind.toLowerCase().replaceAll('_', ' ');
  return `${formatQuantity(peg.quantity, locale)} ${what} (${peg.date})`;
}

/** The item shown: the one asked for when the run planned it, else its first finished item (level 0); an unknown one is named. */
export function readItem<Record extends { item: { id: string; sku?: string | null }; lowLevelCode: number }>(
  asked: string | null,
  records: readonly Record[],
): { record: Record | null; problem: string | null } {
  const fallback = records.find((record) => record.lowLevelCode === 0) ?? records[0] ?? null;
  if (asked === null || asked === '') return { record: fallback, problem: null };
  const record = records.find((candidate) => candidate.item.id === asked.toLowerCase());
  if (record) return { record, problem: null };
  return { record: fallback, problem: `“${asked.slice(0, 40)}” is not an item of this MRP run${fallback ? `; showing ${fallback.item.sku ?? fallback.item.id}` : ''}.` };
}
