import { execute, sqlArray, type EntityManager } from '@plexus/db';
import { sharedReadKey, type KpiDefinition, type KpiFilter, type KpiName, type KpiPoint, type KpiQuery } from '../kpi/kpi-definition.ts';
import { pointsOf, sqlGrain, totalsOfRows } from '../kpi/kpi-series.rules.ts';
import { interpolate, percentileRanks, rankLookups, type WholeDaysCount } from './cycle-time.rules.ts';
import { lineFilter, toContributions, windowParameters, type ContributionRow } from './order-fulfilment-facts.ts';

/** Order fulfilment cycle time, median and 90th percentile (KPIS.md). */

/**
 * Orders whose every (filtered) line has a proof of delivery, in the period
 * of their last one: cycle time = last proof of delivery − placement, in
 * days. Without an item filter, from the per-order facts; with one, from the
 * order's lines of the item.
 */
const deliveredOrders = (query: { filter: KpiFilter }) => `
  orders AS (${
    query.filter.itemId
      ? `
    SELECT l.order_id, min(l.order_number) AS order_number, min(l.placed_at) AS placed_at, max(l.last_delivered_at) AS delivered_at
      FROM analytics.order_fulfilment_line l, q
     WHERE ${lineFilter(query.filter, 'l.cancelled')}
       AND l.order_id IN (SELECT d.order_id FROM analytics.order_fulfilment_line d, q
                           WHERE d.item_id = q.item_id
                             AND d.last_delivered_at >= q.from_day::timestamp AT TIME ZONE 'UTC'
                             AND d.last_delivered_at < (q.last_due_day + 1)::timestamp AT TIME ZONE 'UTC')
     GROUP BY l.order_id
    HAVING bool_and(l.last_delivered_at IS NOT NULL)`
      : `
    SELECT l.order_id, l.order_number, l.placed_at, l.delivered_at
      FROM analytics.order_fulfilment_order l, q -- aliased l: it has the columns lineFilter reads but item_id
     WHERE ${lineFilter(query.filter, 'l.cancelled')}
       AND l.delivered_at >= q.from_day::timestamp AT TIME ZONE 'UTC'
       AND l.delivered_at < (q.last_due_day + 1)::timestamp AT TIME ZONE 'UTC'`
  }),
  timed AS (
    SELECT o.*, (extract(epoch FROM o.delivered_at - o.placed_at) / 86400)::float8 AS days
      FROM orders o, q
     WHERE o.delivered_at >= q.from_day::timestamp AT TIME ZONE 'UTC'
       AND o.delivered_at < (q.last_due_day + 1)::timestamp AT TIME ZONE 'UTC')`;

/**
 * The cycle time percentile series over all customers (site filter only)
 * from the whole-day rollup: one statement counts each period's orders by
 * whole days, a second sorts only the whole days the percentile's ranks fall
 * in, so a year costs a few thousand rows instead of every order of it.
 * Null when the orders are not where the rollup counted them: the projection
 * has applied new facts and not yet refreshed the rollup (the facts answer then).
 */
