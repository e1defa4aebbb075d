import { describe, expect, it } from 'vitest';
import { createEndDemandTrace } from './pegging.rules.ts';
import { explodeGrossRequirements, planMaterialRequirements } from './mrp.rules.ts';
import type { MrpInput, MrpItem, MrpPlan, MrpRecord, Peg } from './mrp.model.ts';
import { weeklyPeriods } from './planning-horizon.rules.ts';

/**
 * Textbook MRP records, worked by hand period by period with the usual
 * gross-to-net arithmetic (Orlicky; Vollmann et al., Manufacturing Planning
 * and Control, the MRP chapter): projected on hand = previous + scheduled
 * receipts + planned receipts − gross requirements, a planned receipt
 * wherever that would fall below safety stock, released lead time earlier.
 * Each expected grid is written out in full; the comment above it is the
 * hand calculation.
 */

const lotForLot = { kind: 'LOT_FOR_LOT' } as const;

function item(id: string, overrides: Partial<MrpItem> = {}): MrpItem {
  return { id, source: 'MAKE', leadTime: 1, lotRule: lotForLot, ...overrides };
}

function input(periods: number, parts: Partial<MrpInput>): MrpInput {
  return { periods: weeklyPeriods('2026-01-05', periods), items: [], bom: [], demand: [], scheduledReceipts: [], firmPlannedOrders: [], ...parts };
}

function record(plan: MrpPlan, itemId: string): Omit<MrpRecord, 'itemId'> {
  const { itemId: _, ...rest } = plan.records.find((candidate) => candidate.itemId === itemId)!;
  return rest;
}

function orders(plan: MrpPlan, itemId: string) {
  return plan.plannedOrders.filter((order) => order.itemId === itemId).map(({ id, releasePeriod, duePeriod, quantity, receiptQuantity }) => ({ id, releasePeriod, duePeriod, quantity, receiptQuantity }));
}

function pegsOf(plan: MrpPlan, orderId: string): Peg[] {
  return (plan.plannedOrders.find((order) => order.id === orderId) ?? plan.scheduledReceipts.find((receipt) => receipt.id === orderId))!.pegs;
}

const sales = (demandId: string) => ({ type: 'INDEPENDENT', demandId, kind: 'SALES_ORDER' }) as const;
const parent = (orderId: string) => ({ type: 'PARENT_ORDER', orderId, itemId: orderId.split('@')[0]! }) as const;

