import { describe, expect, it } from 'vitest';
import { defaultSiteCalendar } from '../schedule/working-calendar.rules.ts';
import {
  addMonths,
  capacityMinutesByMonth,
  consensusSpan,
  monthIndexOf,
  monthOfWeek,
  monthsFrom,
  planSalesAndOperations,
  validateConsensus,
  validateMonthCount,
  type SalesAndOperationsInput,
} from './sales-and-operations.rules.ts';

const months = monthsFrom('2026-11-01', 3);
const base: SalesAndOperationsInput = {
  months,
  familyItemIds: new Set(['pump', 'valve']),
  forecasts: [],
  salesLines: [],
  production: [],
  purchases: [],
  workCenterIds: new Set(['assy']),
  capacityMinutes: [6000, 0, 90],
};

describe('S&OP months', () => {
  it('run in calendar order across a year end', () => {
    expect(monthsFrom('2026-11-01', 4)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    expect(addMonths('2026-01-01', -1)).toBe('2025-12-01');
    expect(consensusSpan([{ month: '2026-11-01', quantity: 1 }, { month: '2027-04-01', quantity: 1 }])).toEqual({ first: '2026-11-01', count: 6 });
  });

  it('give a forecast week to the month of its Thursday', () => {
    // Monday 30 Nov 2026: Thursday is 3 Dec.
    expect(monthOfWeek('2026-11-30')).toBe('2026-12-01');
    // Monday 26 Oct 2026: Thursday is 29 Oct.
    expect(monthOfWeek('2026-10-26')).toBe('2026-10-01');
  });

  it('put open orders due before the plan in its first month and drop those after it', () => {
    expect(monthIndexOf(months, '2026-09-14')).toBe(0);
    expect(monthIndexOf(months, '2026-12-31')).toBe(1);
    expect(monthIndexOf(months, '2027-02-01')).toBe(-1);
  });

  it('refuse month counts outside 1 to 36', () => {
    expect(validateMonthCount(18)).toBe(18);
    for (const bad of [0, 37, 1.5]) expect(() => validateMonthCount(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('the S&OP plan of a family', () => {
  it('sums forecast and orders by month and lets orders consume forecast item by item', () => {
    const plan = planSalesAndOperations({
      ...base,
      forecasts: [
        { itemId: 'pump', weekStart: '2026-10-26', quantity: 99 }, // October: before the plan, past
        { itemId: 'pump', weekStart: '2026-11-02', quantity: 10 },
        { itemId: 'pump', weekStart: '2026-11-23', quantity: 10 },
        { itemId: 'pump', weekStart: '2026-11-30', quantity: 7 }, // Thursday 3 Dec: December
        { itemId: 'valve', weekStart: '2026-11-09', quantity: 5 },
        { itemId: 'gear', weekStart: '2026-11-09', quantity: 1000 }, // not in the family
      ],
      salesLines: [
        { itemId: 'pump', dueDate: '2026-10-20', quantity: 4 }, // overdue: November
        { itemId: 'pump', dueDate: '2026-11-18', quantity: 8 },
        { itemId: 'valve', dueDate: '2026-11-05', quantity: 12 },
        { itemId: 'valve', dueDate: '2027-03-01', quantity: 50 }, // after the plan
      ],
    });
    // November: pump forecast 20, orders 12 → 20; valve forecast 5, orders 12 → 12; demand 32, not max(25, 24) = 25.
    expect(plan[0]).toMatchObject({ month: '2026-11-01', forecast: 25, orders: 24, demand: 32 });
    expect(plan[1]).toMatchObject({ month: '2026-12-01', forecast: 7, orders: 0, demand: 7 });
    expect(plan[2]).toMatchObject({ forecast: 0, orders: 0, demand: 0 });
  });

  it('counts the family production and purchases as supply and rough-cut load at the family work centres', () => {
    const assy = { workCenterId: 'assy', setupMinutes: 30, runSecondsPerUnit: 360 };
    const paint = { workCenterId: 'paint', setupMinutes: 60, runSecondsPerUnit: 3600 };
    const plan = planSalesAndOperations({
      ...base,
      production: [
        { itemId: 'pump', dueDate: '2026-11-10', quantity: 20, steps: [assy, paint] }, // 0.5 + 20 × 0.1 = 2.5 h at assy
        { itemId: 'gear', dueDate: '2026-11-20', quantity: 10, steps: [assy] }, // 0.5 + 1 = 1.5 h, not the family's
        { itemId: 'valve', dueDate: '2026-12-02', quantity: 5, steps: [] }, // finished operations need nothing
      ],
      purchases: [
        { itemId: 'valve', dueDate: '2026-12-15', quantity: 30 },
        { itemId: 'gear', dueDate: '2026-12-15', quantity: 400 },
      ],
    });
    expect(plan.map(({ production, purchases, supply }) => ({ production, purchases, supply }))).toEqual([
      { production: 20, purchases: 0, supply: 20 },
      { production: 5, purchases: 30, supply: 35 },
      { production: 0, purchases: 0, supply: 0 },
    ]);
    expect(plan.map(({ capacityHours, loadHours, familyLoadHours }) => ({ capacityHours, loadHours, familyLoadHours }))).toEqual([
      { capacityHours: 100, loadHours: 4, familyLoadHours: 2.5 },
      { capacityHours: 0, loadHours: 0, familyLoadHours: 0 },
      { capacityHours: 1.5, loadHours: 0, familyLoadHours: 0 },
    ]);
  });

  it('counts working minutes per month from shifts, holidays, downtime and extra shifts', () => {
    // February 2027 has 20 weekdays of two 8-hour shifts: 320 h; March 2027 has 23: 368 h.
    const feb = monthsFrom('2027-02-01', 2);
    const calendar = { ...defaultSiteCalendar, holidays: ['2027-03-01'] };
    const down = [{ from: new Date('2027-02-01T06:00:00Z'), to: new Date('2027-02-02T06:00:00Z') }];
    const extra = [{ from: new Date('2027-02-06T06:00:00Z'), to: new Date('2027-02-06T10:00:00Z') }];
    const minutes = capacityMinutesByMonth(feb, [{ id: 'm1', siteId: 's' }, { id: 'm2', siteId: 's' }], () => calendar, (id) => (id === 'm1' ? down : []), (id) => (id === 'm2' ? extra : []));
    // m1: 320 − 16 (1 Feb down); m2: 320 + 4 (a Saturday morning). March: 2 × (368 − 16 for the holiday).
    expect(minutes.map((value) => value / 60)).toEqual([304 + 324, 2 * 352]);
  });
});

describe('a consensus plan', () => {
  it('keeps months in order on their first day and decisions as trimmed lines', () => {
    expect(
      validateConsensus({ months: [{ month: '2026-12-15', quantity: 40 }, { month: '2026-11-01', quantity: 30 }], decisions: ['  Add a Saturday shift in December ', ''] }),
    ).toEqual({ months: [{ month: '2026-11-01', quantity: 30 }, { month: '2026-12-01', quantity: 40 }], decisions: ['Add a Saturday shift in December'] });
  });

  it('refuses no months, a month twice, negative quantities, more than 36 months and no decisions', () => {
    const decisions = ['Agreed'];
    const bad = [
      { months: [], decisions },
      { months: [{ month: '2026-11-01', quantity: 1 }, { month: '2026-11-20', quantity: 2 }], decisions },
      { months: [{ month: '2026-11-01', quantity: -1 }], decisions },
      { months: [{ month: '2026-11-01', quantity: 1 }, { month: '2029-11-01', quantity: 1 }], decisions },
      { months: [{ month: '2026-11-01', quantity: 1 }], decisions: ['  '] },
    ];
    for (const input of bad) expect(() => validateConsensus(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
