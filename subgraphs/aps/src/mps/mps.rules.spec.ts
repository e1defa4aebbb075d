import { describe, expect, it } from 'vitest';
import { planMaterialRequirements } from '../mrp/mrp.rules.ts';
import { PlanningInputError } from '../mrp/mrp.model.ts';
import { weeklyPeriods } from '../mrp/planning-horizon.rules.ts';
import { mrpFeedFromMasterSchedule, planMasterSchedule } from './mps.rules.ts';
import type { MpsInput } from './mps.model.ts';

/**
 * Master schedule records in the textbook layout (Vollmann et al., the MPS
 * chapter: forecast, orders, projected available balance, MPS, ATP), worked
 * by hand week by week; each comment is the calculation.
 */
const weekly = (itemId: string, quantities: number[]) => quantities.map((quantity, period) => ({ id: `${itemId}-F${period}`, itemId, period, quantity }));

const input: MpsInput = {
  periods: weeklyPeriods('2027-01-04', 8),
  items: [
    { id: 'A', onHand: 45, lotRule: { kind: 'FIXED_ORDER_QUANTITY', quantity: 60 }, demandTimeFence: 2, planningTimeFence: 4 },
    { id: 'B', onHand: 20, safetyStock: 10, lotRule: { kind: 'PERIOD_ORDER_QUANTITY', periods: 2 }, demandTimeFence: 0, planningTimeFence: 1 },
  ],
  forecasts: [...weekly('A', Array(8).fill(30)), ...weekly('B', Array(8).fill(15))],
  customerOrders: [
    { id: 'SO-0', itemId: 'A', period: 0, quantity: 32 },
    { id: 'SO-1', itemId: 'A', period: 1, quantity: 20 },
    { id: 'SO-2', itemId: 'A', period: 2, quantity: 15 },
    { id: 'SO-3', itemId: 'A', period: 3, quantity: 10 },
    { id: 'SO-5', itemId: 'A', period: 5, quantity: 35 },
    { id: 'SO-6', itemId: 'A', period: 6, quantity: 30 },
  ],
  scheduledReceipts: [],
  firmQuantities: [{ itemId: 'A', period: 1, quantity: 60 }],
};
const schedule = planMasterSchedule(input);