export async function cycleTimeSeriesFromRollup(em: EntityManager, query: KpiQuery, fraction: number): Promise<KpiPoint[] | null> {
  const last = query.to < query.today ? query.to : query.today;
  const site = (column: string) => (query.filter.siteId ? ` AND ${column} = ?::uuid` : '');
  const siteParams = query.filter.siteId ? [query.filter.siteId] : [];
  // Periods by their index among the period starts: a binary search per row, cheaper than formatting a date per row.
  // The median and p90 tiles of a request share the counts; only the orders at their ranks differ.
  const counts = await query.reads.once(sharedReadKey('cycle-time-counts', query), () =>
    execute<{ period: number; whole_days: number; orders: number | string; total_days: number | string }[]>(
      em,
      `SELECT width_bucket(day, ?::date[]) AS period, whole_days, sum(orders) AS orders, sum(total_days) AS total_days
         FROM analytics.order_fulfilment_cycle_daily
        WHERE day BETWEEN ?::date AND ?::date${site('site_id')}
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [sqlArray(query.periods.map((period) => period.start)), query.from, last, ...siteParams],
    ),
  );
  const byPeriod = new Map<string, { counts: WholeDaysCount[]; orders: number; totalDays: number }>();
  for (const row of counts) {
    const start = query.periods[Number(row.period) - 1]!.start;
    const period = byPeriod.get(start) ?? byPeriod.set(start, { counts: [], orders: 0, totalDays: 0 }).get(start)!;
    const orders = Number(row.orders);
    if (orders === 0) continue;
    period.counts.push({ wholeDays: Number(row.whole_days), orders });
    period.orders += orders;
    period.totalDays += Number(row.total_days);
  }
  const lookups = query.periods.flatMap((period) => {
    const counted = byPeriod.get(period.start);
    if (!counted || counted.orders === 0) return [];
    const window = { first: period.start > query.from ? period.start : query.from, last: period.end < last ? period.end : last };
    return rankLookups(counted.counts, percentileRanks(counted.orders, fraction)).map((lookup) => ({ period: period.start, ...window, ...lookup }));
  });
  const values = new Map<string, number[]>();
  if (lookups.length > 0) {
    const rows = await execute<{ lookup: number | string; cycle_days: number | string }[]>(
      em,
      `SELECT k.lookup, v.cycle_days
         FROM unnest(?::date[], ?::date[], ?::int[], ?::int[], ?::int[]) WITH ORDINALITY AS k(first_day, last_day, whole_days, skip, take, lookup)
         CROSS JOIN LATERAL (
           SELECT o.cycle_days FROM analytics.order_fulfilment_order o
            WHERE NOT o.cancelled AND floor(o.cycle_days) = k.whole_days AND o.delivered_day BETWEEN k.first_day AND k.last_day${site('o.site_id')}
            ORDER BY o.cycle_days OFFSET k.skip LIMIT k.take) v
        ORDER BY k.lookup, v.cycle_days`,
      [
        sqlArray(lookups.map((lookup) => lookup.first)),
        sqlArray(lookups.map((lookup) => lookup.last)),
        sqlArray(lookups.map((lookup) => lookup.wholeDays)),
        sqlArray(lookups.map((lookup) => lookup.offset)),
        sqlArray(lookups.map((lookup) => lookup.take)),
        ...siteParams,
      ],
    );
    if (rows.length !== lookups.reduce((total, lookup) => total + lookup.take, 0)) return null;
    for (const row of rows) {
      const { period } = lookups[Number(row.lookup) - 1]!;
      values.set(period, [...(values.get(period) ?? []), Number(row.cycle_days)]);
    }
  }
  return query.periods.map((period) => {
    const counted = byPeriod.get(period.start);
    const orders = counted?.orders ?? 0;
    const ranked = values.get(period.start) ?? [];
    const ranks = percentileRanks(orders, fraction);
    return {
      periodStart: period.start,
      periodEnd: period.end,
      value: orders === 0 ? null : interpolate(ranks, ranked[0]!, ranked.at(-1)!),
      numerator: counted?.totalDays ?? 0,
      denominator: orders,
    };
  });
}

function cycleTimeKpi(name: KpiName, fraction: number, label: string, description: string): KpiDefinition {
  return {
    name,
    label,
    description,
    unit: 'DAYS',
    higherIsBetter: false,
    target: null,
    filters: ['siteId', 'itemId', 'customerId'],
    async series(em, query) {
      const fromRollup = query.filter.itemId || query.filter.customerId ? null : await cycleTimeSeriesFromRollup(em, query, fraction);
      if (fromRollup) return fromRollup;
      const window = windowParameters(query);
      const rows = await execute<{ period: string; numerator: string; denominator: string; statistic?: string | null }[]>(
        em,
        `WITH ${window.cte}, ${deliveredOrders(query)}
         SELECT to_char(date_trunc(?, delivered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
                percentile_cont(?::float8) WITHIN GROUP (ORDER BY days) AS statistic, sum(days) AS numerator, count(*) AS denominator
           FROM timed GROUP BY 1`,
        [...window.params, sqlGrain[query.grain], fraction],
      );
      return pointsOf(query.periods, totalsOfRows(rows), ({ statistic }) => statistic ?? null);
    },
    async contributions(em, query) {
      const window = windowParameters(query);
      const rows = await execute<ContributionRow[]>(
        em,
        `WITH ${window.cte}, ${deliveredOrders(query)}
         SELECT order_id AS subject_id, order_number AS label, order_id, delivered_at AS time, days AS numerator, 1 AS denominator,
                NULL::boolean AS passed, to_json('{}'::text[]) AS reasons, count(*) OVER () AS total
           FROM timed
          ORDER BY days DESC, order_number
          LIMIT ? OFFSET ?`,
        [...window.params, query.first, query.offset],
      );
      return toContributions('SalesOrder', rows);
    },
  };
}

export const cycleTimeKpis: KpiDefinition[] = [
  cycleTimeKpi(
    'ORDER_FULFILMENT_CYCLE_TIME_MEDIAN',
    0.5,
    'Order fulfilment cycle time (median)',
    'KPIS.md: proof of delivery of the last line minus order placement, in days, median over the orders completely delivered in the period (interpolated); numerator/denominator are the total days and the number of orders.',
  ),
  cycleTimeKpi(
    'ORDER_FULFILMENT_CYCLE_TIME_P90',
    0.9,
    'Order fulfilment cycle time (90th percentile)',
    'KPIS.md: proof of delivery of the last line minus order placement, in days, 90th percentile (interpolated) over the orders completely delivered in the period; numerator/denominator are the total days and the number of orders.',
  ),
];
