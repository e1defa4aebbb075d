import { describe, expect, it } from 'vitest';
import { forecastWeeks, validatePlanWeeks, weekStartOf } from './demand-forecast.rules.ts';

describe('weeks', () => {
  it('start on Monday', () => {
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-01')).toBe('2026-11-30');
  });

  it('are planned once each, from a Monday, never negative', () => {
    expect(() => validatePlanWeeks([{ weekStart: '2026-12-01', quantity: 1 }])).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'weekStart' }) }));
    expect(() => validatePlanWeeks([{ weekStart: '2026-11-30', quantity: 1 }, { weekStart: '2026-11-30', quantity: 2 }])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validatePlanWeeks([{ weekStart: '2026-11-30', quantity: -1 }])).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'quantity' }) }));
    expect(() => validatePlanWeeks([])).toThrow(expect.objectContaining({ details: { field: 'weeks' } }));
  });
});

describe('a supplier’s forecast', () => {
  it('shows open orders by the week due, overdue ones now, and the planned need beyond them', () => {
    const weeks = forecastWeeks(
      [
        { itemId: 'steel', dueDate: '2026-11-20', openQuantity: 30 },
        { itemId: 'steel', dueDate: '2026-12-09', openQuantity: 100 },
        { itemId: 'steel', dueDate: '2027-03-01', openQuantity: 100 },
        { itemId: 'bolts', dueDate: '2026-12-01', openQuantity: 0 },
      ],
      [
        { itemId: 'steel', weekStart: '2026-12-07', quantity: 150 },
        { itemId: 'steel', weekStart: '2026-12-14', quantity: 120 },
        { itemId: 'bolts', weekStart: '2026-11-23', quantity: 500 },
      ],
      '2026-11-30',
      4,
    );
    expect(weeks).toEqual([
      { itemId: 'steel', weekStart: '2026-11-30', firmQuantity: 30, plannedQuantity: 0 },
      { itemId: 'steel', weekStart: '2026-12-07', firmQuantity: 100, plannedQuantity: 50 },
      { itemId: 'steel', weekStart: '2026-12-14', firmQuantity: 0, plannedQuantity: 120 },
    ]);
  });
});
