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

describe('MRP lot sizing on one item', () => {
  /*
   * Net requirements of the lot-sizing comparison in Vollmann et al.
   * (weeks 1–12: 10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10; total 1105),
   * here as gross requirements in periods 1–12 with nothing on hand, lead time 1.
   */
  const weekly = [0, 10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10];
  const lotSizing = (lotRule: MrpItem['lotRule']) =>
    planMaterialRequirements(
      input(13, {
        items: [item('X', { lotRule })],
        demand: weekly.flatMap((quantity, period) => (quantity ? [{ id: `d${period}`, itemId: 'X', period, quantity, kind: 'FORECAST' as const }] : [])),
      }),
    );

  it('orders exactly the net requirement lot for lot', () => {
    const plan = lotSizing(lotForLot);
    expect(record(plan, 'X')).toMatchObject({
      grossRequirements: weekly,
      projectedOnHand: Array(13).fill(0),
      netRequirements: weekly,
      plannedOrderReceipts: weekly,
      plannedOrderReleases: [...weekly.slice(1), 0],
    });
    expect(plan.plannedOrders).toHaveLength(11);
  });

  it('orders the smallest multiple of a fixed quantity that covers the shortage', () => {
    // FOQ 166 (the example's EOQ). wk1: −10 → 166 → 156; 146, 131, 111, 41; wk6: 41 − 180 = −139 → 166 → 27;
    // wk7: 27 − 250 = −223 → 2 × 166 → 109; wk8: 109 − 270 = −161 → 166 → 5; wk9: 5 − 230 = −225 → 332 → 107; 67, 67, 57.
    const plan = lotSizing({ kind: 'FIXED_ORDER_QUANTITY', quantity: 166 });
    expect(record(plan, 'X')).toMatchObject({
      projectedOnHand: [0, 156, 146, 131, 111, 41, 27, 109, 5, 107, 67, 67, 57],
      netRequirements: [0, 10, 0, 0, 0, 0, 139, 223, 161, 225, 0, 0, 0],
      plannedOrderReceipts: [0, 166, 0, 0, 0, 0, 166, 332, 166, 332, 0, 0, 0],
      plannedOrderReleases: [166, 0, 0, 0, 0, 166, 332, 166, 332, 0, 0, 0, 0],
    });
  });

  it('orders three periods of requirements at a time with a period order quantity', () => {
    // POQ 3: wk1 covers wk1–3 (10 + 10 + 15 = 35), wk4 covers wk4–6 (20 + 70 + 180 = 270),
    // wk7 covers wk7–9 (250 + 270 + 230 = 750), wk10 covers wk10–12 (40 + 0 + 10 = 50).
    const plan = lotSizing({ kind: 'PERIOD_ORDER_QUANTITY', periods: 3 });
    expect(record(plan, 'X')).toMatchObject({
      projectedOnHand: [0, 25, 15, 0, 250, 180, 0, 500, 230, 0, 10, 10, 0],
      netRequirements: [0, 10, 0, 0, 20, 0, 0, 250, 0, 0, 40, 0, 0],
      plannedOrderReceipts: [0, 35, 0, 0, 270, 0, 0, 750, 0, 0, 50, 0, 0],
      plannedOrderReleases: [35, 0, 0, 270, 0, 0, 750, 0, 0, 50, 0, 0, 0],
    });
  });

  it('raises lot-for-lot orders to the minimum, rounds them to the multiple and splits them at the maximum', () => {
    // Minimum 50, multiple 25, maximum 200.
    // wk1: −10 → 50 → 40; 30, 15; wk4: −5 → 50 → 45; wk5: −25 → 50 → 25; wk6: −155 → 175 → 20;
    // wk7: −230 → 250 → 200 + 50 → 20; wk8: −250 → 200 + 50 → 0; wk9: −230 → 250 → 200 + 50 → 20;
    // wk10: 20 − 40 = −20 → 50 → 30; 30; wk12: 30 − 10 = 20.
    const plan = lotSizing({ kind: 'LOT_FOR_LOT', minimum: 50, multiple: 25, maximum: 200 });
    expect(record(plan, 'X')).toMatchObject({
      projectedOnHand: [0, 40, 30, 15, 45, 25, 20, 20, 0, 20, 30, 30, 20],
      netRequirements: [0, 10, 0, 0, 5, 25, 155, 230, 250, 230, 20, 0, 0],
      plannedOrderReceipts: [0, 50, 0, 0, 50, 50, 175, 250, 250, 250, 50, 0, 0],
    });
    expect(orders(plan, 'X').filter((order) => order.duePeriod === 7)).toEqual([
      { id: 'X@7', releasePeriod: 6, duePeriod: 7, quantity: 200, receiptQuantity: 200 },
      { id: 'X@7#2', releasePeriod: 6, duePeriod: 7, quantity: 50, receiptQuantity: 50 },
    ]);
  });
});

