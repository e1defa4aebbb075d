import { describe, expect, it } from 'vitest';
import { addWeeks, fitDampedTrend, forecastFromHistory, validateForecastWeeks, weekStartOf } from './demand-forecast.rules.ts';

describe('forecast weeks', () => {
  it('start on the Monday of the ISO week', () => {
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(addWeeks('2026-12-28', 2)).toBe('2027-01-11');
  });

  it('refuse a day that is not a Monday, a repeated week, a past week, a week past the horizon and a negative quantity', () => {
    const current = '2026-11-30';
    expect(() => validateForecastWeeks([{ weekStart: '2026-12-01', quantity: 1 }], current)).toThrow(/not a Monday/);
    expect(() => validateForecastWeeks([{ weekStart: '2026-12-07', quantity: 1 }, { weekStart: '2026-12-07', quantity: 2 }], current)).toThrow(/twice/);
    expect(() => validateForecastWeeks([{ weekStart: '2026-11-23', quantity: 1 }], current)).toThrow(/has passed/);
    expect(() => validateForecastWeeks([{ weekStart: addWeeks(current, 105), quantity: 1 }], current)).toThrow(/horizon/);
    expect(() => validateForecastWeeks([{ weekStart: '2026-12-07', quantity: -1 }], current)).toThrow(/≥ 0/);
    expect(() => validateForecastWeeks([], current)).toThrow(/at least one/);
    expect(validateForecastWeeks([{ weekStart: '2026-11-30', quantity: 0 }], current)).toEqual([{ weekStart: '2026-11-30', quantity: 0 }]);
  });
});

describe('the statistical forecast', () => {
  it('follows a flat demand at its level', () => {
    expect(forecastFromHistory([40, 40, 40, 40, 40, 40], 3)).toEqual([40, 40, 40]);
  });

  it('carries a steady trend forward, fading it so eighteen months out does not run away', () => {
    const history = [10, 12, 14, 16, 18, 20, 22, 24];
    const forecast = forecastFromHistory(history, 78);
    expect(forecast[0]).toBeGreaterThanOrEqual(25);
    expect(forecast[0]).toBeLessThanOrEqual(27);
    // With phi = 0.9 the trend's total contribution converges to 2 × 0.9 / 0.1 = 18 over the last level.
    expect(forecast[77]).toBeLessThanOrEqual(24 + 18 + 1);
    expect(forecast.every((value, index) => index === 0 || value >= forecast[index - 1]!)).toBe(true);
  });

  it('never forecasts below zero for a falling item', () => {
    expect(Math.min(...forecastFromHistory([30, 20, 10, 5, 1, 0], 20))).toBe(0);
  });

  it('chooses the constants that fit the history best', () => {
    const noisy = [50, 10, 90, 20, 80, 30, 70, 40];
    const fit = fitDampedTrend(noisy);
    // A jumpy series is best followed slowly: a small alpha averages the swings.
    expect(fit.alpha).toBeLessThan(0.3);
    expect(forecastFromHistory([], 2)).toEqual([0, 0]);
  });
});
