import type { NonconformanceDisposition } from '@plexus/events';

/** Dispositions that take the material out of stock; the others let it be used again. */
export const removingDispositions: readonly NonconformanceDisposition[] = ['SCRAP', 'RETURN_TO_SUPPLIER'];

/**
 * What a scrap or return takes from the lot's balances in the warehouse: the
 * nonconformance's quantity, never more than is on hand (some may have been
 * shipped or consumed before the lot was held), largest balance first.
 */
export function planRemoval(balances: readonly { id: string; quantity: number }[], quantity: number): { id: string; quantity: number }[] {
  const removals: { id: string; quantity: number }[] = [];
  let open = quantity;
  for (const balance of [...balances].sort((a, b) => b.quantity - a.quantity || a.id.localeCompare(b.id))) {
    if (open <= 1e-9) break;
    const taken = Math.min(open, balance.quantity);
    if (taken > 0) removals.push({ id: balance.id, quantity: taken });
    open -= taken;
  }
  return removals;
}
