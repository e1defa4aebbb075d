import { seededRandom } from '../scheduling/index.ts';
import type { BomLink, FirmPlannedOrder, IndependentDemand, LotRule, MrpInput, MrpItem, ScheduledReceipt } from './mrp.model.ts';
import { weeklyPeriods } from './planning-horizon.rules.ts';

export interface SyntheticPlantOptions {
  items: number;
  /** Levels of the product structure: end items at 0, bought materials at the deepest. */
  levels: number;
  periods: number;
  seed: number;
}

/**
 * A deterministic plant for the MRP benchmark and the invariant spec: items
 * spread over the levels (more of them deeper down), each made item built from
 * 2–4 components of the next level with popular ones shared by many parents,
 * and one link in six reaching two or more levels deeper, so components are
 * common to several levels. Every item below the top has a parent on the level
 * just above, so the low-level codes span all levels. Sales orders for the
 * first weeks and forecasts after them on end items, service parts on some
 * subassemblies, open orders and firm planned orders in the first weeks, and
 * a mix of lot rules, safety stocks, yields and scrap.
 */
export function generateSyntheticPlant({ items: itemCount, levels, periods, seed }: SyntheticPlantOptions): MrpInput {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const weights = Array.from({ length: levels }, (_, level) => 1 + level * 0.5);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const levelSizes = weights.map((weight) => Math.max(1, Math.floor((itemCount * weight) / totalWeight)));
  levelSizes[levels - 1]! += itemCount - levelSizes.reduce((sum, size) => sum + size, 0);

  const items: MrpItem[] = [];
  const byLevel: string[][] = [];
  levelSizes.forEach((size, level) => {
    const ids: string[] = [];
    for (let index = 0; index < size; index++) {
      const id = `L${level}-${String(index).padStart(4, '0')}`;
      const bought = level === levels - 1;
      ids.push(id);
      items.push({
        id,
        source: bought ? 'BUY' : 'MAKE',
        leadTime: between(bought ? 1 : 0, bought ? 4 : 2),
        lotRule: lotRule(random, between),
        safetyStock: random() < 0.3 ? between(5, 50) : 0,
        onHand: between(0, 400),
        yieldPercent: !bought && random() < 0.2 ? between(90, 99) : 100,
        componentScrapPercent: random() < 0.15 ? between(1, 5) : 0,
      });
    }
    byLevel.push(ids);
  });

  const bom: BomLink[] = [];
  const linked = new Set<string>();
  const link = (parentId: string, componentId: string) => {
    const key = `${parentId} ${componentId}`;
    if (linked.has(key)) return;
    linked.add(key);
    const draw = random();
    bom.push({ parentId, componentId, quantityPer: draw < 0.7 ? 1 : draw < 0.9 ? 2 : between(1, 3) / 4 });
  };
  // Squaring a uniform draw favours the first items of a level: those are the popular, shared components.
  const popular = (ids: string[]) => ids[Math.floor(random() * random() * ids.length)]!;
  for (let level = 1; level < levels; level++) {
    byLevel[level]!.forEach((componentId, index) => link(byLevel[level - 1]![index % byLevel[level - 1]!.length]!, componentId));
  }
  for (let level = 0; level < levels - 1; level++) {
    for (const parentId of byLevel[level]!) {
      const extra = between(1, 3);
      for (let count = 0; count < extra; count++) {
        const deeper = random() < 1 / 6 && level + 2 < levels ? between(level + 2, levels - 1) : level + 1;
        link(parentId, popular(byLevel[deeper]!));
      }
    }
  }

  const demand: IndependentDemand[] = [];
  const ordersWindow = Math.min(periods, 8);
  for (const itemId of byLevel[0]!) {
    const weekly = between(10, 120);
    for (let period = 0; period < periods; period++) {
      const quantity = Math.max(0, Math.round(weekly * (0.6 + 0.8 * random())));
      if (quantity === 0) continue;
      const kind = period < ordersWindow ? 'SALES_ORDER' : 'FORECAST';
      demand.push({ id: `${kind === 'SALES_ORDER' ? 'SO' : 'FC'}-${itemId}-${period}`, itemId, period, quantity, kind });
    }
  }
  for (const itemId of byLevel[Math.min(1, levels - 1)]!) {
    if (random() >= 0.2) continue;
    for (let period = between(0, 3); period < periods; period += between(2, 6)) demand.push({ id: `SP-${itemId}-${period}`, itemId, period, quantity: between(1, 20), kind: 'SERVICE_PART' });
  }

  const scheduledReceipts: ScheduledReceipt[] = [];
  const firmPlannedOrders: FirmPlannedOrder[] = [];
  items.forEach((item, index) => {
    if (random() < 0.35) {
      scheduledReceipts.push({
        id: `${item.source === 'BUY' ? 'PO' : 'WO'}-${index}`,
        itemId: item.id,
        kind: item.source === 'BUY' ? 'PURCHASE_ORDER' : 'WORK_ORDER',
        duePeriod: between(-1, Math.min(periods - 1, 6)),
        quantity: between(20, 300),
        firm: random() < 0.2,
      });
    }
    if (item.source === 'MAKE' && random() < 0.1) firmPlannedOrders.push({ id: `FP-${index}`, itemId: item.id, duePeriod: between(0, Math.min(periods - 1, 4)), quantity: between(20, 200) });
  });

  return { periods: weeklyPeriods('2027-01-04', periods), items, bom, demand, scheduledReceipts, firmPlannedOrders };
}

function lotRule(random: () => number, between: (low: number, high: number) => number): LotRule {
  const draw = random();
  if (draw < 0.45) return { kind: 'LOT_FOR_LOT' };
  if (draw < 0.65) return { kind: 'FIXED_ORDER_QUANTITY', quantity: between(2, 40) * 25 };
  if (draw < 0.85) return { kind: 'PERIOD_ORDER_QUANTITY', periods: between(2, 4) };
  const multiple = between(1, 4) * 10;
  return { kind: 'LOT_FOR_LOT', minimum: multiple * between(1, 5), multiple, maximum: multiple * between(100, 400) };
}
