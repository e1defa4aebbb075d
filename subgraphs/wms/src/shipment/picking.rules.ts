import { conflict } from '@plexus/errors';

/** Stock of one item that a shipment may take, in one location and lot. */
export interface AvailableStock {
  balanceId: string;
  lotId: string;
  lotNumber: string;
  locationId: string;
  quantity: number;
  expiryDate: string | null;
  receivedAt: Date;
}

export interface PlannedPick {
  balanceId: string;
  lotId: string;
  lotNumber: string;
  locationId: string;
  quantity: number;
}

/**
 * First expiry, first out: the lot that expires soonest goes first, lots that
 * never expire last, ties by receipt (oldest first). Lots already expired on
 * the ship date are never picked. `available` is consumed in place so several
 * lines of one item draw on the same stock.
 */
export function planPicks(
  demand: { sku: string; quantity: number },
  available: AvailableStock[],
  shipDate: string,
): PlannedPick[] {
  const candidates = available
    .filter((stock) => stock.quantity > 0 && (stock.expiryDate === null || stock.expiryDate >= shipDate))
    .sort(
      (a, b) =>
        (a.expiryDate ?? '9999-12-31').localeCompare(b.expiryDate ?? '9999-12-31') ||
        a.receivedAt.getTime() - b.receivedAt.getTime() ||
        a.lotNumber.localeCompare(b.lotNumber),
    );
  const onHand = candidates.reduce((sum, stock) => sum + stock.quantity, 0);
  if (onHand + 1e-9 < demand.quantity) {
    throw conflict(`Not enough ${demand.sku} to ship: ${demand.quantity} asked, ${onHand} pickable`, {
      itemId: demand.sku,
      shortfall: demand.quantity - onHand,
    });
  }
  const picks: PlannedPick[] = [];
  let open = demand.quantity;
  for (const stock of candidates) {
    if (open <= 1e-9) break;
    const quantity = Math.min(open, stock.quantity);
    picks.push({ balanceId: stock.balanceId, lotId: stock.lotId, lotNumber: stock.lotNumber, locationId: stock.locationId, quantity });
    stock.quantity -= quantity;
    open -= quantity;
  }
  return picks;
}
