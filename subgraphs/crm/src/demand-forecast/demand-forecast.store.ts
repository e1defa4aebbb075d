import { execute, sqlArray, type EntityManager } from '@plexus/db';
import type { ForecastSource, ForecastWeek } from './demand-forecast.rules.ts';

export interface StoredForecast {
  itemId: string;
  siteId: string;
  source: ForecastSource;
  weekStart: string;
  quantity: number;
  updatedAt: Date;
}

interface ForecastRow {
  item_id: string;
  site_id: string;
  source: ForecastSource;
  week_start: string | Date;
  quantity: string;
  updated_at: Date;
}

const toForecast = (row: ForecastRow): StoredForecast => ({
  itemId: row.item_id,
  siteId: row.site_id,
  source: row.source,
  weekStart: typeof row.week_start === 'string' ? row.week_start.slice(0, 10) : row.week_start.toISOString().slice(0, 10),
  quantity: Number(row.quantity),
  updatedAt: new Date(row.updated_at),
});

export interface ForecastFilter {
  itemIds?: readonly string[] | null;
  siteId?: string | null;
  source?: ForecastSource | null;
  from?: string | null;
  to?: string | null;
}

/** Forecast weeks matching the filter, by item, site, source and week, in one statement. */
export async function readForecasts(em: EntityManager, filter: ForecastFilter): Promise<StoredForecast[]> {
  const rows = await execute<ForecastRow[]>(
    em,
    `SELECT item_id, site_id, source, week_start::text AS week_start, quantity, updated_at FROM crm.demand_forecast
      WHERE (?::uuid[] IS NULL OR item_id = ANY(?::uuid[]))
        AND (?::uuid IS NULL OR site_id = ?::uuid)
        AND (?::text IS NULL OR source = ?::text)
        AND (?::date IS NULL OR week_start >= ?::date)
        AND (?::date IS NULL OR week_start <= ?::date)
      ORDER BY item_id, site_id, source, week_start`,
    [
      ...Array(2).fill(filter.itemIds?.length ? sqlArray(filter.itemIds) : null),
      ...Array(2).fill(filter.siteId ?? null),
      ...Array(2).fill(filter.source ?? null),
      ...Array(2).fill(filter.from ?? null),
      ...Array(2).fill(filter.to ?? null),
    ],
  );
  return rows.map(toForecast);
}

/** Replaces the given weeks of one item, site and source; returns them as stored. */
export async function writeForecastWeeks(
  em: EntityManager,
  key: { itemId: string; siteId: string; source: ForecastSource },
  weeks: readonly ForecastWeek[],
  now: Date,
): Promise<StoredForecast[]> {
  const rows = await execute<ForecastRow[]>(
    em,
    `INSERT INTO crm.demand_forecast (item_id, site_id, source, week_start, quantity, updated_at)
     SELECT ?::uuid, ?::uuid, ?::text, week.start, week.quantity, ?::timestamptz
       FROM unnest(?::date[], ?::numeric[]) AS week (start, quantity)
     ON CONFLICT (item_id, site_id, source, week_start) DO UPDATE SET quantity = excluded.quantity, updated_at = excluded.updated_at
     RETURNING item_id, site_id, source, week_start::text AS week_start, quantity, updated_at`,
    [key.itemId, key.siteId, key.source, now, sqlArray(weeks.map((week) => week.weekStart)), sqlArray(weeks.map((week) => week.quantity))],
  );
  return rows.map(toForecast).sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/**
 * Units ordered per week of one item at one site, oldest week first, from
 * `from` up to the week before `until`: the history a statistical forecast
 * starts from. Cancelled orders are left out; weeks without orders count 0.
 */
export async function readWeeklyOrderedQuantities(em: EntityManager, query: { itemId: string; siteId: string; from: string; until: string }): Promise<number[]> {
  const rows = await execute<{ quantity: string }[]>(
    em,
    `SELECT coalesce(sum(l.quantity), 0) AS quantity
       FROM generate_series(?::date, ?::date - 7, interval '7 days') AS week (start)
       LEFT JOIN crm.sales_order o
         ON o.site_id = ?::uuid AND o.status <> 'CANCELLED'
        AND o.ordered_at >= week.start AND o.ordered_at < week.start + interval '7 days'
       LEFT JOIN crm.sales_order_line l ON l.sales_order_id = o.id AND l.item_id = ?::uuid
      GROUP BY week.start
      ORDER BY week.start`,
    [query.from, query.until, query.siteId, query.itemId],
  );
  return rows.map((row) => Number(row.quantity));
}
