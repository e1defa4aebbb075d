import { validateLotRule } from './lot-sizing.rules.ts';
import { lowLevelCodes, type ProductStructureIndex } from './low-level-code.rules.ts';
import { PlanningInputError, type LotRule, type MrpInput } from './mrp.model.ts';
import { validatePeriods } from './planning-horizon.rules.ts';

/**
 * MRP's input checked in full and laid out by item ordinal: every refusal is
 * raised here, before any planning, and the engine's loops index arrays.
 */
export interface CompiledMrpInput {
  input: MrpInput;
  periodCount: number;
  itemCount: number;
  leadTime: Int32Array;
  lotRule: LotRule[];
  safetyStock: Float64Array;
  onHand: Float64Array;
  yieldFraction: Float64Array;
  masterScheduled: Uint8Array;
  structure: ProductStructureIndex;
  /** Per link: component quantity per unit of the parent's order, scrap included. */
  linkFactor: Float64Array;
  lowLevelCode: Int32Array;
  /** Item ordinals, every parent before its components. */
  planningOrder: Int32Array;
  /** Per item: indices into `input.demand`, by period, then input order. */
  demandByItem: number[][];
  /** Per item: indices into `input.scheduledReceipts`, by due period, then input order. */
  receiptsByItem: number[][];
  /** Per item: indices into `input.firmPlannedOrders`, by due period, then input order. */
  firmOrdersByItem: number[][];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function requireQuantity(value: unknown, what: string, details: Record<string, unknown>, { positive = false } = {}): number {
  if (value === undefined) return 0;
  if (!isNumber(value) || value < 0 || (positive && value === 0)) {
    throw new PlanningInputError('BAD_QUANTITY', `${what} must be ${positive ? 'greater than 0' : '0 or more'}`, details);
  }
  return value;
}

/** A period of a demand or order: an integer before the end of the horizon (negative: past due). */
export function requirePeriod(value: unknown, periodCount: number, what: string, details: Record<string, unknown>): number {
  if (!Number.isInteger(value) || (value as number) >= periodCount) {
    throw new PlanningInputError('PERIOD_OUT_OF_HORIZON', `${what} must be a whole period before ${periodCount} (negative: past due)`, details);
  }
  return value as number;
}

function groupByItem(count: number, records: readonly { itemId: string }[], periodOf: (index: number) => number, itemIndex: Map<string, number>): number[][] {
  const groups: number[][] = Array.from({ length: count }, () => []);
  records.forEach((record, index) => groups[itemIndex.get(record.itemId)!]!.push(index));
  for (const group of groups) if (group.length > 1) group.sort((a, b) => periodOf(a) - periodOf(b) || a - b);
  return groups;
}

export function compileMrpInput(input: MrpInput): CompiledMrpInput {
  validatePeriods(input.periods);
  const periodCount = input.periods.length;
  const itemCount = input.items.length;
  const itemIndex = new Map<string, number>();
  const leadTime = new Int32Array(itemCount);
  const lotRule: LotRule[] = [];
  const safetyStock = new Float64Array(itemCount);
  const onHand = new Float64Array(itemCount);
  const yieldFraction = new Float64Array(itemCount);
  const scrapFraction = new Float64Array(itemCount);
  const masterScheduled = new Uint8Array(itemCount);

  input.items.forEach((item, ordinal) => {
    const at = { itemId: item.id };
    if (itemIndex.has(item.id)) throw new PlanningInputError('DUPLICATE_ID', `Item ${item.id} is listed twice`, at);
    itemIndex.set(item.id, ordinal);
    if (item.source !== 'MAKE' && item.source !== 'BUY') throw new PlanningInputError('BAD_SOURCE', `Item ${item.id}: source must be MAKE or BUY`, { ...at, field: 'source' });
    if (item.leadTime === null || item.leadTime === undefined) throw new PlanningInputError('MISSING_LEAD_TIME', `Item ${item.id} has no lead time`, at);
    if (!Number.isInteger(item.leadTime) || item.leadTime < 0) throw new PlanningInputError('BAD_LEAD_TIME', `Item ${item.id}: the lead time must be a whole number of periods, 0 or more`, at);
    if (item.lotRule === null || item.lotRule === undefined) throw new PlanningInputError('MISSING_LOT_RULE', `Item ${item.id} has no lot-sizing rule`, at);
    validateLotRule(item.id, item.lotRule);
    leadTime[ordinal] = item.leadTime;
    lotRule.push(item.lotRule);
    safetyStock[ordinal] = requireQuantity(item.safetyStock, `Item ${item.id}: safety stock`, { ...at, field: 'safetyStock' });
    onHand[ordinal] = requireQuantity(item.onHand, `Item ${item.id}: on hand`, { ...at, field: 'onHand' });
    const scrap = item.componentScrapPercent ?? 0;
    if (!isNumber(scrap) || scrap < 0 || scrap >= 100) throw new PlanningInputError('BAD_PERCENT', `Item ${item.id}: component scrap must be at least 0 and below 100 %`, { ...at, field: 'componentScrapPercent' });
    scrapFraction[ordinal] = scrap / 100;
    const yieldPercent = item.yieldPercent ?? 100;
    if (!isNumber(yieldPercent) || yieldPercent <= 0 || yieldPercent > 100) throw new PlanningInputError('BAD_PERCENT', `Item ${item.id}: yield must be above 0 and at most 100 %`, { ...at, field: 'yieldPercent' });
    yieldFraction[ordinal] = yieldPercent / 100;
    masterScheduled[ordinal] = item.masterScheduled ? 1 : 0;
  });

  const ordinalOf = (itemId: string, details: Record<string, unknown>): number => {
    const ordinal = itemIndex.get(itemId);
    if (ordinal === undefined) throw new PlanningInputError('UNKNOWN_ITEM', `Unknown item ${itemId}`, { ...details, itemId });
    return ordinal;
  };

  const linkCount = input.bom.length;
  const parentOf = new Int32Array(linkCount);
  const componentOf = new Int32Array(linkCount);
  const firstLink = new Int32Array(itemCount + 1);
  const seenLinks = new Set<string>();
  input.bom.forEach((link, index) => {
    const at = { bomLink: index, parentId: link.parentId, componentId: link.componentId };
    parentOf[index] = ordinalOf(link.parentId, at);
    componentOf[index] = ordinalOf(link.componentId, at);
    requireQuantity(link.quantityPer, `BOM link ${link.parentId} → ${link.componentId}: quantity per`, { ...at, field: 'quantityPer' }, { positive: true });
    if (link.scrapPercent !== undefined && !(isNumber(link.scrapPercent) && link.scrapPercent >= 0 && link.scrapPercent < 100)) {
      throw new PlanningInputError('BAD_PERCENT', `BOM link ${link.parentId} → ${link.componentId}: scrap must be at least 0 and below 100 %`, { ...at, field: 'scrapPercent' });
    }
    const key = `${link.parentId}\u0000${link.componentId}`;
    if (seenLinks.has(key)) throw new PlanningInputError('DUPLICATE_BOM_LINK', `${link.componentId} is listed twice in the BOM of ${link.parentId}`, at);
    seenLinks.add(key);
    firstLink[parentOf[index]! + 1]!++;
  });
  for (let item = 0; item < itemCount; item++) firstLink[item + 1]! += firstLink[item]!;
  const component = new Int32Array(linkCount);
  const linkFactor = new Float64Array(linkCount);
  const fill = firstLink.slice(0, itemCount);
  input.bom.forEach((link, index) => {
    const slot = fill[parentOf[index]!]!++;
    component[slot] = componentOf[index]!;
    const scrap = link.scrapPercent !== undefined ? link.scrapPercent / 100 : scrapFraction[componentOf[index]!]!;
    linkFactor[slot] = link.quantityPer * (1 + scrap);
  });
  const structure = { firstLink, component };
  const coding = lowLevelCodes(itemCount, structure);
  if (coding.cycle) {
    const path = coding.cycle.map((ordinal) => input.items[ordinal]!.id);
    throw new PlanningInputError('BOM_CYCLE', `The bills of materials form a cycle: ${path.join(' → ')}`, { cycle: path });
  }

  const seen = new Set<string>();
  const uniqueId = (id: string, what: string) => {
    if (seen.has(id)) throw new PlanningInputError('DUPLICATE_ID', `${what} ${id}: the id is used twice`, { id });
    seen.add(id);
  };
  input.demand.forEach((demand) => {
    const at = { demandId: demand.id };
    uniqueId(demand.id, 'Demand');
    ordinalOf(demand.itemId, at);
    requirePeriod(demand.period, periodCount, `Demand ${demand.id}: the period`, { ...at, field: 'period' });
    requireQuantity(demand.quantity, `Demand ${demand.id}: the quantity`, { ...at, field: 'quantity' });
  });
  seen.clear();
  input.scheduledReceipts.forEach((receipt) => {
    const at = { receiptId: receipt.id };
    uniqueId(receipt.id, 'Scheduled receipt');
    ordinalOf(receipt.itemId, at);
    requirePeriod(receipt.duePeriod, periodCount, `Scheduled receipt ${receipt.id}: the due period`, { ...at, field: 'duePeriod' });
    requireQuantity(receipt.quantity, `Scheduled receipt ${receipt.id}: the quantity`, { ...at, field: 'quantity' });
  });
  seen.clear();
  input.firmPlannedOrders.forEach((order) => {
    const at = { orderId: order.id };
    uniqueId(order.id, 'Firm planned order');
    ordinalOf(order.itemId, at);
    requirePeriod(order.duePeriod, periodCount, `Firm planned order ${order.id}: the due period`, { ...at, field: 'duePeriod' });
    if (order.releasePeriod !== undefined && !(Number.isInteger(order.releasePeriod) && order.releasePeriod <= order.duePeriod)) {
      throw new PlanningInputError('PERIOD_OUT_OF_HORIZON', `Firm planned order ${order.id}: the release period must be a whole period, not after the due period`, { ...at, field: 'releasePeriod' });
    }
    requireQuantity(order.quantity, `Firm planned order ${order.id}: the quantity`, { ...at, field: 'quantity' }, { positive: true });
  });

  const { demand, scheduledReceipts, firmPlannedOrders } = input;
  return {
    input,
    periodCount,
    itemCount,
    leadTime,
    lotRule,
    safetyStock,
    onHand,
    yieldFraction,
    masterScheduled,
    structure,
    linkFactor,
    lowLevelCode: coding.codes,
    planningOrder: coding.order,
    demandByItem: groupByItem(itemCount, demand, (index) => demand[index]!.period, itemIndex),
    receiptsByItem: groupByItem(itemCount, scheduledReceipts, (index) => scheduledReceipts[index]!.duePeriod, itemIndex),
    firmOrdersByItem: groupByItem(itemCount, firmPlannedOrders, (index) => firmPlannedOrders[index]!.duePeriod, itemIndex),
  };
}
