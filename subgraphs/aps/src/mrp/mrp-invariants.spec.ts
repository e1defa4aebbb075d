import { describe, expect, it } from 'vitest';
import { createEndDemandTrace } from './pegging.rules.ts';
import { explodeGrossRequirements, planMaterialRequirements } from './mrp.rules.ts';
import type { MrpItem, PlannedOrder } from './mrp.model.ts';
import { generateSyntheticPlant } from './synthetic-plant.ts';

/**
 * What must hold for any plan, checked on a generated plant of five levels
 * with shared components, every lot rule, safety stock, yield, scrap, open
 * and firm orders: the record's arithmetic, the explosion, the netting
 * guarantee, lot rules and pegging.
 */
const input = generateSyntheticPlant({ items: 400, levels: 5, periods: 20, seed: 5 });
const plan = planMaterialRequirements(input);
const periods = input.periods.length;
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-5);
const itemsById = new Map(input.items.map((item) => [item.id, item]));
const ordersByItem = new Map<string, PlannedOrder[]>();
for (const order of plan.plannedOrders) ordersByItem.set(order.itemId, [...(ordersByItem.get(order.itemId) ?? []), order]);

describe('MRP invariants on a generated plant', () => {
  it('is a real test case: every level, lot rule, message and kind of supply occurs', () => {
    expect(new Set(plan.records.map((record) => record.lowLevelCode))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(new Set(input.items.map((item) => item.lotRule!.kind)).size).toBe(3);
    expect(new Set(plan.exceptions.map((exception) => exception.kind))).toEqual(new Set(['EXPEDITE', 'DEFER', 'CANCEL', 'PAST_DUE', 'BELOW_SAFETY_STOCK']));
    expect(plan.plannedOrders.some((order) => order.firm)).toBe(true);
    expect(plan.plannedOrders.length).toBeGreaterThan(1000);
  });

  it('keeps projected on hand = previous + scheduled receipts + planned receipts − gross requirements', () => {
    for (const record of plan.records) {
      let onHand = itemsById.get(record.itemId)!.onHand ?? 0;
      for (let period = 0; period < periods; period++) {
        onHand += record.scheduledReceipts[period]! + record.plannedOrderReceipts[period]! - record.grossRequirements[period]!;
        close(record.projectedOnHand[period]!, onHand);
      }
    }
  });

  it('gives each item as gross requirements its independent demand plus every parent order × quantity per × scrap on the release period', () => {
    const expected = new Map(input.items.map((item) => [item.id, new Array<number>(periods).fill(0)]));
    for (const demand of input.demand) expected.get(demand.itemId)![Math.max(0, demand.period)]! += demand.quantity;
    for (const link of input.bom) {
      const scrap = (link.scrapPercent ?? itemsById.get(link.componentId)!.componentScrapPercent ?? 0) / 100;
      for (const order of ordersByItem.get(link.parentId) ?? []) expected.get(link.componentId)![Math.max(0, order.releasePeriod)]! += order.quantity * link.quantityPer * (1 + scrap);
    }
    for (const record of plan.records) record.grossRequirements.forEach((gross, period) => close(gross, expected.get(record.itemId)![period]!));
  });

  it('keeps safety stock in every period once open orders are moved where MRP needs them', () => {
    for (const record of plan.records) {
      const item = itemsById.get(record.itemId)!;
      const arrivals = new Array<number>(periods).fill(0);
      for (const receipt of plan.scheduledReceipts.filter((candidate) => candidate.itemId === item.id)) {
        if (receipt.neededPeriod !== null) arrivals[receipt.neededPeriod]! += receipt.quantity;
      }
      let balance = item.onHand ?? 0;
      for (let period = 0; period < periods; period++) {
        balance += arrivals[period]! + record.plannedOrderReceipts[period]! - record.grossRequirements[period]!;
        expect(balance).toBeGreaterThan((item.safetyStock ?? 0) - 1e-5);
      }
    }
  });

  it('sizes every planned order by its item lot rule and offsets it by the lead time', () => {
    const rounded = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < 1e-6;
    for (const order of plan.plannedOrders.filter((candidate) => !candidate.firm)) {
      const item: MrpItem = itemsById.get(order.itemId)!;
      const rule = item.lotRule!;
      expect(order.releasePeriod).toBe(order.duePeriod - item.leadTime!);
      close(order.receiptQuantity, order.quantity * (item.yieldPercent ?? 100) / 100);
      if (rule.kind === 'FIXED_ORDER_QUANTITY') expect(rounded(order.quantity, rule.quantity)).toBe(true);
      if (rule.multiple) expect(rounded(order.quantity, rule.multiple)).toBe(true);
      if (rule.minimum) expect(order.quantity).toBeGreaterThanOrEqual(rule.minimum);
      if (rule.maximum) expect(order.quantity).toBeLessThanOrEqual(rule.maximum);
    }
    expect(new Set(plan.plannedOrders.map((order) => order.id)).size).toBe(plan.plannedOrders.length);
  });

  it('pegs every unit each order receives, and never more of a demand than it asks for', () => {
    const pegged = new Map<string, number>();
    const supplies: { pegs: PlannedOrder['pegs']; quantity: number }[] = [
      ...plan.plannedOrders.map((order) => ({ pegs: order.pegs, quantity: order.receiptQuantity })),
      ...plan.scheduledReceipts,
    ];
    for (const { pegs, quantity } of supplies) {
      close(pegs.reduce((sum, peg) => sum + peg.quantity, 0), quantity);
      for (const { demand, quantity: share } of pegs) if (demand.type === 'INDEPENDENT') pegged.set(demand.demandId, (pegged.get(demand.demandId) ?? 0) + share);
    }
    for (const demand of input.demand) {
      const fromOrders = pegged.get(demand.id) ?? 0;
      expect(fromOrders).toBeLessThan(demand.quantity + 1e-5);
      // What orders do not cover came from stock on hand at the start.
      expect(fromOrders).toBeGreaterThan(demand.quantity - (itemsById.get(demand.itemId)!.onHand ?? 0) - 1e-5);
    }
  });

  it('traces every order of the deepest level to end demand, safety stock or excess adding up to what it receives', () => {
    const trace = createEndDemandTrace(plan);
    const deepest = plan.plannedOrders.filter((order) => order.itemId.startsWith('L4-')).slice(0, 200);
    for (const order of deepest) {
      const shares = trace({ type: order.firm ? 'FIRM_PLANNED_ORDER' : 'PLANNED_ORDER', id: order.id });
      expect(Math.abs(shares.reduce((sum, share) => sum + share.quantity, 0) - order.receiptQuantity)).toBeLessThan(1e-3);
      for (const share of shares) if (share.type === 'INDEPENDENT') expect(itemsById.get(share.itemId)).toBeDefined();
    }
  });

  it('gives the same plan for the same input', () => {
    expect(planMaterialRequirements(input)).toEqual(plan);
    expect(explodeGrossRequirements(input)).toEqual(explodeGrossRequirements(structuredClone(input)));
  });
});
