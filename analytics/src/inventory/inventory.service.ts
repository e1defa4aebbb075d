import DataLoader from 'dataloader';
import { isId, sqlArray, type EntityManager, execute } from '@plexus/db';
import { badInput } from '@plexus/errors';
import type { KpiFilter } from '../kpi/kpi-definition.ts';
import { daysIn, type DayWindow } from '../kpi/kpi-period.rules.ts';
import { scopePredicates } from '../kpi/kpi-predicates.ts';
import { validateRange } from '../kpi/kpi-query.rules.ts';
import { averageDailyValue, costOfGoodsSold, inventoryTurns, type InventoryTurns, type ItemTurns, type SnapshotRun } from './inventory.rules.ts';

/**
 * Reads the inventory projection's tables: snapshot runs (a warehouse's count
 * and the day its next count replaces it) and daily COGS for series, or
 * per-item totals for drill-downs and `Item.inventoryTurns`, in one statement
 * each whatever the number of periods or items.
 */

export interface InventoryScope {
  siteId?: string | null | undefined;
  /** Only these items; all when absent. */
  itemIds?: readonly string[] | null | undefined;
}

const scopeOf = (filter: KpiFilter): InventoryScope => ({ siteId: filter.siteId, itemIds: filter.itemId ? [filter.itemId] : null });

/** Each warehouse count of the site in scope with the day the warehouse's next count replaces it. */
function takenCte(scope: InventoryScope) {
  const site = scopePredicates([{ column: 'site_id', value: scope.siteId }]);
  return {
    sql: `
  taken AS (
    SELECT warehouse_id, day, value, lead(day) OVER (PARTITION BY warehouse_id ORDER BY day) AS next_day
      FROM analytics.inventory_snapshot_taken
     WHERE ${site.where}
  )`,
    params: site.params,
  };
}

/** Counts standing on some day of [from, last], each valued over the items in scope: over all items, the count's stored total. */
async function snapshotRuns(em: EntityManager, scope: InventoryScope, window: DayWindow): Promise<SnapshotRun[]> {
  const taken = takenCte(scope);
  const items = scopePredicates([{ column: 's.item_id', value: scope.itemIds }]);
  const rows = await execute<{ warehouse_id: string; day: string; next_day: string | null; value: string | number }[]>(
    em,
    scope.itemIds
      ? `WITH ${taken.sql}
         SELECT t.warehouse_id, t.day::text AS day, t.next_day::text AS next_day, sum(s.value) AS value
           FROM taken t
           JOIN analytics.inventory_snapshot s ON s.warehouse_id = t.warehouse_id AND s.day = t.day
          WHERE t.day <= ?::date AND (t.next_day IS NULL OR t.next_day > ?::date)${items.and}
          GROUP BY t.warehouse_id, t.day, t.next_day`
      : `WITH ${taken.sql}
         SELECT warehouse_id, day::text AS day, next_day::text AS next_day, value
           FROM taken
          WHERE day <= ?::date AND (next_day IS NULL OR next_day > ?::date)`,
    [...taken.params, window.last, window.from, ...items.params],
  );
  return rows.map((row) => ({ warehouseId: row.warehouse_id, day: row.day, nextDay: row.next_day, value: Number(row.value) }));
}

/** COGS per day in scope: over all items, the per-site daily totals. */
async function dailyCosts(em: EntityManager, scope: InventoryScope, window: DayWindow) {
  const scoped = scopePredicates([
    { column: 'site_id', value: scope.siteId },
    { column: 'item_id', value: scope.itemIds },
  ]);
  const rows = await execute<{ day: string; cost: string | number }[]>(
    em,
    `SELECT day::text AS day, sum(cost_of_goods_sold) AS cost
       FROM analytics.${scope.itemIds ? 'inventory_daily_cogs' : 'inventory_daily_site_cogs'}
      WHERE day BETWEEN ?::date AND ?::date${scoped.and}
      GROUP BY day`,
    [window.from, window.last, ...scoped.params],
  );
  return rows.map((row) => ({ day: row.day, cost: Number(row.cost) }));
}

/** Turns of every window (null: a period entirely in the future), read over their union in one pass. */
export async function turnsOfWindows(em: EntityManager, filter: KpiFilter, windows: readonly (DayWindow | null)[]): Promise<(InventoryTurns | null)[]> {
  const present = windows.filter((window): window is DayWindow => window !== null);
  if (present.length === 0) return windows.map(() => null);
  const span = { from: present[0]!.from, last: present.at(-1)!.last };
  const runs = await snapshotRuns(em, scopeOf(filter), span);
  const costs = await dailyCosts(em, scopeOf(filter), span);
  return windows.map((window) => (window ? inventoryTurns(window, costOfGoodsSold(costs, window), averageDailyValue(runs, window)) : null));
}

/**
 * Turns per item over one window, for the items with stock or shipments in it
 * (or exactly `scope.itemIds`). A year of daily counts is tens of thousands of
 * item rows, so the database adds up value × days standing inside the window
 * per item (the carry-forward of `averageDailyValue`) and returns one row per item.
 */
