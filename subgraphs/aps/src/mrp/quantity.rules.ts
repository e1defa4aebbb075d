/**
 * Quantities are kept to six decimals, the scale of the database's quantity
 * columns, so sums of fractional requirements (yield, scrap, quantity per)
 * compare and persist exactly instead of drifting by floating-point noise.
 */
export function roundQuantity(quantity: number): number {
  return Math.round(quantity * 1e6) / 1e6;
}

/** The smallest multiple of `multiple` that is at least `quantity`. */
export function roundUpToMultiple(quantity: number, multiple: number): number {
  return roundQuantity(Math.ceil(roundQuantity(quantity / multiple)) * multiple);
}

/** Below this, a difference between quantities is rounding noise. */
export const QUANTITY_EPSILON = 1e-7;
