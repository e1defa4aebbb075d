/**
 * How a consumption is taken from a lot's balances in a warehouse: location
 * by location in the order given, never below zero. What the lot does not
 * hold is not issued (mes checks its own view of lots; the warehouse's count
 * is the one that cannot go negative).
 */
export function allocateIssue(balances: readonly { locationId: string; quantity: number }[], requested: number): { locationId: string; quantity: number }[] {
  const taken: { locationId: string; quantity: number }[] = [];
  let left = requested;
  for (const balance of balances) {
    if (left <= 0) break;
    const quantity = Math.min(left, balance.quantity);
    if (quantity <= 0) continue;
    taken.push({ locationId: balance.locationId, quantity });
    left -= quantity;
  }
  return taken;
}
