import { badInput } from '@plexus/errors';

const dayMs = 86_400_000;

/** Monday of the ISO week of a calendar date. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

export const addWeeks = (weekStart: string, weeks: number) => new Date(Date.parse(`${weekStart}T00:00:00Z`) + weeks * 7 * dayMs).toISOString().slice(0, 10);

export function validatePlanWeeks(weeks: readonly { weekStart: string; quantity: number }[]): void {
  if (weeks.length === 0) throw badInput('Plan at least one week', { field: 'weeks' });
  const seen = new Set<string>();
  weeks.forEach((week, index) => {
    if (weekStartOf(week.weekStart) !== week.weekStart) throw badInput(`Week ${index + 1}: ${week.weekStart} is not a Monday`, { week: index + 1, field: 'weekStart' });
    if (seen.has(week.weekStart)) throw badInput(`Week ${week.weekStart} is planned twice`, { week: index + 1, field: 'weekStart' });
    seen.add(week.weekStart);
    if (!Number.isFinite(week.quantity) || week.quantity < 0) throw badInput(`Week ${index + 1}: quantity must be 0 or more`, { week: index + 1, field: 'quantity' });
  });
}

export interface FirmLine {
  itemId: string;
  /** Promised date, else requested date. */
  dueDate: string;
  openQuantity: number;
}

export interface PlannedWeek {
  itemId: string;
  weekStart: string;
  quantity: number;
}

export interface ForecastWeek {
  itemId: string;
  weekStart: string;
  firmQuantity: number;
  plannedQuantity: number;
}

/**
 * A supplier's view of what is coming, per item and week over
 * [from, from + weeks): open order quantity by the week it is due (overdue
 * lines in the first week: they are still wanted), and the buyer's planned
 * need beyond what is already ordered for that week.
 */
export function forecastWeeks(firm: readonly FirmLine[], planned: readonly PlannedWeek[], from: string, weeks: number): ForecastWeek[] {
  const end = addWeeks(from, weeks);
  const rows = new Map<string, ForecastWeek>();
  const row = (itemId: string, weekStart: string) => {
    const key = `${itemId}|${weekStart}`;
    const existing = rows.get(key) ?? { itemId, weekStart, firmQuantity: 0, plannedQuantity: 0 };
    rows.set(key, existing);
    return existing;
  };
  for (const line of firm) {
    if (line.openQuantity <= 0) continue;
    const week = line.dueDate < from ? from : weekStartOf(line.dueDate);
    if (week >= end) continue;
    row(line.itemId, week).firmQuantity += line.openQuantity;
  }
  for (const plan of planned) {
    if (plan.weekStart < from || plan.weekStart >= end) continue;
    const target = row(plan.itemId, plan.weekStart);
    target.plannedQuantity = Math.max(0, plan.quantity - target.firmQuantity);
  }
  return [...rows.values()]
    .filter((week) => week.firmQuantity > 0 || week.plannedQuantity > 0)
    .sort((a, b) => a.itemId.localeCompare(b.itemId) || a.weekStart.localeCompare(b.weekStart));
}
