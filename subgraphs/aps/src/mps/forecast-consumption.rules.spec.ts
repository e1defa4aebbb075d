import { describe, expect, it } from 'vitest';
import { consumeForecast } from './forecast-consumption.rules.ts';

describe('forecast consumption', () => {
  /*
   * Forecast 30 in weeks 1, 2, 3; window one week back and one forward.
   * o3 (wk0, 5): nothing in wk0, nothing before, wk1 → 5 (f1 25 left).
   * o1 (wk2, 50): wk2 30, then wk1 20 (f1 5 left).  o2 (wk2, 25): wk2 empty, wk1 5, wk3 20 (f3 10 left).
   * o4 (wk3, 15): wk3 10, wk2 empty, no wk4: 5 over the forecast.
   */
  const forecasts = [1, 2, 3].map((period) => ({ id: `f${period}`, itemId: 'W', period, quantity: 30 }));
  const orders = [
    { id: 'o1', itemId: 'W', period: 2, quantity: 50 },
    { id: 'o2', itemId: 'W', period: 2, quantity: 25 },
    { id: 'o3', itemId: 'W', period: 0, quantity: 5 },
    { id: 'o4', itemId: 'W', period: 3, quantity: 15 },
  ];

  it('consumes its own period first, then backward, then forward, earliest order first', () => {
    const consumed = consumeForecast(forecasts, orders, 4, { backward: 1, forward: 1 });
    expect(consumed.consumption).toEqual([
      { orderId: 'o3', forecastId: 'f1', period: 1, quantity: 5 },
      { orderId: 'o1', forecastId: 'f2', period: 2, quantity: 30 },
      { orderId: 'o1', forecastId: 'f1', period: 1, quantity: 20 },
      { orderId: 'o2', forecastId: 'f1', period: 1, quantity: 5 },
      { orderId: 'o2', forecastId: 'f3', period: 3, quantity: 20 },
      { orderId: 'o4', forecastId: 'f3', period: 3, quantity: 10 },
    ]);
    expect(consumed.unconsumed).toEqual([0, 0, 0]);
    expect(consumed.overForecast).toEqual([{ orderId: 'o4', period: 3, quantity: 5 }]);
  });

  it('consumes only within the week without a window', () => {
    const consumed = consumeForecast(forecasts, orders, 4, { backward: 0, forward: 0 });
    expect(consumed.unconsumed).toEqual([30, 0, 15]);
    expect(consumed.overForecast).toEqual([
      { orderId: 'o3', period: 0, quantity: 5 },
      { orderId: 'o1', period: 2, quantity: 20 },
      { orderId: 'o2', period: 2, quantity: 25 },
    ]);
  });
});