describe('the master production schedule', () => {
  it('fences demand, freezes the firm schedule, proposes fixed lots beyond it and computes discrete ATP', () => {
    /*
     * A: forecast 30 a week, orders 32, 20, 15, 10, –, 35, 30, –; on hand 45; lots of 60;
     * demand time fence 2, planning time fence 4; the planner firmed 60 in week 1.
     * Unconsumed forecast: 0, 10, 15, 20, 30, 0, 0, 30 (orders above forecast consume all of it).
     * Demand: weeks 0–1 orders only (32, 20); beyond, orders + unconsumed: 30, 30, 30, 35, 30, 30.
     * Balance: 45 − 32 = 13; 13 + 60 − 20 = 53; 23; −7 (frozen: nothing proposed);
     * wk4 −37 → 60 → 23; wk5 −12 → 60 → 48; wk6 18; wk7 −12 → 60 → 48.
     * ATP: wk0 45 − 32 = 13; wk1 60 − (20 + 15 + 10) = 15; wk4 60 − 0; wk5 60 − (35 + 30) = −5,
     * taken from wk4: 55 and 0; wk7 60.
     */
    expect(schedule.records[0]).toEqual({
      itemId: 'A',
      forecast: [30, 30, 30, 30, 30, 30, 30, 30],
      unconsumedForecast: [0, 10, 15, 20, 30, 0, 0, 30],
      customerOrders: [32, 20, 15, 10, 0, 35, 30, 0],
      projectedDemand: [32, 20, 30, 30, 30, 35, 30, 30],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      masterSchedule: [0, 60, 0, 0, 60, 60, 0, 60],
      projectedAvailableBalance: [13, 53, 23, -7, 23, 48, 18, 48],
      availableToPromise: [13, 15, 0, 0, 55, 0, 0, 60],
    });
  });

  it('keeps safety stock beyond the planning time fence with period order quantities', () => {
    /*
     * B: forecast 15 a week, no orders, on hand 20, safety stock 10, POQ 2 weeks, planning time fence 1.
     * wk0 20 − 15 = 5 (frozen, below safety stock); wk1 5 − 15 = −10, covering wk1–2: 10 − (−10 − 15) = 35 → 25;
     * wk2 10; wk3 −5, covering wk3–4 → 30 → 25; wk4 10; wk5 → 30 → 25; wk6 10; wk7 −5, the horizon's last week → 15 → 10.
     * ATP without orders is the supply itself: 20 on hand, then each quantity.
     */
    expect(schedule.records[1]).toMatchObject({
      projectedDemand: [15, 15, 15, 15, 15, 15, 15, 15],
      masterSchedule: [0, 35, 0, 30, 0, 30, 0, 15],
      projectedAvailableBalance: [5, 25, 10, 25, 10, 25, 10, 10],
      availableToPromise: [20, 35, 0, 30, 0, 30, 0, 15],
    });
  });

  it('lists firm and proposed quantities, how orders consumed the forecast, and what the planner must look at', () => {
    expect(schedule.lines).toEqual([
      { itemId: 'A', period: 1, quantity: 60, firm: true },
      { itemId: 'A', period: 4, quantity: 60, firm: false },
      { itemId: 'A', period: 5, quantity: 60, firm: false },
      { itemId: 'A', period: 7, quantity: 60, firm: false },
      { itemId: 'B', period: 1, quantity: 35, firm: false },
      { itemId: 'B', period: 3, quantity: 30, firm: false },
      { itemId: 'B', period: 5, quantity: 30, firm: false },
      { itemId: 'B', period: 7, quantity: 15, firm: false },
    ]);
    expect(schedule.consumption.slice(0, 2)).toEqual([
      { orderId: 'SO-0', forecastId: 'A-F0', period: 0, quantity: 30 },
      { orderId: 'SO-1', forecastId: 'A-F1', period: 1, quantity: 20 },
    ]);
    expect(schedule.exceptions).toEqual([
      { kind: 'ORDER_OVER_FORECAST', itemId: 'A', orderId: 'SO-0', period: 0, quantity: 2 },
      { kind: 'ORDER_OVER_FORECAST', itemId: 'A', orderId: 'SO-5', period: 5, quantity: 5 },
      { kind: 'BELOW_SAFETY_STOCK', itemId: 'A', fromPeriod: 3, toPeriod: 3, shortfall: 7 },
      { kind: 'BELOW_SAFETY_STOCK', itemId: 'B', fromPeriod: 0, toPeriod: 0, shortfall: 5 },
    ]);
  });

  it('flags orders promised beyond what on hand and the frozen schedule can give', () => {
    /*
     * V: on hand 10, orders 25 (wk0) and 5 (wk2), frozen for 2 weeks, nothing firm.
     * Balance −15, −15, then wk2 −20 → 20 → 0. ATP wk0 10 − 25 = −15 (nothing earlier to take from), wk2 20 − 5 = 15.
     */
    const overpromised = planMasterSchedule({
      periods: weeklyPeriods('2027-01-04', 3),
      items: [{ id: 'V', onHand: 10, lotRule: { kind: 'LOT_FOR_LOT' }, demandTimeFence: 0, planningTimeFence: 2 }],
      forecasts: [],
      customerOrders: [
        { id: 'v0', itemId: 'V', period: 0, quantity: 25 },
        { id: 'v2', itemId: 'V', period: 2, quantity: 5 },
      ],
      scheduledReceipts: [],
      firmQuantities: [],
    });
    expect(overpromised.records[0]).toMatchObject({ masterSchedule: [0, 0, 20], projectedAvailableBalance: [-15, -15, 0], availableToPromise: [-15, 0, 15] });
    // V has no forecast, so its orders are not reported as above it.
    expect(overpromised.exceptions).toEqual([
      { kind: 'BELOW_SAFETY_STOCK', itemId: 'V', fromPeriod: 0, toPeriod: 1, shortfall: 15 },
      { kind: 'OVERPROMISED', itemId: 'V', period: 0, quantity: 15 },
    ]);
  });

  it('counts open work orders as supply in the balance and in ATP', () => {
    // R: on hand 0, WO-1 40 due wk1, orders 10 (wk1) and 20 (wk2), frozen: balance 0, 30, 10; ATP wk1 40 − 30 = 10.
    const withReceipt = planMasterSchedule({
      periods: weeklyPeriods('2027-01-04', 3),
      items: [{ id: 'R', lotRule: { kind: 'LOT_FOR_LOT' }, demandTimeFence: 3, planningTimeFence: 3 }],
      forecasts: [],
      customerOrders: [
        { id: 'r1', itemId: 'R', period: 1, quantity: 10 },
        { id: 'r2', itemId: 'R', period: 2, quantity: 20 },
      ],
      scheduledReceipts: [{ id: 'WO-1', itemId: 'R', kind: 'WORK_ORDER', duePeriod: 1, quantity: 40 }],
      firmQuantities: [],
    });
    expect(withReceipt.records[0]).toMatchObject({ scheduledReceipts: [0, 40, 0], masterSchedule: [0, 0, 0], projectedAvailableBalance: [0, 30, 10], availableToPromise: [0, 10, 0] });
  });

  it('feeds MRP so the master-scheduled item’s record is the schedule and its components get its releases', () => {
    const feed = mrpFeedFromMasterSchedule(input, schedule);
    expect(feed.firmPlannedOrders.filter((order) => order.itemId === 'A')).toEqual([
      { id: 'MPS:A@1', itemId: 'A', duePeriod: 1, quantity: 60 },
      { id: 'MPS:A@4', itemId: 'A', duePeriod: 4, quantity: 60 },
      { id: 'MPS:A@5', itemId: 'A', duePeriod: 5, quantity: 60 },
      { id: 'MPS:A@7', itemId: 'A', duePeriod: 7, quantity: 60 },
    ]);
    // Forecast inside A's demand time fence (weeks 0–1) and consumed forecast do not reach MRP.
    expect(feed.demand.filter((demand) => demand.kind === 'FORECAST' && demand.itemId === 'A')).toEqual([
      { id: 'A-F2', itemId: 'A', period: 2, quantity: 15, kind: 'FORECAST' },
      { id: 'A-F3', itemId: 'A', period: 3, quantity: 20, kind: 'FORECAST' },
      { id: 'A-F4', itemId: 'A', period: 4, quantity: 30, kind: 'FORECAST' },
      { id: 'A-F7', itemId: 'A', period: 7, quantity: 30, kind: 'FORECAST' },
    ]);
    const plan = planMaterialRequirements({
      periods: input.periods,
      items: [
        { id: 'A', source: 'MAKE', leadTime: 1, lotRule: { kind: 'FIXED_ORDER_QUANTITY', quantity: 60 }, onHand: 45, masterScheduled: true },
        { id: 'C', source: 'BUY', leadTime: 1, lotRule: { kind: 'LOT_FOR_LOT' } },
      ],
      bom: [{ parentId: 'A', componentId: 'C', quantityPer: 2 }],
      demand: feed.demand.filter((demand) => demand.itemId === 'A'),
      scheduledReceipts: [],
      firmPlannedOrders: feed.firmPlannedOrders.filter((order) => order.itemId === 'A'),
    });
    const record = (itemId: string) => plan.records.find((candidate) => candidate.itemId === itemId)!;
    expect(record('A').grossRequirements).toEqual(schedule.records[0]!.projectedDemand);
    expect(record('A').projectedOnHand).toEqual(schedule.records[0]!.projectedAvailableBalance);
    expect(record('A').plannedOrderReceipts).toEqual(schedule.records[0]!.masterSchedule);
    // The schedule released a week earlier, two C each: 120 in weeks 0, 3, 4 and 6.
    expect(record('C').grossRequirements).toEqual([120, 0, 0, 120, 120, 0, 120, 0]);
  });
});

