import { badInput } from '@plexus/errors';

/**
 * Demand forecasts are weekly, week starting Monday (ISO 8601), for one item
 * at one site: the grain APS plans in and S&OP sums to months and families.
 */

export type ForecastSource = 'STATISTICAL' | 'SALES' | 'CONSENSUS';

export interface ForecastWeek {
  weekStart: string;
  quantity: number;
}

const dayMs = 86_400_000;

/** Monday of the ISO week `date` falls in. */
export function weekStartOf(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - weekday * dayMs).toISOString().slice(0, 10);
}

export function addWeeks(weekStart: string, weeks: number): string {
  return new Date(Date.parse(`${weekStart}T00:00:00Z`) + weeks * 7 * dayMs).toISOString().slice(0, 10);
}

/** How far ahead a forecast may reach: S&OP looks 18 months out, a little more leaves room to roll. */
export const forecastHorizonWeeks = 104;

/** Checks a forecast the way a planner's spreadsheet would be checked before it reaches the plan. */
export function validateForecastWeeks(weeks: readonly ForecastWeek[], currentWeek: string): ForecastWeek[] {
  if (weeks.length === 0) throw badInput('A forecast needs at least one week', { field: 'weeks' });
  const seen = new Set<string>();
  const last = addWeeks(currentWeek, forecastHorizonWeeks);
  return weeks.map((week, index) => {
    const field = `weeks[${index}]`;
    if (weekStartOf(week.weekStart) !== week.weekStart) throw badInput(`${week.weekStart} is not a Monday: forecast weeks start on Monday`, { field: `${field}.weekStart` });
    if (seen.has(week.weekStart)) throw badInput(`Week ${week.weekStart} appears twice`, { field: `${field}.weekStart` });
    seen.add(week.weekStart);
    if (week.weekStart < currentWeek) throw badInput(`Week ${week.weekStart} has passed: forecasts are for this week and later`, { field: `${field}.weekStart` });
    if (week.weekStart > last) throw badInput(`Week ${week.weekStart} is beyond the ${forecastHorizonWeeks}-week forecast horizon`, { field: `${field}.weekStart` });
    if (!Number.isFinite(week.quantity) || week.quantity < 0) throw badInput(`Week ${week.weekStart}: quantity must be a number ≥ 0`, { field: `${field}.quantity` });
    return { weekStart: week.weekStart, quantity: week.quantity };
  });
}

export interface SmoothingFit {
  level: number;
  trend: number;
  alpha: number;
  beta: number;
  /** Sum of squared one-step-ahead errors over the history: how well the chosen constants fit. */
  squaredError: number;
}

/**
 * Holt's linear exponential smoothing with a damped trend (Gardner & McKenzie
 * 1985), the constants chosen by grid search for the least one-step-ahead
 * squared error: a trend that keeps growing for 18 months would overstate
 * demand, so the trend fades by `phi` each week.
 */
export function fitDampedTrend(history: readonly number[], phi = 0.9): SmoothingFit {
  if (history.length === 0) return { level: 0, trend: 0, alpha: 0, beta: 0, squaredError: 0 };
  let best: SmoothingFit | undefined;
  for (let alpha = 0.05; alpha <= 0.951; alpha += 0.05) {
    for (let beta = 0.0; beta <= 0.501; beta += 0.05) {
      let level = history[0]!;
      let trend = history.length > 1 ? (history[Math.min(history.length, 4) - 1]! - history[0]!) / Math.max(1, Math.min(history.length, 4) - 1) : 0;
      let squaredError = 0;
      for (let index = 1; index < history.length; index += 1) {
        const predicted = level + phi * trend;
        const actual = history[index]!;
        squaredError += (actual - predicted) ** 2;
        const nextLevel = alpha * actual + (1 - alpha) * predicted;
        trend = beta * (nextLevel - level) + (1 - beta) * phi * trend;
        level = nextLevel;
      }
      if (!best || squaredError < best.squaredError - 1e-9) best = { level, trend, alpha, beta, squaredError };
    }
  }
  return best!;
}

/** `weeks` forecasts after the history, never negative, rounded to whole units. */
export function forecastFromHistory(history: readonly number[], weeks: number, phi = 0.9): number[] {
  const fit = fitDampedTrend(history, phi);
  const forecast: number[] = [];
  let damping = 0;
  for (let ahead = 1; ahead <= weeks; ahead += 1) {
    damping += phi ** ahead;
    forecast.push(Math.max(0, Math.round(fit.level + damping * fit.trend)));
  }
  return forecast;
}
