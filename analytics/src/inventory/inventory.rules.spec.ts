import { describe, expect, it } from 'vitest';
import { periodsBetween, periodWindows } from '../kpi/kpi-period.rules.ts';
import {
  averageDailyValue,
  costOfGoodsSold,
  dailyCostOfGoodsSold,
  inventoryTurns,
  turnsContributions,
  turnsPoint,
  type SnapshotRun,
} from './inventory.rules.ts';

/** Warehouse 1 counted on 20 Feb, 1, 11 and 21 March only; warehouse 2 on 5 March and found empty on 15 March. */
const runs: SnapshotRun[] = [
  { warehouseId: 'w1', day: '2026-02-20', nextDay: '2026-03-01', value: 900 },
  { warehouseId: 'w1', day: '2026-03-01', nextDay: '2026-03-11', value: 1000 },
  { warehouseId: 'w1', day: '2026-03-11', nextDay: '2026-03-21', value: 2000 },
  { warehouseId: 'w1', day: '2026-03-21', nextDay: null, value: 1500 },
  { warehouseId: 'w2', day: '2026-03-05', nextDay: '2026-03-15', value: 200 },
];
const march = { from: '2026-03-01', last: '2026-03-31' };

describe('average daily inventory value', () => {
  it('carries each count forward to the next one: (10×1000 + 10×2000 + 11×1500 + 10×200) / 31 over March', () => {
    expect(averageDailyValue(runs, march)).toBeCloseTo(48_500 / 31, 9);
  });

  it('carries a count from before the window into it, and ends a warehouse’s stock at an empty count', () => {
    expect(averageDailyValue(runs, { from: '2026-02-25', last: '2026-03-02' })).toBeCloseTo((4 * 900 + 2 * 1000) / 6, 9);
    expect(averageDailyValue(runs, { from: '2026-03-15', last: '2026-03-16' })).toBe(2000);
  });

  it('counts days before a warehouse’s first count as zero', () => {
    expect(averageDailyValue(runs, { from: '2026-03-03', last: '2026-03-06' })).toBe((4 * 1000 + 2 * 200) / 4);
  });
});

describe('turns and days of inventory', () => {
  it('gives turns, annualised turns and DIO from COGS and the average value', () => {
    const turns = inventoryTurns(march, 1500, 1500);
    expect(turns).toEqual({ from: '2026-03-01', to: '2026-03-31', days: 31, costOfGoodsSold: 1500, averageInventoryValue: 1500, turns: 1, annualisedTurns: 365 / 31, daysOfInventory: 31 });
  });

  it('has no turns without inventory and no days of inventory without sales', () => {
    expect(inventoryTurns(march, 100, 0)).toMatchObject({ turns: null, annualisedTurns: null, daysOfInventory: null });
    expect(inventoryTurns(march, 0, 500)).toMatchObject({ turns: 0, annualisedTurns: 0, daysOfInventory: null });
  });

  it('sums COGS inside the window only', () => {
    const daily = [
      { day: '2026-02-28', cost: 99 },
      { day: '2026-03-03', cost: 400 },
      { day: '2026-03-31', cost: 100 },
    ];
    expect(costOfGoodsSold(daily, march)).toBe(500);
  });

  it('adds shipped lines per day, site and item at the standard cost they shipped at', () => {
    const line = { salesOrderLineId: 'l', picks: [] };
    const daily = dailyCostOfGoodsSold([
      { time: new Date('2026-03-03T23:59:00Z'), siteId: 's', payload: { number: 'SH-1', warehouseId: 'w1', lines: [{ ...line, itemId: 'a', quantity: 4, standardCost: 100 }] } },
      {
        time: new Date('2026-03-03T08:00:00Z'),
        siteId: 's',
        payload: {
          number: 'SH-2',
          warehouseId: 'w1',
          lines: [
            { ...line, itemId: 'a', quantity: 1, standardCost: 110 },
            { ...line, itemId: 'b', quantity: 2, standardCost: 40 },
          ],
        },
      },
    ]);
    expect(daily).toEqual([
      { day: '2026-03-03', siteId: 's', itemId: 'a', quantity: 5, cost: 510 },
      { day: '2026-03-03', siteId: 's', itemId: 'b', quantity: 2, cost: 80 },
    ]);
  });
});