describe('master schedule refusals', () => {
  it.each<[string, (bad: MpsInput) => void, Record<string, unknown>]>([
    ['a planning time fence inside the demand time fence', (bad) => (bad.items[0]!.planningTimeFence = 1), { reason: 'BAD_TIME_FENCE', itemId: 'A' }],
    ['an item without lot rule', (bad) => (bad.items[1]!.lotRule = null), { reason: 'MISSING_LOT_RULE', itemId: 'B' }],
    ['a forecast for an unknown item', (bad) => (bad.forecasts[0]!.itemId = 'Z'), { reason: 'UNKNOWN_ITEM', forecastId: 'A-F0', itemId: 'Z' }],
    ['a forecast in the past', (bad) => (bad.forecasts[0]!.period = -1), { reason: 'PERIOD_OUT_OF_HORIZON', forecastId: 'A-F0', field: 'period' }],
    ['an order after the horizon', (bad) => (bad.customerOrders[0]!.period = 8), { reason: 'PERIOD_OUT_OF_HORIZON', orderId: 'SO-0', field: 'period' }],
    ['two firm quantities in one week', (bad) => bad.firmQuantities.push({ itemId: 'A', period: 1, quantity: 5 }), { reason: 'DUPLICATE_ID', itemId: 'A', period: 1 }],
    ['a negative consumption window', (bad) => (bad.consumption = { backward: -1, forward: 0 }), { reason: 'BAD_CONSUMPTION_WINDOW', field: 'consumption' }],
  ])('refuses %s with a coded error', (_, change, details) => {
    const bad = structuredClone(input);
    change(bad);
    const refusal = (() => {
      try {
        planMasterSchedule(bad);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(PlanningInputError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', details });
  });
});