describe('MRP with safety stock and open orders', () => {
  /*
   * B: on hand 50, safety stock 20, lead time 2, lot for lot; open PO-1 40 due wk0, PO-2 30 due wk4.
   * wk0: 50 − 30 = 20, at safety stock: PO-1 not needed yet.  wk1: 20 − 20 = 0 → PO-1 needed: 40 (defer 0 → 1).
   * wk2: 40 − 40 = 0 → PO-2 needed: 30 (expedite 4 → 2).  wk3: 30 − 10 = 20.
   * wk4: 20 − 30 = −10 → net 30 (no open order left); wk5: 20 − 60 → 60; wk6: 20 − 25 → 25; wk7: 20 − 15 → 15.
   * Projected on hand shows the open orders where they are due today: 50 + 40 − 30 = 60, 40, 0, −10, then 20:
   * below safety stock in wk2–3 unless PO-2 is brought in.
   */
  const plan = planMaterialRequirements(
    input(8, {
      items: [item('B', { source: 'BUY', leadTime: 2, onHand: 50, safetyStock: 20 })],
      demand: [30, 20, 40, 10, 30, 60, 25, 15].map((quantity, period) => ({ id: `b${period}`, itemId: 'B', period, quantity, kind: 'SALES_ORDER' as const })),
      scheduledReceipts: [
        { id: 'PO-1', itemId: 'B', kind: 'PURCHASE_ORDER', duePeriod: 0, quantity: 40 },
        { id: 'PO-2', itemId: 'B', kind: 'PURCHASE_ORDER', duePeriod: 4, quantity: 30 },
      ],
    }),
  );

  it('keeps safety stock and counts open orders where they are needed', () => {
    expect(record(plan, 'B')).toEqual({
      lowLevelCode: 0,
      grossRequirements: [30, 20, 40, 10, 30, 60, 25, 15],
      scheduledReceipts: [40, 0, 0, 0, 30, 0, 0, 0],
      projectedOnHand: [60, 40, 0, -10, 20, 20, 20, 20],
      netRequirements: [0, 0, 0, 0, 30, 60, 25, 15],
      plannedOrderReceipts: [0, 0, 0, 0, 30, 60, 25, 15],
      plannedOrderReleases: [0, 0, 30, 60, 25, 15, 0, 0],
    });
    expect(plan.scheduledReceipts.map(({ id, neededPeriod }) => [id, neededPeriod])).toEqual([
      ['PO-1', 1],
      ['PO-2', 2],
    ]);
  });

  it('tells the planner to defer the early order, expedite the late one, and what happens if not', () => {
    expect(plan.exceptions).toEqual([
      { kind: 'DEFER', itemId: 'B', order: { type: 'SCHEDULED_RECEIPT', id: 'PO-1' }, duePeriod: 0, neededPeriod: 1, quantity: 40 },
      { kind: 'EXPEDITE', itemId: 'B', order: { type: 'SCHEDULED_RECEIPT', id: 'PO-2' }, duePeriod: 4, neededPeriod: 2, quantity: 30 },
      { kind: 'BELOW_SAFETY_STOCK', itemId: 'B', fromPeriod: 2, toPeriod: 3, shortfall: 30 },
    ]);
  });

  it('pegs open and planned orders first in, first out, the last of them to safety stock', () => {
    // On hand serves b0 30 and b1 20; PO-1 serves b2; PO-2 b3 and 20 of b4; B@4 the other 10 and 20 of b5 …
    // what is left at the end (5 of B@6, all of B@7) is the safety stock.
    expect(pegsOf(plan, 'PO-1')).toEqual([{ demand: sales('b2'), period: 2, quantity: 40 }]);
    expect(pegsOf(plan, 'PO-2')).toEqual([
      { demand: sales('b3'), period: 3, quantity: 10 },
      { demand: sales('b4'), period: 4, quantity: 20 },
    ]);
    expect(pegsOf(plan, 'B@4')).toEqual([
      { demand: sales('b4'), period: 4, quantity: 10 },
      { demand: sales('b5'), period: 5, quantity: 20 },
    ]);
    expect(pegsOf(plan, 'B@6')).toEqual([
      { demand: sales('b6'), period: 6, quantity: 5 },
      { demand: sales('b7'), period: 7, quantity: 15 },
      { demand: { type: 'SAFETY_STOCK' }, period: 7, quantity: 5 },
    ]);
    expect(pegsOf(plan, 'B@7')).toEqual([{ demand: { type: 'SAFETY_STOCK' }, period: 7, quantity: 15 }]);
  });

  /*
   * C: on hand 10, no safety stock, lead time 1. Open: WO-1 15 overdue since wk −1, PO-3 20 due wk3,
   * PO-4 25 due wk6, and PO-5 5 due wk2, firm (in transit).
   * wk0: 10 − 5 = 5; wk2: 5 + 5 (PO-5) − 10 = 0; wk5: 0 − 20 → WO-1 (+15) → −5 → PO-3 (+20) → 15. PO-4 is never needed.
   */
  const overstocked = planMaterialRequirements(
    input(8, {
      items: [item('C', { onHand: 10 })],
      demand: [
        { id: 'c0', itemId: 'C', period: 0, quantity: 5, kind: 'SALES_ORDER' },
        { id: 'c2', itemId: 'C', period: 2, quantity: 10, kind: 'SALES_ORDER' },
        { id: 'c5', itemId: 'C', period: 5, quantity: 20, kind: 'SALES_ORDER' },
      ],
      scheduledReceipts: [
        { id: 'WO-1', itemId: 'C', kind: 'WORK_ORDER', duePeriod: -1, quantity: 15 },
        { id: 'PO-3', itemId: 'C', kind: 'PURCHASE_ORDER', duePeriod: 3, quantity: 20 },
        { id: 'PO-4', itemId: 'C', kind: 'PURCHASE_ORDER', duePeriod: 6, quantity: 25 },
        { id: 'PO-5', itemId: 'C', kind: 'PURCHASE_ORDER', duePeriod: 2, quantity: 5, firm: true },
      ],
    }),
  );

  it('plans nothing when open orders cover the demand, and shows them as due', () => {
    expect(record(overstocked, 'C')).toEqual({
      lowLevelCode: 0,
      grossRequirements: [5, 0, 10, 0, 0, 20, 0, 0],
      scheduledReceipts: [15, 0, 5, 20, 0, 0, 25, 0],
      projectedOnHand: [20, 20, 15, 35, 35, 15, 40, 40],
      netRequirements: [0, 0, 0, 0, 0, 0, 0, 0],
      plannedOrderReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      plannedOrderReleases: [0, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(overstocked.plannedOrders).toEqual([]);
  });

  it('says the overdue order is late but not needed before wk5, the next can wait too, the last is not needed, and leaves the firm one alone', () => {
    const order = (id: string) => ({ type: 'SCHEDULED_RECEIPT', id }) as const;
    expect(overstocked.exceptions).toEqual([
      { kind: 'PAST_DUE', itemId: 'C', order: order('WO-1'), event: 'RECEIPT', period: -1, periodsLate: 1, quantity: 15 },
      { kind: 'DEFER', itemId: 'C', order: order('WO-1'), duePeriod: -1, neededPeriod: 5, quantity: 15 },
      { kind: 'DEFER', itemId: 'C', order: order('PO-3'), duePeriod: 3, neededPeriod: 5, quantity: 20 },
      { kind: 'CANCEL', itemId: 'C', order: order('PO-4'), duePeriod: 6, quantity: 25 },
    ]);
    expect(pegsOf(overstocked, 'PO-5')).toEqual([{ demand: sales('c2'), period: 2, quantity: 5 }]);
    expect(pegsOf(overstocked, 'PO-3')).toEqual([
      { demand: sales('c5'), period: 5, quantity: 5 },
      { demand: { type: 'EXCESS' }, period: 7, quantity: 15 },
    ]);
    expect(pegsOf(overstocked, 'PO-4')).toEqual([{ demand: { type: 'EXCESS' }, period: 7, quantity: 25 }]);
  });
});

describe('MRP with a firm planned order inside a period order quantity', () => {
  /*
   * S: on hand 40, safety stock 25, lead time 1, POQ 3; the planner firmed FP-1, 15 due wk2 (released wk1).
   * wk0: 40 − 10 = 30.  wk1: 30 − 20 = 10 → net 15; covering wk1–3: wk2 10 + 15 − 30 = −5, wk3 −5 − 10 = −15,
   * so 25 − (−15) = 40 → S@1 40 → 50.  wk2: 50 + 15 − 30 = 35.  wk3: 25.
   * wk4: 25 − 40 = −15 → net 40; covering wk4–5 (the horizon ends): −15 − 20 = −35 → 60 → 45.  wk5: 25.
   */
  const plan = planMaterialRequirements(
    input(6, {
      items: [item('S', { onHand: 40, safetyStock: 25, lotRule: { kind: 'PERIOD_ORDER_QUANTITY', periods: 3 } })],
      demand: [10, 20, 30, 10, 40, 20].map((quantity, period) => ({ id: `s${period}`, itemId: 'S', period, quantity, kind: 'SALES_ORDER' as const })),
      firmPlannedOrders: [{ id: 'FP-1', itemId: 'S', duePeriod: 2, quantity: 15 }],
    }),
  );

  it('keeps the firm order and sizes the planned ones around it', () => {
    expect(record(plan, 'S')).toEqual({
      lowLevelCode: 0,
      grossRequirements: [10, 20, 30, 10, 40, 20],
      scheduledReceipts: [0, 0, 0, 0, 0, 0],
      projectedOnHand: [30, 50, 35, 25, 45, 25],
      netRequirements: [0, 15, 0, 0, 40, 0],
      plannedOrderReceipts: [0, 40, 15, 0, 60, 0],
      plannedOrderReleases: [40, 15, 0, 60, 0, 0],
    });
    expect(orders(plan, 'S')).toEqual([
      { id: 'S@1', releasePeriod: 0, duePeriod: 1, quantity: 40, receiptQuantity: 40 },
      { id: 'FP-1', releasePeriod: 1, duePeriod: 2, quantity: 15, receiptQuantity: 15 },
      { id: 'S@4', releasePeriod: 3, duePeriod: 4, quantity: 60, receiptQuantity: 60 },
    ]);
    expect(plan.plannedOrders.map((order) => order.firm)).toEqual([false, true, false]);
    expect(plan.exceptions).toEqual([]);
  });

  it('pegs the firm order in the queue like any other supply', () => {
    // On hand 40: s0 10, s1 20, 10 of s2; S@1: 20 of s2, s3 10, 10 of s4; FP-1: 15 of s4; S@4: 15 of s4, s5 20, safety stock 25.
    expect(pegsOf(plan, 'S@1').map((peg) => peg.quantity)).toEqual([20, 10, 10]);
    expect(pegsOf(plan, 'FP-1')).toEqual([{ demand: sales('s4'), period: 4, quantity: 15 }]);
    expect(pegsOf(plan, 'S@4')).toEqual([
      { demand: sales('s4'), period: 4, quantity: 15 },
      { demand: sales('s5'), period: 5, quantity: 20 },
      { demand: { type: 'SAFETY_STOCK' }, period: 5, quantity: 25 },
    ]);
  });
});

describe('MRP with scrap and yield', () => {
  /*
   * P yields 80 %: to receive 100 good in wk2 it starts 100 / 0.8 = 125 in wk1; 60 in wk3 → 75 in wk2.
   * K, 2 per P with the item's 10 % component scrap: 125 × 2 × 1.1 = 275 (wk1), 75 × 2.2 = 165 (wk2);
   *   on hand 100, lots of 200: wk1 100 − 275 = −175 → 200 → 25; wk2 25 − 165 = −140 → 200 → 60.
   * M, 1 per P with the link's 5 % scrap (its own 20 % does not apply here): 131.25 (wk1), 78.75 (wk2);
   *   whole units (multiple 1), lead time 0: wk1 → 132 → 0.75; wk2 0.75 − 78.75 = −78 → 78 → 0.
   */
  const plan = planMaterialRequirements(
    input(4, {
      items: [
        item('P', { yieldPercent: 80 }),
        item('K', { source: 'BUY', onHand: 100, componentScrapPercent: 10, lotRule: { kind: 'FIXED_ORDER_QUANTITY', quantity: 200 } }),
        item('M', { source: 'BUY', leadTime: 0, componentScrapPercent: 20, lotRule: { kind: 'LOT_FOR_LOT', multiple: 1 } }),
      ],
      bom: [
        { parentId: 'P', componentId: 'K', quantityPer: 2 },
        { parentId: 'P', componentId: 'M', quantityPer: 1, scrapPercent: 5 },
      ],
      demand: [
        { id: 'p2', itemId: 'P', period: 2, quantity: 100, kind: 'SALES_ORDER' },
        { id: 'p3', itemId: 'P', period: 3, quantity: 60, kind: 'SALES_ORDER' },
      ],
    }),
  );

  it('starts more than the parent needs by its yield', () => {
    expect(record(plan, 'P')).toMatchObject({
      netRequirements: [0, 0, 100, 60],
      plannedOrderReceipts: [0, 0, 100, 60],
      plannedOrderReleases: [0, 125, 75, 0],
    });
    expect(orders(plan, 'P')).toEqual([
      { id: 'P@2', releasePeriod: 1, duePeriod: 2, quantity: 125, receiptQuantity: 100 },
      { id: 'P@3', releasePeriod: 2, duePeriod: 3, quantity: 75, receiptQuantity: 60 },
    ]);
  });

  it('grosses component requirements up by scrap, the link overriding the item', () => {
    expect(record(plan, 'K')).toEqual({
      lowLevelCode: 1,
      grossRequirements: [0, 275, 165, 0],
      scheduledReceipts: [0, 0, 0, 0],
      projectedOnHand: [100, 25, 60, 60],
      netRequirements: [0, 175, 140, 0],
      plannedOrderReceipts: [0, 200, 200, 0],
      plannedOrderReleases: [200, 200, 0, 0],
    });
    expect(record(plan, 'M')).toEqual({
      lowLevelCode: 1,
      grossRequirements: [0, 131.25, 78.75, 0],
      scheduledReceipts: [0, 0, 0, 0],
      projectedOnHand: [0, 0.75, 0, 0],
      netRequirements: [0, 131.25, 78, 0],
      plannedOrderReceipts: [0, 132, 78, 0],
      plannedOrderReleases: [0, 132, 78, 0],
    });
  });
});

describe('MRP for a master-scheduled item', () => {
  /*
   * E is planned by the master schedule: MPS-1 (firm) 30 due wk1 and MPS-2 20 due wk3.
   * Demand 25 wk1, 40 wk2 against on hand 5: wk1 5 + 30 − 25 = 10, wk2 10 − 40 = −30 (short 30, nothing planned),
   * wk3 −30 + 20 = −10. Its component F still gets the MPS's releases.
   */
  const plan = planMaterialRequirements(
    input(4, {
      items: [item('E', { onHand: 5, masterScheduled: true }), item('F', { source: 'BUY', leadTime: 0 })],
      bom: [{ parentId: 'E', componentId: 'F', quantityPer: 1 }],
      demand: [
        { id: 'e1', itemId: 'E', period: 1, quantity: 25, kind: 'SALES_ORDER' },
        { id: 'e2', itemId: 'E', period: 2, quantity: 40, kind: 'FORECAST' },
      ],
      firmPlannedOrders: [
        { id: 'MPS-1', itemId: 'E', duePeriod: 1, quantity: 30 },
        { id: 'MPS-2', itemId: 'E', duePeriod: 3, quantity: 20 },
      ],
    }),
  );

  it('plans no order of its own, reports the shortage, and explodes the schedule', () => {
    expect(record(plan, 'E')).toMatchObject({
      projectedOnHand: [5, 10, -30, -10],
      netRequirements: [0, 0, 30, 10],
      plannedOrderReceipts: [0, 30, 0, 20],
      plannedOrderReleases: [30, 0, 20, 0],
    });
    expect(plan.plannedOrders.filter((order) => order.itemId === 'E').every((order) => order.firm)).toBe(true);
    expect(plan.exceptions).toContainEqual({ kind: 'BELOW_SAFETY_STOCK', itemId: 'E', fromPeriod: 2, toPeriod: 3, shortfall: 30 });
    expect(record(plan, 'F').grossRequirements).toEqual([30, 0, 20, 0]);
  });
});
