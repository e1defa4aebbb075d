import { badInput } from '@plexus/errors';
import { addDays, isCalendarDate } from '../calendar-date.ts';
import { machineWindows, workingMinutes, type SiteCalendar, type Span } from '../schedule/working-calendar.rules.ts';

/**
 * Sales and operations planning (S&OP) sums the plan to months and product
 * families: demand (forecast and customer orders) against supply
 * (production and purchases) against the capacity of the work centers the
 * family's routings use. Months are calendar months, `YYYY-MM-01`, in UTC
 * like every planning date.
 */

/** The longest plan a meeting looks at: 18 months is the usual S&OP horizon, twice that leaves room for the budget year. */
export const maxPlanMonths = 36;

export const monthStartOf = (date: string) => `${date.slice(0, 7)}-01`;

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + monthNumber - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function monthsFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addMonths(first, index));
}

export function validateMonthCount(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > maxPlanMonths) throw badInput(`months must be a whole number from 1 to ${maxPlanMonths}`, { field: 'months' });
  return months;
}

/**
 * Forecasts are weekly (weeks start on Monday); a week counts in the month
 * its Thursday falls in, the rule ISO 8601 uses to give a week to a year,
 * so a week is never split and quantities stay whole.
 */
export const monthOfWeek = (weekStart: string) => monthStartOf(addDays(weekStart, 3));

/**
 * Where an open order's date lands: its month in the plan; an order due
 * before the first month is still open, so it lands in the first; -1 past
 * the last month.
 */
export function monthIndexOf(months: readonly string[], date: string): number {
  const month = monthStartOf(date);
  return month < months[0]! ? 0 : months.indexOf(month);
}

export interface ItemWeekForecast {
  itemId: string;
  weekStart: string;
  quantity: number;
}

export interface OpenQuantity {
  itemId: string;
  dueDate: string;
  quantity: number;
}

export interface RoutingLoad {
  workCenterId: string;
  setupMinutes: number;
  runSecondsPerUnit: number;
}

export interface ProductionOrder extends OpenQuantity {
  /** Routing steps still to run (a work order's finished operations need no more capacity). */
  steps: readonly RoutingLoad[];
}

export interface SalesAndOperationsInput {
  months: readonly string[];
  familyItemIds: ReadonlySet<string>;
  /** Weekly forecasts of the family's items, one per item and week (sites added up, the scenario's changes laid over). */
  forecasts: readonly ItemWeekForecast[];
  /** Open customer-order quantities of the family's items. */
  salesLines: readonly OpenQuantity[];
  /** Work orders and planned production of every item made at the family's work centers. */
  production: readonly ProductionOrder[];
  /** Open purchase-order lines and planned purchases of the family's items. */
  purchases: readonly OpenQuantity[];
  /** The family's work centers: those its items' routings use. */
  workCenterIds: ReadonlySet<string>;
  /** Working minutes of those work centers' machines, month by month. */
  capacityMinutes: readonly number[];
}

export interface SalesAndOperationsMonth {
  month: string;
  forecast: number;
  orders: number;
  /** Forecast consumed by orders, item by item: the larger of the two per item and month, added up. */
  demand: number;
  production: number;
  purchases: number;
  supply: number;
  capacityHours: number;
  /** Hours the month's production of every item asks of the family's work centers. */
  loadHours: number;
  /** The family's own share of `loadHours`. */
  familyLoadHours: number;
}

/** Hours an order asks of the given work centers: each step's setup once and its run time per unit. */
export function loadHoursOf(order: ProductionOrder, workCenterIds: ReadonlySet<string>): number {
  return order.steps
    .filter((step) => workCenterIds.has(step.workCenterId))
    .reduce((sum, step) => sum + step.setupMinutes / 60 + (step.runSecondsPerUnit * order.quantity) / 3600, 0);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The family's plan month by month. Demand consumes forecast per item: an
 * item's month demands the larger of its forecast and its orders (the
 * master schedule's forecast consumption, at a month's grain), so orders
 * beyond the forecast add to demand and orders within it do not count twice.
 * Load is rough-cut: an order's hours count in the month it is due.
 */