describe('MRP over a product structure with a component common to two levels', () => {
  /*
   * A (end item) = 2 B + 1 C;  B = 1 C + 3 D;  C = 2 D.
   * C is used at level 1 (under A) and level 2 (under B): low-level code 2.
   * D is used at level 2 (under B) and level 3 (under A → B → C): low-level code 3.
   * Netting C or D before every parent has released would miss requirements.
   */
  const multiLevel = input(8, {
    items: [
      item('A', { leadTime: 1, onHand: 10 }),
      item('B', { leadTime: 2, onHand: 20 }),
      item('C', { leadTime: 1, onHand: 30, lotRule: { kind: 'FIXED_ORDER_QUANTITY', quantity: 100 } }),
      item('D', { source: 'BUY', leadTime: 2, onHand: 50, lotRule: { kind: 'PERIOD_ORDER_QUANTITY', periods: 2 } }),
    ],
    bom: [
      { parentId: 'A', componentId: 'B', quantityPer: 2 },
      { parentId: 'A', componentId: 'C', quantityPer: 1 },
      { parentId: 'B', componentId: 'C', quantityPer: 1 },
      { parentId: 'B', componentId: 'D', quantityPer: 3 },
      { parentId: 'C', componentId: 'D', quantityPer: 2 },
    ],
    demand: [
      { id: 'SO-1', itemId: 'A', period: 4, quantity: 40, kind: 'SALES_ORDER' },
      { id: 'SO-2', itemId: 'A', period: 6, quantity: 30, kind: 'SALES_ORDER' },
      { id: 'F-1', itemId: 'A', period: 7, quantity: 20, kind: 'FORECAST' },
      { id: 'SP-1', itemId: 'D', period: 1, quantity: 15, kind: 'SERVICE_PART' },
    ],
  });
  const plan = planMaterialRequirements(multiLevel);

  it('gives every item its deepest level as low-level code', () => {
    expect(plan.records.map((row) => [row.itemId, row.lowLevelCode])).toEqual([
      ['A', 0],
      ['B', 1],
      ['C', 2],
      ['D', 3],
    ]);
  });

  it('nets the end item lot for lot', () => {
    // A, on hand 10, lead time 1: week 4 needs 40 − 10 = 30, week 6 30, week 7 20; released a week earlier.
    expect(record(plan, 'A')).toEqual({
      lowLevelCode: 0,
      grossRequirements: [0, 0, 0, 0, 40, 0, 30, 20],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [10, 10, 10, 10, 0, 0, 0, 0],
      netRequirements: [0, 0, 0, 0, 30, 0, 30, 20],
      plannedOrderReceipts: [0, 0, 0, 0, 30, 0, 30, 20],
      plannedOrderReleases: [0, 0, 0, 30, 0, 30, 20, 0],
    });
  });

  it('explodes the parent releases into the level-1 item', () => {
    // B needs 2 per A released: weeks 3, 5, 6 → 60, 60, 40. On hand 20 leaves 40 short in week 3; lead time 2.
    expect(record(plan, 'B')).toEqual({
      lowLevelCode: 1,
      grossRequirements: [0, 0, 0, 60, 0, 60, 40, 0],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [20, 20, 20, 0, 0, 0, 0, 0],
      netRequirements: [0, 0, 0, 40, 0, 60, 40, 0],
      plannedOrderReceipts: [0, 0, 0, 40, 0, 60, 40, 0],
      plannedOrderReleases: [0, 40, 0, 60, 40, 0, 0, 0],
    });
  });

  it('adds both levels into the common component before netting it, in fixed lots of 100', () => {
    // C: from A's releases (×1) weeks 3, 5, 6 → 30, 30, 20; from B's releases (×1) weeks 1, 3, 4 → 40, 60, 40.
    // Gross: wk1 40, wk3 30 + 60 = 90, wk4 40, wk5 30, wk6 20. On hand 30.
    // wk1: 30 − 40 = −10 → one lot of 100 → 90; wk3: 90 − 90 = 0 (no shortage); wk4: 0 − 40 → lot of 100 → 60; then 30, 10, 10.
    expect(record(plan, 'C')).toEqual({
      lowLevelCode: 2,
      grossRequirements: [0, 40, 0, 90, 40, 30, 20, 0],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [30, 90, 90, 0, 60, 30, 10, 10],
      netRequirements: [0, 10, 0, 0, 40, 0, 0, 0],
      plannedOrderReceipts: [0, 100, 0, 0, 100, 0, 0, 0],
      plannedOrderReleases: [100, 0, 0, 100, 0, 0, 0, 0],
    });
  });

  it('nets the level-3 component with two-period order quantities and flags the release that is already late', () => {
    // D: from B's releases (×3) wk1 120, wk3 180, wk4 120; from C's releases (×2) wk0 200, wk3 200; service part wk1 15.
    // Gross: wk0 200, wk1 135, wk3 380, wk4 120. On hand 50, lead time 2, order covers 2 weeks.
    // wk0: 50 − 200 = −150; the order covers wk0 and wk1: 150 + 135 = 285, due wk0 so released in wk −2 (past due).
    // wk3: 0 − 380; covers wk3 and wk4: 380 + 120 = 500, released wk1.
    expect(record(plan, 'D')).toEqual({
      lowLevelCode: 3,
      grossRequirements: [200, 135, 0, 380, 120, 0, 0, 0],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [135, 0, 0, 120, 0, 0, 0, 0],
      netRequirements: [150, 0, 0, 380, 0, 0, 0, 0],
      plannedOrderReceipts: [285, 0, 0, 500, 0, 0, 0, 0],
      plannedOrderReleases: [285, 500, 0, 0, 0, 0, 0, 0],
    });
    expect(orders(plan, 'D')).toEqual([
      { id: 'D@0', releasePeriod: -2, duePeriod: 0, quantity: 285, receiptQuantity: 285 },
      { id: 'D@3', releasePeriod: 1, duePeriod: 3, quantity: 500, receiptQuantity: 500 },
    ]);
    expect(plan.exceptions).toEqual([{ kind: 'PAST_DUE', itemId: 'D', order: { type: 'PLANNED_ORDER', id: 'D@0' }, event: 'RELEASE', period: -2, periodsLate: 2, quantity: 285 }]);
  });

  it('pegs each planned order first in, first out to the demand and parent orders it serves', () => {
    // A: on hand 10 goes to SO-1, so A@4 serves the other 30 of it.
    expect(pegsOf(plan, 'A@4')).toEqual([{ demand: sales('SO-1'), period: 4, quantity: 30 }]);
    expect(pegsOf(plan, 'A@7')).toEqual([{ demand: { type: 'INDEPENDENT', demandId: 'F-1', kind: 'FORECAST' }, period: 7, quantity: 20 }]);
    // B: on hand 20 takes the first 20 of A@4's 60, B@3 the other 40.
    expect(pegsOf(plan, 'B@3')).toEqual([{ demand: parent('A@4'), period: 3, quantity: 40 }]);
    // C wk1: B@3 needs 40: 30 on hand, 10 from C@1; wk3: A@4 30 and B@5 60 from C@1. C@4 serves wk4–6 and keeps 10 as excess.
    expect(pegsOf(plan, 'C@1')).toEqual([
      { demand: parent('B@3'), period: 1, quantity: 10 },
      { demand: parent('A@4'), period: 3, quantity: 30 },
      { demand: parent('B@5'), period: 3, quantity: 60 },
    ]);
    expect(pegsOf(plan, 'C@4')).toEqual([
      { demand: parent('B@6'), period: 4, quantity: 40 },
      { demand: parent('A@6'), period: 5, quantity: 30 },
      { demand: parent('A@7'), period: 6, quantity: 20 },
      { demand: { type: 'EXCESS' }, period: 7, quantity: 10 },
    ]);
    // D wk0: C@1 needs 200: 50 on hand, 150 from D@0; wk1: SP-1 15 and B@3 120 from D@0.
    expect(pegsOf(plan, 'D@0')).toEqual([
      { demand: parent('C@1'), period: 0, quantity: 150 },
      { demand: { type: 'INDEPENDENT', demandId: 'SP-1', kind: 'SERVICE_PART' }, period: 1, quantity: 15 },
      { demand: parent('B@3'), period: 1, quantity: 120 },
    ]);
    expect(pegsOf(plan, 'D@3')).toEqual([
      { demand: parent('B@5'), period: 3, quantity: 180 },
      { demand: parent('C@4'), period: 3, quantity: 200 },
      { demand: parent('B@6'), period: 4, quantity: 120 },
    ]);
  });

  it('traces a level-3 order through its parents to the sales orders and forecast it ultimately serves', () => {
    const trace = createEndDemandTrace(plan);
    // D@3's 180 for B@5 → A@6 → SO-2. Its 200 for C@4 split as C@4 serves: B@6 40 → A@7 → F-1, A@6 30 → SO-2,
    // A@7 20 → F-1, excess 10: F-1 60 %, SO-2 30 %, C's excess 10 % → 120, 60, 20. Its 120 for B@6 → A@7 → F-1.
    expect(trace({ type: 'PLANNED_ORDER', id: 'D@3' })).toEqual([
      { type: 'INDEPENDENT', demandId: 'SO-2', kind: 'SALES_ORDER', itemId: 'A', period: 6, quantity: 240 },
      { type: 'INDEPENDENT', demandId: 'F-1', kind: 'FORECAST', itemId: 'A', period: 7, quantity: 240 },
      { type: 'EXCESS', itemId: 'C', quantity: 20 },
    ]);
    // D@0's 150 for C@1 split as C@1 serves: B@3 10 + A@4 30 → SO-1 (40 %), B@5 60 → SO-2 (60 %) → 60 and 90;
    // SP-1 15 directly; 120 for B@3 → A@4 → SO-1.
    expect(trace({ type: 'PLANNED_ORDER', id: 'D@0' })).toEqual([
      { type: 'INDEPENDENT', demandId: 'SO-1', kind: 'SALES_ORDER', itemId: 'A', period: 4, quantity: 180 },
      { type: 'INDEPENDENT', demandId: 'SO-2', kind: 'SALES_ORDER', itemId: 'A', period: 6, quantity: 90 },
      { type: 'INDEPENDENT', demandId: 'SP-1', kind: 'SERVICE_PART', itemId: 'D', period: 1, quantity: 15 },
    ]);
  });

  it('explodes gross requirements alone through every level, nothing netted', () => {
    // A's demand 40, 30, 20 (wk 4, 6, 7) starts a week earlier: B gets 80, 60, 40 (wk 3, 5, 6), C gets 40, 30, 20.
    // B starts 2 weeks earlier: C gets 80, 60, 40 (wk 1, 3, 4), D 240, 180, 120.
    // C = wk1 80, wk3 40 + 60, wk4 40, wk5 30, wk6 20, started a week earlier ×2 into D: wk0 160, wk2 200, wk3 80, wk4 60, wk5 40.
    // D = those + B's + SP-1 15 in wk1.
    expect(explodeGrossRequirements(multiLevel).records).toEqual([
      { itemId: 'A', lowLevelCode: 0, grossRequirements: [0, 0, 0, 0, 40, 0, 30, 20] },
      { itemId: 'B', lowLevelCode: 1, grossRequirements: [0, 0, 0, 80, 0, 60, 40, 0] },
      { itemId: 'C', lowLevelCode: 2, grossRequirements: [0, 80, 0, 100, 40, 30, 20, 0] },
      { itemId: 'D', lowLevelCode: 3, grossRequirements: [160, 255, 200, 260, 180, 40, 0, 0] },
    ]);
  });
});