export async function turnsByItem(em: EntityManager, scope: InventoryScope, window: DayWindow): Promise<Map<string, ItemTurns>> {
  const taken = takenCte(scope);
  const items = scopePredicates([{ column: 's.item_id', value: scope.itemIds }]);
  const valueDays = await execute<{ item_id: string; value_days: string | number; quantity_days: string | number }[]>(
    em,
    `WITH ${taken.sql}, standing AS (
       SELECT s.item_id, s.value, s.quantity, least(coalesce(t.next_day, ?::date + 1), ?::date + 1) - greatest(t.day, ?::date) AS days
         FROM taken t
         JOIN analytics.inventory_snapshot s ON s.warehouse_id = t.warehouse_id AND s.day = t.day
        WHERE t.day <= ?::date AND (t.next_day IS NULL OR t.next_day > ?::date)${items.and})
     SELECT item_id, sum(value * days) AS value_days, sum(quantity * days) AS quantity_days FROM standing GROUP BY item_id`,
    [...taken.params, window.last, window.last, window.from, window.last, window.from, ...items.params],
  );
  const costScope = scopePredicates([
    { column: 'site_id', value: scope.siteId },
    { column: 'item_id', value: scope.itemIds },
  ]);
  const costs = await execute<{ item_id: string; cost: string | number }[]>(
    em,
    `SELECT item_id, sum(cost_of_goods_sold) AS cost
       FROM analytics.inventory_daily_cogs
      WHERE day BETWEEN ?::date AND ?::date${costScope.and}
      GROUP BY item_id`,
    [window.from, window.last, ...costScope.params],
  );
  const none = () => ({ valueDays: 0, quantityDays: 0, cost: 0 });
  const totals = new Map<string, { valueDays: number; quantityDays: number; cost: number }>((scope.itemIds ?? []).map((itemId) => [itemId, none()]));
  const totalOf = (itemId: string) => totals.get(itemId) ?? totals.set(itemId, none()).get(itemId)!;
  for (const row of valueDays) {
    totalOf(row.item_id).valueDays += Number(row.value_days);
    totalOf(row.item_id).quantityDays += Number(row.quantity_days);
  }
  for (const row of costs) totalOf(row.item_id).cost += Number(row.cost);
  const days = daysIn(window);
  return new Map(
    [...totals].map(([itemId, total]) => [itemId, { ...inventoryTurns(window, total.cost, total.valueDays / days), averageOnHand: total.quantityDays / days }]),
  );
}

/** SKUs from erp's item events, so a drill-down names items as people know them. */
export async function itemLabels(em: EntityManager, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await execute<{ item_id: string; sku: string }[]>(
    em,
    `SELECT DISTINCT ON (subject_id) subject_id AS item_id, payload->>'sku' AS sku
       FROM analytics.supply_chain_event
      WHERE type = 'erp.ItemCreated' AND subject_id = ANY(?::uuid[])
      ORDER BY subject_id, time DESC`,
    [sqlArray(itemIds)],
  );
  return new Map(rows.map((row) => [row.item_id, row.sku]));
}

export interface ItemTurnsRequest {
  itemId: string;
  from: string;
  to: string;
  siteId: string | null;
}

/**
 * `Item.inventoryTurns` for a list of items costs two statements per distinct
 * (from, to, site), however many items the list has.
 */
export function createInventoryLoaders(em: EntityManager, today: () => string) {
  return {
    itemTurns: new DataLoader<ItemTurnsRequest, InventoryTurns, string>(
      async (requests) => {
        const groups = new Map<string, ItemTurnsRequest[]>();
        for (const request of requests) {
          const key = `${request.from}|${request.to}|${request.siteId}`;
          groups.set(key, [...(groups.get(key) ?? []), request]);
        }
        const answers = new Map<string, InventoryTurns>();
        for (const group of groups.values()) {
          const { from, to, siteId } = group[0]!;
          const window = { from, last: to < today() ? to : today() };
          const turns = await turnsByItem(em, { siteId, itemIds: group.map((request) => request.itemId) }, window);
          for (const request of group) answers.set(requestKey(request), turns.get(request.itemId)!);
        }
        return requests.map((request) => answers.get(requestKey(request))!);
      },
      { cacheKeyFn: (request) => requestKey(request) },
    ),
  };
}

const requestKey = (request: ItemTurnsRequest) => `${request.itemId}|${request.from}|${request.to}|${request.siteId}`;

/** Checks the arguments before any SQL: turns are about the past, so a period starting after today has none. */
export function itemTurnsRequest(itemId: string, args: { from: string; to: string; siteId?: string | null }, today: string): ItemTurnsRequest {
  validateRange(args.from, args.to);
  if (args.from > today) throw badInput(`from (${args.from}) is after today (${today}): turns are measured over days gone by`, { field: 'from' });
  if (args.siteId != null && !isId(args.siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  return { itemId, from: args.from, to: args.to, siteId: args.siteId?.toLowerCase() ?? null };
}
