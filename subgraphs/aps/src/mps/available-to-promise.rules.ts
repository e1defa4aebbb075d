import { roundQuantity } from '../mrp/quantity.rules.ts';

/**
 * Discrete available-to-promise (Vollmann et al., the MPS chapter): in period 0
 * on hand plus its supply, and in every later period with supply that supply,
 * less the customer orders due from that period until the next one with supply.
 * A negative amount is taken from the periods before it, latest first; what
 * period 0 still lacks stays negative: orders promised beyond what exists.
 */
export function discreteAvailableToPromise(onHand: number, supply: ArrayLike<number>, orders: ArrayLike<number>): number[] {
  const periods = supply.length;
  const available = new Array<number>(periods).fill(0);
  const supplied: number[] = [];
  for (let period = 0; period < periods; period++) {
    if (period === 0 || supply[period]! > 0) supplied.push(period);
    available[supplied.at(-1)!] = roundQuantity(available[supplied.at(-1)!]! + (period === 0 ? onHand : 0) + supply[period]! - orders[period]!);
  }
  for (let index = supplied.length - 1; index > 0; index--) {
    const period = supplied[index]!;
    if (available[period]! >= 0) continue;
    const earlier = supplied[index - 1]!;
    available[earlier] = roundQuantity(available[earlier]! + available[period]!);
    available[period] = 0;
  }
  return available;
}
