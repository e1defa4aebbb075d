import { notFound } from '@plexus/errors';
import type { DemandKind, DemandRef, MrpPlan, OrderRef, Peg } from './mrp.model.ts';
import { QUANTITY_EPSILON, roundQuantity } from './quantity.rules.ts';

/**
 * First in, first out pegging of one item: the oldest supply still on hand
 * serves the oldest demand still open. Supplies and demands are added period
 * by period (supplies of a period before its demands); what is left at the
 * end of the horizon serves safety stock, then is excess.
 */
export class FirstInFirstOutPegging {
  /** The pegs array of the supplying order, or null for stock on hand at the start, whose pegs nobody keeps. */
  private supplyPegs: (Peg[] | null)[] = [];
  private supplyLeft: number[] = [];
  private supplyHead = 0;
  private demandRefs: DemandRef[] = [];
  private demandPeriods: number[] = [];
  private demandLeft: number[] = [];
  private demandHead = 0;

  reset(): void {
    this.supplyPegs.length = 0;
    this.supplyLeft.length = 0;
    this.supplyHead = 0;
    this.demandRefs.length = 0;
    this.demandPeriods.length = 0;
    this.demandLeft.length = 0;
    this.demandHead = 0;
  }

  addSupply(pegs: Peg[] | null, quantity: number): void {
    if (quantity <= QUANTITY_EPSILON) return;
    this.supplyPegs.push(pegs);
    this.supplyLeft.push(quantity);
  }

  addDemand(demand: DemandRef, period: number, quantity: number): void {
    if (quantity <= QUANTITY_EPSILON) return;
    this.demandRefs.push(demand);
    this.demandPeriods.push(period);
    this.demandLeft.push(quantity);
  }

  match(): void {
    while (this.supplyHead < this.supplyLeft.length && this.demandHead < this.demandLeft.length) {
      const supplied = this.supplyLeft[this.supplyHead]!;
      const demanded = this.demandLeft[this.demandHead]!;
      const quantity = Math.min(supplied, demanded);
      this.supplyPegs[this.supplyHead]?.push({ demand: this.demandRefs[this.demandHead]!, period: this.demandPeriods[this.demandHead]!, quantity: roundQuantity(quantity) });
      if (supplied - quantity <= QUANTITY_EPSILON) this.supplyHead++;
      else this.supplyLeft[this.supplyHead] = supplied - quantity;
      if (demanded - quantity <= QUANTITY_EPSILON) this.demandHead++;
      else this.demandLeft[this.demandHead] = demanded - quantity;
    }
  }

  /** Pegs what no demand took: the oldest of it to safety stock, up to `safetyStock`, the rest to excess. */
  settle(safetyStock: number, lastPeriod: number): void {
    let toSafetyStock = safetyStock;
    for (let supply = this.supplyHead; supply < this.supplyLeft.length; supply++) {
      const left = this.supplyLeft[supply]!;
      const kept = Math.min(left, toSafetyStock);
      toSafetyStock -= kept;
      const pegs = this.supplyPegs[supply];
      if (!pegs) continue;
      if (kept > QUANTITY_EPSILON) pegs.push({ demand: safetyStockRef, period: lastPeriod, quantity: roundQuantity(kept) });
      if (left - kept > QUANTITY_EPSILON) pegs.push({ demand: excessRef, period: lastPeriod, quantity: roundQuantity(left - kept) });
    }
  }
}

export const safetyStockRef: DemandRef = { type: 'SAFETY_STOCK' };
export const excessRef: DemandRef = { type: 'EXCESS' };

/** A share of an order traced to what ultimately needs it, in the traced order's units. */
export type EndDemandShare =
  | { type: 'INDEPENDENT'; demandId: string; kind: DemandKind; itemId: string; period: number; quantity: number }
  /** Safety stock or excess of `itemId`: the traced item's own or an ancestor's through its orders. */
  | { type: 'SAFETY_STOCK' | 'EXCESS'; itemId: string; quantity: number };

/**
 * Full pegging: follows an order's pegs up through parent orders to independent
 * demand. A parent order's share goes to its own end demands in the proportions
 * it serves them (an order serves all its demands from one pool of units), so
 * the shares of an order add up to what it pegs. Traces are kept, so tracing
 * every order of a plan costs each order once.
 */
export function createEndDemandTrace(plan: MrpPlan): (order: OrderRef) => EndDemandShare[] {
  const orders = new Map(plan.plannedOrders.map((order) => [order.id, order]));
  const receipts = new Map(plan.scheduledReceipts.map((receipt) => [receipt.id, receipt]));
  const traced = new Map<string, Map<string, EndDemandShare>>();

  const sharesOf = (itemId: string, pegs: readonly Peg[]): Map<string, EndDemandShare> => {
    const shares = new Map<string, EndDemandShare>();
    const add = (key: string, share: EndDemandShare) => {
      const existing = shares.get(key);
      if (existing) existing.quantity += share.quantity;
      else shares.set(key, { ...share });
    };
    for (const { demand, period, quantity } of pegs) {
      if (demand.type === 'INDEPENDENT') add(`I ${demand.demandId}`, { type: 'INDEPENDENT', demandId: demand.demandId, kind: demand.kind, itemId, period, quantity });
      else if (demand.type === 'SAFETY_STOCK' || demand.type === 'EXCESS') add(`${demand.type} ${itemId}`, { type: demand.type, itemId, quantity });
      else {
        const parentShares = parentSharesOf(demand.orderId);
        let total = 0;
        for (const share of parentShares.values()) total += share.quantity;
        if (total <= QUANTITY_EPSILON) continue;
        for (const [key, share] of parentShares) add(key, { ...share, quantity: (quantity * share.quantity) / total });
      }
    }
    return shares;
  };

  const parentSharesOf = (orderId: string): Map<string, EndDemandShare> => {
    let shares = traced.get(orderId);
    if (!shares) {
      const order = orders.get(orderId);
      shares = order ? sharesOf(order.itemId, order.pegs) : new Map();
      traced.set(orderId, shares);
    }
    return shares;
  };

  return (order) => {
    let shares: Map<string, EndDemandShare> | undefined;
    if (order.type === 'SCHEDULED_RECEIPT') {
      const receipt = receipts.get(order.id);
      shares = receipt ? sharesOf(receipt.itemId, receipt.pegs) : undefined;
    } else if (orders.has(order.id)) shares = parentSharesOf(order.id);
    if (!shares) throw notFound(`No ${order.type.toLowerCase().replaceAll('_', ' ')} ${order.id} in this plan`, { orderId: order.id });
    return [...shares.values()].map((share) => ({ ...share, quantity: roundQuantity(share.quantity) }));
  };
}
