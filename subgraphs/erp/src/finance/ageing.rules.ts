/**
 * Receivables and payables ageing: each open amount falls in one bucket by
 * how many days past its due date it is on the day asked about (not yet due
 * is CURRENT), the customary 30-day bands of an aged trial balance.
 */

export const ageingBuckets = ['CURRENT', 'DAYS_1_TO_30', 'DAYS_31_TO_60', 'DAYS_61_TO_90', 'OVER_90'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

const dayMs = 86_400_000;

/** Whole days from `dueDate` to `asOf` (both `YYYY-MM-DD`); negative while not yet due. */
export function daysPastDue(dueDate: string, asOf: string): number {
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / dayMs);
}

export function ageingBucket(dueDate: string, asOf: string): AgeingBucket {
  const days = daysPastDue(dueDate, asOf);
  if (days <= 0) return 'CURRENT';
  if (days <= 30) return 'DAYS_1_TO_30';
  if (days <= 60) return 'DAYS_31_TO_60';
  if (days <= 90) return 'DAYS_61_TO_90';
  return 'OVER_90';
}

export interface OpenItem {
  counterpartyId: string;
  dueDate: string;
  /** Open on the day asked about, in cents. */
  openCents: number;
}

export interface AgeingAmounts {
  current: number;
  days1To30: number;
  days31To60: number;
  days61To90: number;
  over90: number;
  total: number;
  openItems: number;
}

export interface AgedCounterparty {
  counterpartyId: string;
  amounts: AgeingAmounts;
}

const field: Record<AgeingBucket, keyof Omit<AgeingAmounts, 'total' | 'openItems'>> = {
  CURRENT: 'current',
  DAYS_1_TO_30: 'days1To30',
  DAYS_31_TO_60: 'days31To60',
  DAYS_61_TO_90: 'days61To90',
  OVER_90: 'over90',
};

const emptyCents = (): AgeingAmounts => ({ current: 0, days1To30: 0, days31To60: 0, days61To90: 0, over90: 0, total: 0, openItems: 0 });

function toMoney(cents: AgeingAmounts): AgeingAmounts {
  const { openItems, ...amounts } = cents;
  return { ...(Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, value / 100])) as Omit<AgeingAmounts, 'openItems'>), openItems };
}

/** Open items aged on `asOf`: per counterparty (largest total first) and overall. Items with nothing open are left out. */
export function ageOpenItems(items: readonly OpenItem[], asOf: string): { counterparties: AgedCounterparty[]; total: AgeingAmounts } {
  const total = emptyCents();
  const byCounterparty = new Map<string, AgeingAmounts>();
  for (const item of items) {
    if (item.openCents <= 0) continue;
    const amounts = byCounterparty.get(item.counterpartyId) ?? emptyCents();
    byCounterparty.set(item.counterpartyId, amounts);
    const bucket = field[ageingBucket(item.dueDate, asOf)];
    for (const target of [amounts, total]) {
      target[bucket] += item.openCents;
      target.total += item.openCents;
      target.openItems += 1;
    }
  }
  const counterparties = [...byCounterparty]
    .map(([counterpartyId, amounts]) => ({ counterpartyId, amounts: toMoney(amounts) }))
    .sort((a, b) => b.amounts.total - a.amounts.total || a.counterpartyId.localeCompare(b.counterpartyId));
  return { counterparties, total: toMoney(total) };
}

/** The due date of a document dated `date` on terms of `paymentDays` days net. */
export function dueDateOf(date: string, paymentDays: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + paymentDays * dayMs).toISOString().slice(0, 10);
}
