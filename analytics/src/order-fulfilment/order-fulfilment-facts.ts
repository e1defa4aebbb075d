import { execute, type EntityManager } from '@plexus/db';
import { sharedReadKey, type KpiContribution, type KpiFilter, type KpiPoint, type KpiQuery } from '../kpi/kpi-definition.ts';
import { scopePredicates } from '../kpi/kpi-predicates.ts';
import { pointsOf, sqlGrain, totalsOfRows } from '../kpi/kpi-series.rules.ts';

/**
 * What the order fulfilment KPI families (perfect order, OTIF, cycle time,
 * backlog) share over the facts of the order-fulfilment projection: the
 * window every statement binds once, the line filter, the daily rollup and
 * drill-down rows. Series that need no item filter and no non-default OTIF
 * setting read the daily rollup; the rest read the per-line facts, and both
 * give the same numbers.
 */

export type Window = Pick<KpiQuery, 'from' | 'to' | 'today' | 'filter'>;

/**
 * One row of query parameters every statement joins as `q`, so each value is
 * bound once: the window, what is due by (today, or `to` if earlier), the end
 * of today as a timestamp, and the filter values (applied by `lineFilter`).
 */
export function windowParameters(query: Window) {
  return {
    cte: `q AS (
      SELECT ?::date AS from_day, ?::date AS to_day, ?::date AS today, least(?::date, ?::date) AS last_due_day,
             (?::date + 1)::timestamp AT TIME ZONE 'UTC' AS end_of_today,
             ?::uuid AS site_id, ?::uuid AS customer_id, ?::uuid AS item_id)`,
    params: [
      query.from,
      query.to,
      query.today,
      query.to,
      query.today,
      query.today,
      query.filter.siteId ?? null,
      query.filter.customerId ?? null,
      query.filter.itemId ?? null,
    ],
  };
}

/**
 * The lines a KPI counts, compared with the filter values `windowParameters`
 * bound once. `l.excluded`: orders the customer cancelled before their commit
 * date are not due (perfect order, OTIF); the backlog and cycle time leave
 * out every cancelled order (`l.cancelled`).
 */
export const lineFilter = (filter: KpiFilter, leftOut: 'l.excluded' | 'l.cancelled' = 'l.excluded') =>
  `NOT ${leftOut}${
    scopePredicates([
      { column: 'l.site_id', value: filter.siteId, boundTo: 'q.site_id' },
      { column: 'l.customer_id', value: filter.customerId, boundTo: 'q.customer_id' },
      { column: 'l.item_id', value: filter.itemId, boundTo: 'q.item_id' },
    ]).and
  }`;

export interface ContributionRow {
  subject_id: string;
  label: string;
  order_id: string;
  time: Date | string;
  numerator: number | string;
  denominator: number | string;
  passed: boolean | null;
  reasons: string[] | string;
  total: number | string;
}

export function toContributions(subjectType: string, rows: ContributionRow[]): { totalCount: number; items: KpiContribution[] } {
  return {
    totalCount: Number(rows[0]?.total ?? 0),
    items: rows.map((row) => ({
      subjectType,
      subjectId: row.subject_id,
      label: row.label,
      orderId: row.order_id,
      time: row.time instanceof Date ? row.time : new Date(row.time),
      numerator: Number(row.numerator),
      denominator: Number(row.denominator),
      passed: row.passed,
      reasons: typeof row.reasons === 'string' ? (JSON.parse(row.reasons) as string[]) : row.reasons,
    })),
  };
}

export const rollupColumns = [
  'perfect_orders',
  'on_time_orders',
  'in_full_orders',
  'damage_free_orders',
  'documentation_accurate_orders',
  'orders_due',
  'lines_due',
  'otif_lines',
] as const;

export type RollupColumn = (typeof rollupColumns)[number];

/**
 * Sums of two daily rollup columns by period; site and customer filters
 * only. Every column is summed in one read the perfect-order and OTIF tiles
 * of a request share.
 */
export async function rollupSeries(em: EntityManager, query: KpiQuery, numerator: RollupColumn, denominator: RollupColumn): Promise<KpiPoint[]> {
  const scope = scopePredicates([
    { column: 'site_id', value: query.filter.siteId },
    { column: 'customer_id', value: query.filter.customerId },
  ]);
  const rows = await query.reads.once(sharedReadKey('order-fulfilment-daily', query), () =>
    execute<({ period: string } & Record<RollupColumn, number | string>)[]>(
      em,
      `SELECT to_char(date_trunc(?, day::timestamp), 'YYYY-MM-DD') AS period,
              ${rollupColumns.map((column) => `sum(${column}) AS ${column}`).join(', ')}
         FROM analytics.order_fulfilment_daily
        WHERE by_customer = ?::boolean AND day BETWEEN ?::date AND least(?::date, ?::date)
          AND ${scope.where}
        GROUP BY 1`,
      [sqlGrain[query.grain], Boolean(query.filter.customerId), query.from, query.to, query.today, ...scope.params],
    ),
  );
  return pointsOf(query.periods, totalsOfRows(rows.map((row) => ({ period: row.period, numerator: row[numerator], denominator: row[denominator] }))));
}

