import { QUANTITY_EPSILON, roundQuantity } from '../mrp/quantity.rules.ts';
import type { ConsumptionWindow, CustomerOrder, Forecast, ForecastConsumption } from './mps.model.ts';

export interface ConsumedForecast {
  /** Per forecast, in the order given: what no order consumed. */
  unconsumed: number[];
  consumption: ForecastConsumption[];
  /** Orders, or parts of them, no forecast in their window could absorb. */
  overForecast: { orderId: string; period: number; quantity: number }[];
}

/**
 * Customer orders consume one item's forecast, earliest order first (past-due
 * orders as period 0): first in their own period, then backward, then forward
 * within the window, the forecasts of a period in the order given. What is
 * consumed is not demand twice: an order replaces the forecast it sold.
 */
export function consumeForecast(forecasts: readonly Forecast[], orders: readonly CustomerOrder[], periodCount: number, window: ConsumptionWindow): ConsumedForecast {
  const unconsumed = forecasts.map((forecast) => forecast.quantity);
  const byPeriod: number[][] = Array.from({ length: periodCount }, () => []);
  forecasts.forEach((forecast, index) => byPeriod[forecast.period]!.push(index));
  const consumption: ForecastConsumption[] = [];
  const overForecast: ConsumedForecast['overForecast'] = [];
  const sorted = [...orders].sort((a, b) => Math.max(0, a.period) - Math.max(0, b.period));
  for (const order of sorted) {
    const own = Math.max(0, order.period);
    const candidates = [own];
    for (let step = 1; step <= window.backward && own - step >= 0; step++) candidates.push(own - step);
    for (let step = 1; step <= window.forward && own + step < periodCount; step++) candidates.push(own + step);
    let left = order.quantity;
    for (const period of candidates) {
      for (const index of byPeriod[period]!) {
        if (left <= QUANTITY_EPSILON) break;
        const taken = Math.min(left, unconsumed[index]!);
        if (taken <= QUANTITY_EPSILON) continue;
        unconsumed[index] = roundQuantity(unconsumed[index]! - taken);
        left = roundQuantity(left - taken);
        consumption.push({ orderId: order.id, forecastId: forecasts[index]!.id, period, quantity: roundQuantity(taken) });
      }
    }
    if (left > QUANTITY_EPSILON) overForecast.push({ orderId: order.id, period: order.period, quantity: left });
  }
  return { unconsumed, consumption, overForecast };
}