describe('turns per period', () => {
  it('clips weekly periods to [from, min(to, today)] and leaves periods in the future empty', () => {
    const weeks = periodsBetween('2026-03-04', '2026-03-31', 'WEEK');
    const windows = periodWindows(weeks, { from: '2026-03-04', to: '2026-03-31', today: '2026-03-18' });
    expect(windows).toEqual([
      { from: '2026-03-04', last: '2026-03-08' },
      { from: '2026-03-09', last: '2026-03-15' },
      { from: '2026-03-16', last: '2026-03-18' },
      null,
      null,
    ]);
    expect(turnsPoint(weeks[3]!, null, 'annualisedTurns')).toEqual({ periodStart: '2026-03-23', periodEnd: '2026-03-29', value: null, numerator: 0, denominator: 0 });
  });

  it('puts COGS over the average value in the point and the chosen measure in its value', () => {
    const turns = inventoryTurns(march, 1500, 1500);
    expect(turnsPoint({ start: '2026-03-01', end: '2026-03-31' }, turns, 'daysOfInventory')).toMatchObject({ value: 31, numerator: 1500, denominator: 1500 });
  });

  it('lists items slowest first, items without inventory last', () => {
    const page = turnsContributions(
      [
        { itemId: 'fast', label: 'FAST', turns: { ...inventoryTurns(march, 3000, 1000), averageOnHand: 10 } },
        { itemId: 'none', label: 'NONE', turns: { ...inventoryTurns(march, 50, 0), averageOnHand: 0 } },
        { itemId: 'slow', label: 'SLOW', turns: { ...inventoryTurns(march, 100, 1000), averageOnHand: 10 } },
      ],
      { first: 2, offset: 0 },
    );
    expect(page.totalCount).toBe(3);
    expect(page.items.map((item) => item.subjectId)).toEqual(['slow', 'fast']);
    expect(page.items[0]).toMatchObject({
      subjectType: 'Item',
      numerator: 100,
      denominator: 1000,
      passed: null,
      label: 'SLOW · COGS 100 · average on hand 10 worth 1000 · 1.18 turns a year · 310 days of inventory',
    });
  });

  it('labels what the numbers say: stock on hand valued at zero is not "no stock", and money is to the cent', () => {
    const page = turnsContributions(
      [
        // 5,319 on hand at a standard cost of 0: value 0, turns unknown, but there is stock.
        { itemId: 'unvalued', label: 'FG-1', turns: { ...inventoryTurns(march, 0, 0), averageOnHand: 5319 } },
        { itemId: 'empty', label: 'RM-9', turns: { ...inventoryTurns(march, 0, 0), averageOnHand: 0 } },
        { itemId: 'noisy', label: 'RM-1', turns: { ...inventoryTurns(march, 2307037.5099999993, 100000.004), averageOnHand: 2000.0000001 } },
      ],
      { first: 10, offset: 0 },
    );
    const byId = new Map(page.items.map((item) => [item.subjectId, item]));
    expect(byId.get('unvalued')!.label).toBe('FG-1 · COGS 0 · average on hand 5319 worth 0 · stock valued at zero standard cost, turns unknown · nothing sold');
    expect(byId.get('empty')!.label).toBe('RM-9 · COGS 0 · average on hand 0 worth 0 · no stock · nothing sold');
    // 2307037.51 / 100000 × 365 / 31 = 271.64 turns a year; 31 / 23.07 = 1.34 days.
    expect(byId.get('noisy')).toMatchObject({
      numerator: 2307037.51,
      denominator: 100000,
      label: 'RM-1 · COGS 2307037.51 · average on hand 2000 worth 100000 · 271.64 turns a year · 1.34 days of inventory',
    });
  });
});