export function planSalesAndOperations(input: SalesAndOperationsInput): SalesAndOperationsMonth[] {
  const count = input.months.length;
  const zeros = () => new Array<number>(count).fill(0);
  const forecastByItem = new Map<string, number[]>();
  const ordersByItem = new Map<string, number[]>();
  const add = (byItem: Map<string, number[]>, itemId: string, index: number, quantity: number) => {
    if (index < 0) return;
    const row = byItem.get(itemId) ?? zeros();
    row[index]! += quantity;
    byItem.set(itemId, row);
  };
  for (const forecast of input.forecasts) {
    if (!input.familyItemIds.has(forecast.itemId)) continue;
    // A forecast for a week before the plan is past: it demands nothing now.
    add(forecastByItem, forecast.itemId, input.months.indexOf(monthOfWeek(forecast.weekStart)), forecast.quantity);
  }
  for (const line of input.salesLines) if (input.familyItemIds.has(line.itemId)) add(ordersByItem, line.itemId, monthIndexOf(input.months, line.dueDate), line.quantity);

  const months = input.months.map((month, index) => ({
    month,
    forecast: 0,
    orders: 0,
    demand: 0,
    production: 0,
    purchases: 0,
    supply: 0,
    capacityHours: round((input.capacityMinutes[index] ?? 0) / 60, 2),
    loadHours: 0,
    familyLoadHours: 0,
  }));
  for (const itemId of new Set([...forecastByItem.keys(), ...ordersByItem.keys()])) {
    const forecast = forecastByItem.get(itemId) ?? zeros();
    const orders = ordersByItem.get(itemId) ?? zeros();
    months.forEach((month, index) => {
      month.forecast += forecast[index]!;
      month.orders += orders[index]!;
      month.demand += Math.max(forecast[index]!, orders[index]!);
    });
  }
  for (const order of input.production) {
    const month = months[monthIndexOf(input.months, order.dueDate)];
    if (!month) continue;
    const hours = loadHoursOf(order, input.workCenterIds);
    month.loadHours += hours;
    if (!input.familyItemIds.has(order.itemId)) continue;
    month.production += order.quantity;
    month.familyLoadHours += hours;
  }
  for (const purchase of input.purchases) {
    const month = months[monthIndexOf(input.months, purchase.dueDate)];
    if (month && input.familyItemIds.has(purchase.itemId)) month.purchases += purchase.quantity;
  }
  return months.map((month) => ({
    ...month,
    forecast: round(month.forecast, 6),
    orders: round(month.orders, 6),
    demand: round(month.demand, 6),
    production: round(month.production, 6),
    purchases: round(month.purchases, 6),
    supply: round(month.production + month.purchases, 6),
    loadHours: round(month.loadHours, 2),
    familyLoadHours: round(month.familyLoadHours, 2),
  }));
}

export interface CapacityMachine {
  id: string;
  siteId: string;
}

/**
 * Working minutes of the machines month by month: their site's shifts less
 * holidays and downtime (maintenance, a scenario's machine down), plus a
 * scenario's extra shifts, cut at month boundaries.
 */
export function capacityMinutesByMonth(
  months: readonly string[],
  machines: readonly CapacityMachine[],
  calendarOf: (siteId: string) => SiteCalendar,
  downtimeOf: (machineId: string) => readonly Span[],
  extraOf: (machineId: string) => readonly Span[],
): number[] {
  const epoch = new Date(`${months[0]}T00:00:00Z`);
  const end = Date.parse(`${addMonths(months.at(-1)!, 1)}T00:00:00Z`);
  const days = Math.round((end - epoch.getTime()) / 86_400_000);
  const boundaries = [...months, addMonths(months.at(-1)!, 1)].map((month) => Math.round((Date.parse(`${month}T00:00:00Z`) - epoch.getTime()) / 60_000));
  const totals = months.map(() => 0);
  for (const machine of machines) {
    const windows = machineWindows(epoch, days, calendarOf(machine.siteId), downtimeOf(machine.id), extraOf(machine.id));
    months.forEach((_, index) => (totals[index]! += workingMinutes(windows, boundaries[index]!, boundaries[index + 1]!)));
  }
  return totals;
}

export interface ConsensusMonthInput {
  month: string;
  quantity: number;
}

/** How many decisions and how long each: a meeting's minutes, not a document. */
const maxDecisions = 50;
const maxDecisionLength = 500;

/** A consensus plan as the meeting agreed it: months in order, each once, within the longest plan; decisions as written lines. */
export function validateConsensus(input: { months: readonly ConsensusMonthInput[]; decisions: readonly string[] }): { months: ConsensusMonthInput[]; decisions: string[] } {
  if (input.months.length < 1 || input.months.length > maxPlanMonths) throw badInput(`A consensus plan covers 1 to ${maxPlanMonths} months`, { field: 'months' });
  const seen = new Set<string>();
  const months = input.months.map((entry, index) => {
    if (!isCalendarDate(entry.month)) throw badInput(`Month ${index + 1} is not a YYYY-MM-DD date`, { field: `months[${index}].month` });
    const month = monthStartOf(entry.month);
    if (seen.has(month)) throw badInput(`${month.slice(0, 7)} appears twice`, { field: `months[${index}].month` });
    seen.add(month);
    if (!Number.isFinite(entry.quantity) || entry.quantity < 0) throw badInput(`${month.slice(0, 7)}: quantity must be a number ≥ 0`, { field: `months[${index}].quantity` });
    return { month, quantity: entry.quantity };
  });
  months.sort((a, b) => a.month.localeCompare(b.month));
  if (months.at(-1)!.month >= addMonths(months[0]!.month, maxPlanMonths)) throw badInput(`A consensus plan spans at most ${maxPlanMonths} months`, { field: 'months' });
  const decisions = input.decisions.map((decision) => decision.trim()).filter((decision) => decision.length > 0);
  if (decisions.length === 0) throw badInput('Record at least one decision of the meeting', { field: 'decisions' });
  if (decisions.length > maxDecisions) throw badInput(`At most ${maxDecisions} decisions`, { field: 'decisions' });
  if (decisions.some((decision) => decision.length > maxDecisionLength)) throw badInput(`A decision is at most ${maxDecisionLength} characters`, { field: 'decisions' });
  return { months, decisions };
}

/** The months from the first to the last the consensus names, so its snapshot holds the plan's figures for each. */
export const consensusSpan = (months: readonly ConsensusMonthInput[]) => {
  const first = months[0]!.month;
  const last = months.at(-1)!.month;
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  return { first, count: (ly - fy) * 12 + lm - fm + 1 };
};
