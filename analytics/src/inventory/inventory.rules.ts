import type { EventPayloads } from '@plexus/events';
import type { KpiContribution, KpiPoint, Period } from '../kpi/kpi-definition.ts';
import { roundMoney, roundQuantity } from '../kpi/kpi-format.rules.ts';
import { pageOf } from '../kpi/kpi-page.rules.ts';
import { addDays, daysBetween, daysIn, type DayWindow } from '../kpi/kpi-period.rules.ts';

/**
 * Inventory turns and days of inventory (KPIS.md): turns = COGS of the period
 * / average daily inventory value of the period; annualised turns = turns ×
 * 365 / days; DIO = days / turns.
 *
 * A day without a snapshot of a warehouse carries that warehouse's last
 * snapshot forward: stock stays on the shelf until something moves it, so a
 * missed count (a weekend, a failed job) says nothing about the stock, while
 * counting the day as zero would inflate turns and averaging only the counted
 * days would let a few counts stand for the whole period. Before a
 * warehouse's first snapshot its stock is unknown and counts as zero.
 */

/** One warehouse's count valued at standard cost, standing until the warehouse's next count (exclusive) or for ever. */
export interface SnapshotRun {
  warehouseId: string;
  day: string;
  nextDay: string | null;
  value: number;
}

/** Σ over days of the window of the inventory value standing that day, / days. */
export function averageDailyValue(runs: readonly SnapshotRun[], window: DayWindow): number {
  const windowEnd = addDays(window.last, 1);
  let valueDays = 0;
  for (const run of runs) {
    const start = run.day > window.from ? run.day : window.from;
    const endExclusive = run.nextDay === null || run.nextDay > windowEnd ? windowEnd : run.nextDay;
    if (endExclusive <= start) continue;
    valueDays += run.value * daysBetween(start, endExclusive);
  }
  return valueDays / daysIn(window);
}

export const costOfGoodsSold = (daily: readonly { day: string; cost: number }[], window: DayWindow) =>
  daily.filter((entry) => entry.day >= window.from && entry.day <= window.last).reduce((total, entry) => total + entry.cost, 0);

export interface InventoryTurns {
  from: string;
  to: string;
  days: number;
  costOfGoodsSold: number;
  averageInventoryValue: number;
  /** null without inventory. */
  turns: number | null;
  annualisedTurns: number | null;
  /** null when nothing sold: the stock would last for ever. */
  daysOfInventory: number | null;
}

export function inventoryTurns(window: DayWindow, costOfGoodsSold: number, averageInventoryValue: number): InventoryTurns {
  const days = daysIn(window);
  const turns = averageInventoryValue > 0 ? costOfGoodsSold / averageInventoryValue : null;
  return {
    from: window.from,
    to: window.last,
    days,
    costOfGoodsSold,
    averageInventoryValue,
    turns,
    annualisedTurns: turns === null ? null : (turns * 365) / days,
    daysOfInventory: turns ? days / turns : null,
  };
}

export type TurnsMeasure = 'annualisedTurns' | 'daysOfInventory';

/** A point carries COGS over average inventory value; the value is the measure, so a chart can re-derive either. */
export function turnsPoint(period: Period, turns: InventoryTurns | null, measure: TurnsMeasure): KpiPoint {
  return {
    periodStart: period.start,
    periodEnd: period.end,
    value: turns?.[measure] ?? null,
    numerator: turns?.costOfGoodsSold ?? 0,
    denominator: turns?.averageInventoryValue ?? 0,
  };
}

/** One item's turns with its average on-hand quantity over the same days, so a drill-down can tell stock valued at zero from no stock. */
export interface ItemTurns extends InventoryTurns {
  averageOnHand: number;
}

function turnsWords(turns: ItemTurns): string {
  if (turns.annualisedTurns !== null) return `${roundQuantity(Math.round(turns.annualisedTurns * 100) / 100)} turns a year`;
  return turns.averageOnHand > 0 ? 'stock valued at zero standard cost, turns unknown' : 'no stock';
}

/**
 * One item's turns behind the KPI; slowest movers first, since they are what
 * an executive looks for. The label says what the numbers beside it say,
 * rounded alike (COGS over average inventory value, both to the cent).
 */
export function turnsContributions(
  items: readonly { itemId: string; label: string; turns: ItemTurns }[],
  page: { first: number; offset: number },
): { totalCount: number; items: KpiContribution[] } {
  const slowestFirst = [...items].sort(
    (a, b) =>
      (a.turns.turns ?? Number.POSITIVE_INFINITY) - (b.turns.turns ?? Number.POSITIVE_INFINITY) ||
      b.turns.averageInventoryValue - a.turns.averageInventoryValue ||
      a.label.localeCompare(b.label),
  );
  // Nothing passes or fails here, so there is nothing to leave out: every item, a page of them.
  const shown = pageOf(slowestFirst.map((item) => ({ ...item, passed: null })), { first: page.first, offset: page.offset });
  return {
    totalCount: shown.totalCount,
    items: shown.items.map(({ itemId, label, turns }) => ({
      subjectType: 'Item',
      subjectId: itemId,
      label:
        `${label} · COGS ${roundMoney(turns.costOfGoodsSold)} · average on hand ${roundQuantity(turns.averageOnHand)} worth ${roundMoney(turns.averageInventoryValue)} · ` +
        `${turnsWords(turns)} · ${turns.daysOfInventory === null ? 'nothing sold' : `${roundMoney(turns.daysOfInventory)} days of inventory`}`,
      orderId: null,
      time: null,
      numerator: roundMoney(turns.costOfGoodsSold),
      denominator: roundMoney(turns.averageInventoryValue),
      passed: null,
      reasons: [],
    })),
  };
}

/** Snapshot rows of one count: a warehouse's whole on-hand, valued at the standard cost of that day. */
export const snapshotRows = (payload: EventPayloads['wms.InventorySnapshotTaken']) =>
  payload.balances.map((balance) => ({
    itemId: balance.itemId,
    quantity: balance.quantity,
    standardCost: balance.standardCost,
    value: balance.quantity * balance.standardCost,
  }));

/** Shipped lines summed per day, site and item: quantity and quantity × standard cost at shipment. */
export function dailyCostOfGoodsSold(shipments: readonly { time: Date; siteId: string | null; payload: EventPayloads['wms.ShipmentShipped'] }[]) {
  const byKey = new Map<string, { day: string; siteId: string | null; itemId: string; quantity: number; cost: number }>();
  for (const shipment of shipments) {
    const day = shipment.time.toISOString().slice(0, 10);
    for (const line of shipment.payload.lines) {
      const key = `${day}|${shipment.siteId}|${line.itemId}`;
      const entry = byKey.get(key) ?? { day, siteId: shipment.siteId, itemId: line.itemId, quantity: 0, cost: 0 };
      entry.quantity += line.quantity;
      entry.cost += line.quantity * line.standardCost;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
