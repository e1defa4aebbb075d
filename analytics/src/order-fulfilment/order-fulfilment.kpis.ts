import { execute, sqlArray, type EntityManager } from '@plexus/db';
import {
  sharedReadKey,
  type KpiContribution,
  type KpiContributionQuery,
  type KpiDefinition,
  type KpiFilter,
  type KpiName,
  type KpiPoint,
  type KpiQuery,
  type OtifSettings,
  type Period,
} from '../kpi/kpi-definition.ts';
import type { PerfectOrderReason } from '../perfect-order/perfect-order.rules.ts';
import { interpolate, percentileRanks, rankLookups, type WholeDaysCount } from './cycle-time.rules.ts';
import { componentReasons, type PerfectOrderComponent } from './order-fulfilment.rules.ts';

/**
 * The order fulfilment KPIs of KPIS.md over the facts of the order-fulfilment
 * projection: perfect order rate (SCOR RL.1.1) and its components RL.2.1–2.4
 * per order, OTIF per line with explicit settings, order fulfilment cycle
 * time, and open order backlog. Series that need no item filter and no
 * non-default OTIF setting read the daily rollup; the rest read the per-line
 * facts, and both give the same numbers.
 */

type Window = Pick<KpiQuery, 'from' | 'to' | 'today' | 'filter'>;

/**
 * One row of query parameters every statement joins as `q`, so each value is
 * bound once: the window, what is due by (today, or `to` if earlier), the end
 * of today as a timestamp, and the filter values (applied by `lineFilter`).
 */
function windowParameters(query: Window) {
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
 * Only the filters given, so the planner estimates an unfiltered query as one.
 * `l.excluded`: orders the customer cancelled before their commit date are not
 * due (perfect order, OTIF); the backlog and cycle time leave out every
 * cancelled order (`l.cancelled`).
 */
const lineFilter = (filter: KpiFilter, leftOut: 'l.excluded' | 'l.cancelled' = 'l.excluded') =>
  [
    `NOT ${leftOut}`,
    ...(filter.siteId ? ['l.site_id = q.site_id'] : []),
    ...(filter.customerId ? ['l.customer_id = q.customer_id'] : []),
    ...(filter.itemId ? ['l.item_id = q.item_id'] : []),
  ].join(' AND ');

const sqlGrain = { DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;

interface PeriodRow {
  period: string;
  numerator: number | string;
  denominator: number | string;
  statistic?: number | string | null;
}

/** One point per requested period; a period without rows counts nothing. */
function toPoints(periods: Period[], rows: PeriodRow[], value: (row: { numerator: number; denominator: number; statistic: number | null }) => number | null): KpiPoint[] {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  return periods.map((period) => {
    const row = byPeriod.get(period.start);
    const numerator = Number(row?.numerator ?? 0);
    const denominator = Number(row?.denominator ?? 0);
    const statistic = row?.statistic === null || row?.statistic === undefined ? null : Number(row.statistic);
    return {
      periodStart: period.start,
      periodEnd: period.end,
      value: denominator === 0 ? null : value({ numerator, denominator, statistic }),
      numerator,
      denominator,
    };
  });
}

const ratio = ({ numerator, denominator }: { numerator: number; denominator: number }) => numerator / denominator;

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

interface ContributionRow {
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

function toContributions(subjectType: string, rows: ContributionRow[]): { totalCount: number; items: KpiContribution[] } {
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

/* ---------------------------------------------------------------- perfect order */

type PerfectOrderMeasure = 'perfect' | PerfectOrderComponent;

const measureSql: Record<PerfectOrderMeasure, { line: string; rollup: RollupColumn }> = {
  perfect: { line: 'l.on_time * l.in_full * l.damage_free * l.documentation_accurate', rollup: 'perfect_orders' },
  onTime: { line: 'l.on_time', rollup: 'on_time_orders' },
  inFull: { line: 'l.in_full', rollup: 'in_full_orders' },
  damageFree: { line: 'l.damage_free', rollup: 'damage_free_orders' },
  documentationAccurate: { line: 'l.documentation_accurate', rollup: 'documentation_accurate_orders' },
};

const allReasons: readonly PerfectOrderReason[] = [...new Set(Object.values(componentReasons).flat())];

/**
 * Orders due in the window with the measure 0/1: an order is restricted to
 * its lines that pass the filters, due on their latest commit date, passing
 * only if every one of them passes.
 */
const dueOrders = (measure: PerfectOrderMeasure, query: { filter: KpiFilter }) => `
  lines AS (
    SELECT l.order_id, l.order_number, l.commit_date, ${measureSql[measure].line} AS passes
      FROM analytics.order_fulfilment_line l, q
     WHERE ${lineFilter(query.filter)} AND l.order_commit_date >= q.from_day),
  orders AS (
    SELECT order_id, min(order_number) AS order_number, max(commit_date) AS due, min(passes) AS passed
      FROM lines GROUP BY order_id),
  due AS (SELECT o.* FROM orders o, q WHERE o.due BETWEEN q.from_day AND q.last_due_day)`;

/** The perfect-order (or component) series from the per-line facts; any filter. */
export async function perfectOrderSeriesFromFacts(em: EntityManager, query: KpiQuery, measure: PerfectOrderMeasure): Promise<KpiPoint[]> {
  const window = windowParameters(query);
  const rows = await execute<PeriodRow[]>(
    em,
    `WITH ${window.cte}, ${dueOrders(measure, query)}
     SELECT to_char(date_trunc(?, due::timestamp), 'YYYY-MM-DD') AS period, sum(passed) AS numerator, count(*) AS denominator
       FROM due GROUP BY 1`,
    [...window.params, sqlGrain[query.grain]],
  );
  return toPoints(query.periods, rows, ratio);
}

const rollupColumns = [
  'perfect_orders',
  'on_time_orders',
  'in_full_orders',
  'damage_free_orders',
  'documentation_accurate_orders',
  'orders_due',
  'lines_due',
  'otif_lines',
] as const;

type RollupColumn = (typeof rollupColumns)[number];

/**
 * Sums of two daily rollup columns by period; site and customer filters
 * only. Every column is summed in one read the perfect-order and OTIF tiles
 * of a request share.
 */
async function rollupSeries(em: EntityManager, query: KpiQuery, numerator: RollupColumn, denominator: RollupColumn): Promise<KpiPoint[]> {
  const rows = await query.reads.once(sharedReadKey('order-fulfilment-daily', query), () =>
    execute<({ period: string } & Record<RollupColumn, number | string>)[]>(
      em,
      `SELECT to_char(date_trunc(?, day::timestamp), 'YYYY-MM-DD') AS period,
              ${rollupColumns.map((column) => `sum(${column}) AS ${column}`).join(', ')}
         FROM analytics.order_fulfilment_daily
        WHERE by_customer = ?::boolean AND day BETWEEN ?::date AND least(?::date, ?::date)
          AND (?::uuid IS NULL OR site_id = ?::uuid) AND (?::uuid IS NULL OR customer_id = ?::uuid)
        GROUP BY 1`,
      [
        sqlGrain[query.grain],
        Boolean(query.filter.customerId),
        query.from,
        query.to,
        query.today,
        ...Array(2).fill(query.filter.siteId ?? null),
        ...Array(2).fill(query.filter.customerId ?? null),
      ],
    ),
  );
  return toPoints(
    query.periods,
    rows.map((row) => ({ period: row.period, numerator: row[numerator], denominator: row[denominator] })),
    ratio,
  );
}

/** The same series from the daily rollup; site and customer filters only. */
export const perfectOrderSeriesFromRollup = (em: EntityManager, query: KpiQuery, measure: PerfectOrderMeasure) =>
  rollupSeries(em, query, measureSql[measure].rollup, 'orders_due');

/**
 * One page of orders, failing first, then their reasons for this measure in
 * the order the lines list them, looked up per order of the page only.
 */
async function perfectOrderContributions(em: EntityManager, query: KpiContributionQuery, measure: PerfectOrderMeasure) {
  const window = windowParameters(query);
  const reasons = measure === 'perfect' ? allReasons : componentReasons[measure];
  const rows = await execute<ContributionRow[]>(
    em,
    `WITH ${window.cte}, ${dueOrders(measure, query)},
     page AS (
       SELECT d.*, count(*) OVER () AS total FROM due d
        WHERE NOT ?::boolean OR d.passed = 0
        ORDER BY d.passed, d.due, d.order_number
        LIMIT ? OFFSET ?)
     SELECT p.order_id AS subject_id, p.order_number AS label, p.order_id, to_char(p.due, 'YYYY-MM-DD') AS time,
            p.passed AS numerator, 1 AS denominator, p.passed = 1 AS passed, p.total,
            (SELECT to_json(coalesce(array_agg(ranked.reason ORDER BY ranked.rank), '{}'::text[]))
               FROM (SELECT r.reason, min(l.line_number * 1000 + r.position) AS rank
                       FROM analytics.order_fulfilment_line l CROSS JOIN q
                       CROSS JOIN LATERAL unnest(l.reasons) WITH ORDINALITY AS r(reason, position)
                      WHERE l.order_id = p.order_id AND ${lineFilter(query.filter)} AND r.reason = ANY(?::text[])
                      GROUP BY r.reason) ranked) AS reasons
       FROM page p
      ORDER BY p.passed, p.due, p.order_number`,
    [...window.params, query.onlyFailing, query.first, query.offset, `{${reasons.join(',')}}`],
  );
  return toContributions('SalesOrder', rows.map((row) => ({ ...row, time: dayStart(String(row.time)) })));
}

const perfectOrderDescription =
  'Orders whose commit date (latest line commit date: promised, else requested; an accepted re-promise replaces it) falls in the period and is not after today; orders the customer cancelled before their commit date are excluded, those the company cancelled or cancelled after it count as due and not perfect';

function perfectOrderKpi(name: KpiName, measure: PerfectOrderMeasure, label: string, description: string, target: number | null): KpiDefinition {
  return {
    name,
    label,
    description,
    unit: 'RATIO',
    higherIsBetter: true,
    target,
    filters: ['siteId', 'itemId', 'customerId'],
    series: (em, query) => (query.filter.itemId ? perfectOrderSeriesFromFacts(em, query, measure) : perfectOrderSeriesFromRollup(em, query, measure)),
    contributions: (em, query) => perfectOrderContributions(em, query, measure),
  };
}

/* ---------------------------------------------------------------- OTIF */

const isDefaultOtif = (settings: OtifSettings) =>
  settings.grain === 'LINE' && settings.referenceDate === 'COMMITTED' && settings.earlyDays === null && settings.overDeliveryFails;

/**
 * Per order line due in the window (by its reference date): how much of the
 * ordered item arrived inside [reference − earlyDays, end of reference day],
 * how much arrived in all, and the 0/1 (line) or quantity (quantity grain)
 * it scores. A wrong item fails the line at line grain; at quantity grain
 * only the ordered item's quantity counts.
 */
function otifLines(query: Window & { otif: OtifSettings }) {
  const window = windowParameters(query);
  const settings = query.otif;
  return {
    sql: `${window.cte},
      settings AS (SELECT ?::boolean AS by_quantity, ?::boolean AS by_requested, ?::int AS early_days, ?::boolean AS over_fails),
      due AS (
        SELECT l.line_id, l.order_id, l.order_number, l.line_number, l.quantity, l.cancelled,
               CASE WHEN s.by_requested THEN l.requested_date ELSE l.commit_date END AS reference_date
          FROM analytics.order_fulfilment_line l, q, settings s
         WHERE ${lineFilter(query.filter)}
           AND CASE WHEN s.by_requested THEN l.requested_date ELSE l.commit_date END BETWEEN q.from_day AND q.last_due_day),
      stats AS (
        SELECT d.line_id, d.order_id, d.order_number, d.line_number, d.quantity, d.reference_date, d.cancelled,
               count(x.line_id) AS deliveries,
               coalesce(sum(x.quantity) FILTER (WHERE x.right_item), 0) AS delivered,
               coalesce(sum(x.quantity) FILTER (
                 WHERE x.right_item AND x.delivered_at < (d.reference_date + 1)::timestamp AT TIME ZONE 'UTC'
                   AND (s.early_days IS NULL OR x.delivered_at >= (d.reference_date - s.early_days)::timestamp AT TIME ZONE 'UTC')), 0) AS in_window,
               coalesce(bool_or(NOT x.right_item), false) AS wrong_item,
               coalesce(bool_or(x.right_item AND x.delivered_at >= (d.reference_date + 1)::timestamp AT TIME ZONE 'UTC'), false) AS late,
               coalesce(bool_or(x.right_item AND x.delivered_at < (d.reference_date - s.early_days)::timestamp AT TIME ZONE 'UTC'), false) AS early
          FROM due d CROSS JOIN settings s
          LEFT JOIN analytics.order_fulfilment_delivery x ON x.line_id = d.line_id
         GROUP BY d.line_id, d.order_id, d.order_number, d.line_number, d.quantity, d.reference_date, d.cancelled, s.early_days),
      scored AS (
        SELECT t.*,
               CASE WHEN s.by_quantity THEN t.quantity ELSE 1 END AS denominator,
               -- A line of an order cancelled while due (lineFilter left the others out) was not delivered in full (KPIS.md).
               CASE WHEN t.cancelled THEN 0
                    WHEN s.over_fails AND t.delivered > t.quantity THEN 0
                    WHEN s.by_quantity THEN least(t.in_window, t.quantity)
                    WHEN NOT t.wrong_item AND t.in_window >= t.quantity THEN 1
                    ELSE 0 END AS numerator,
               s.over_fails AND t.delivered > t.quantity AS over
          FROM stats t, settings s)`,
    params: [...window.params, settings.grain === 'QUANTITY', settings.referenceDate === 'REQUESTED', settings.earlyDays, settings.overDeliveryFails],
  };
}

/** OTIF under any settings and filters, from the per-line facts. */
export async function otifSeriesFromFacts(em: EntityManager, query: KpiQuery): Promise<KpiPoint[]> {
  const lines = otifLines(query);
  const rows = await execute<PeriodRow[]>(
    em,
    `WITH ${lines.sql}
     SELECT to_char(date_trunc(?, reference_date::timestamp), 'YYYY-MM-DD') AS period, sum(numerator) AS numerator, sum(denominator) AS denominator
       FROM scored GROUP BY 1`,
    [...lines.params, sqlGrain[query.grain]],
  );
  return toPoints(query.periods, rows, ratio);
}

/** OTIF with the default settings from the daily rollup; site and customer filters only. */
export const otifSeriesFromRollup = (em: EntityManager, query: KpiQuery) => rollupSeries(em, query, 'otif_lines', 'lines_due');

async function otifContributions(em: EntityManager, query: KpiContributionQuery) {
  const lines = otifLines(query);
  const rows = await execute<ContributionRow[]>(
    em,
    `WITH ${lines.sql}
     SELECT line_id AS subject_id, order_number || ' line ' || line_number AS label, order_id,
            to_char(reference_date, 'YYYY-MM-DD') AS time, numerator, denominator, numerator = denominator AS passed,
            to_json(CASE WHEN numerator = denominator THEN '{}'::text[] ELSE array_remove(ARRAY[
              CASE WHEN deliveries = 0 THEN 'NOT_DELIVERED' END,
              CASE WHEN late THEN 'LATE' END,
              CASE WHEN early THEN 'TOO_EARLY' END,
              CASE WHEN wrong_item THEN 'WRONG_ITEM' END,
              CASE WHEN deliveries > 0 AND delivered < quantity THEN 'SHORT' END,
              CASE WHEN over THEN 'OVER' END,
              CASE WHEN cancelled THEN 'CANCELLED' END], NULL) END) AS reasons,
            count(*) OVER () AS total
       FROM scored
      WHERE NOT ?::boolean OR numerator < denominator
      ORDER BY numerator = denominator, reference_date, order_number, line_number
      LIMIT ? OFFSET ?`,
    [...lines.params, query.onlyFailing, query.first, query.offset],
  );
  return toContributions('SalesOrderLine', rows.map((row) => ({ ...row, time: dayStart(String(row.time)) })));
}

/* ---------------------------------------------------------------- cycle time */

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
      const rows = await execute<PeriodRow[]>(
        em,
        `WITH ${window.cte}, ${deliveredOrders(query)}
         SELECT to_char(date_trunc(?, delivered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
                percentile_cont(?::float8) WITHIN GROUP (ORDER BY days) AS statistic, sum(days) AS numerator, count(*) AS denominator
           FROM timed GROUP BY 1`,
        [...window.params, sqlGrain[query.grain], fraction],
      );
      return toPoints(query.periods, rows, ({ statistic }) => statistic);
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

/* ---------------------------------------------------------------- backlog */

/**
 * Order lines open at the end of today (placed by then, not cancelled, less
 * of the ordered item shipped by then than ordered) whose commit date falls
 * in the window, past or future: the backlog by due period. Only quantities
 * still to ship count: a line shipped, late or not, is out (KPIS.md).
 */
const openLineColumns = [
  'line_id',
  'order_id',
  'order_number',
  'line_number',
  'customer_id',
  'site_id',
  'item_id',
  'placed_at',
  'commit_date',
  'quantity',
  'unit_price',
  'cancelled',
  'shipped_quantity',
  'last_shipped_at',
]
  .map((column) => `c.${column}`)
  .join(', ');

const openLines = (query: { filter: KpiFilter }) => `
  -- Only lines short of the ordered item shipped, or shipped after today, can be open: two indexed, disjoint sets.
  -- The ones still to ship not cancelled come whole from their covering index, without visiting the table.
  candidate AS (
    SELECT ${openLineColumns} FROM analytics.order_fulfilment_line c, q
     WHERE c.shipped_quantity < c.quantity AND NOT c.cancelled AND c.commit_date BETWEEN q.from_day AND q.to_day
    UNION ALL
    SELECT ${openLineColumns} FROM analytics.order_fulfilment_line c, q
     WHERE c.last_shipped_at >= q.end_of_today AND c.shipped_quantity >= c.quantity),
  -- Materialized so the open-quantity test is not evaluated before the candidates are narrowed down.
  open AS MATERIALIZED (
    SELECT l.line_id, l.order_id, l.order_number, l.line_number, l.commit_date, l.quantity, l.unit_price,
           l.quantity - CASE WHEN l.last_shipped_at IS NULL OR l.last_shipped_at < q.end_of_today THEN l.shipped_quantity
                             ELSE coalesce((SELECT sum(x.quantity) FROM analytics.order_fulfilment_shipment x
                                             WHERE x.line_id = l.line_id AND x.right_item AND x.shipped_at < q.end_of_today), 0) END
             AS open_quantity
      FROM candidate l, q
     WHERE ${lineFilter(query.filter, 'l.cancelled')} AND l.placed_at < q.end_of_today AND l.commit_date BETWEEN q.from_day AND q.to_day),
  backlog AS (SELECT o.*, o.commit_date < q.today AS past_due FROM open o, q WHERE o.open_quantity > 0)`;

function backlogKpi(name: KpiName, unit: 'QUANTITY' | 'CURRENCY', label: string, description: string): KpiDefinition {
  const amount = unit === 'QUANTITY' ? 'open_quantity' : 'open_quantity * unit_price';
  const ordered = unit === 'QUANTITY' ? 'quantity' : 'quantity * unit_price';
  return {
    name,
    label,
    description,
    unit,
    higherIsBetter: false,
    target: null,
    filters: ['siteId', 'itemId', 'customerId'],
    async series(em, query) {
      // Quantity and value come from one read of the open lines, shared by the two backlog tiles of a request.
      const rows = await query.reads.once(sharedReadKey('backlog', query), () => {
        const window = windowParameters(query);
        return execute<{ period: string; quantity: number | string; value: number | string; lines: number | string }[]>(
          em,
          `WITH ${window.cte}, ${openLines(query)}
           SELECT to_char(date_trunc(?, commit_date::timestamp), 'YYYY-MM-DD') AS period,
                  sum(open_quantity) AS quantity, sum(open_quantity * unit_price) AS value, count(*) AS lines
             FROM backlog GROUP BY 1`,
          [...window.params, sqlGrain[query.grain]],
        );
      });
      return toPoints(
        query.periods,
        rows.map((row) => ({ period: row.period, numerator: unit === 'QUANTITY' ? row.quantity : row.value, denominator: row.lines })),
        ({ numerator }) => numerator,
      );
    },
    async contributions(em, query) {
      const window = windowParameters(query);
      const rows = await execute<ContributionRow[]>(
        em,
        `WITH ${window.cte}, ${openLines(query)}
         SELECT line_id AS subject_id, order_number || ' line ' || line_number AS label, order_id,
                to_char(commit_date, 'YYYY-MM-DD') AS time, ${amount} AS numerator, ${ordered} AS denominator, NOT past_due AS passed,
                to_json(CASE WHEN past_due THEN '{PAST_DUE}'::text[] ELSE '{}'::text[] END) AS reasons, count(*) OVER () AS total
           FROM backlog
          WHERE NOT ?::boolean OR past_due
          ORDER BY past_due DESC, commit_date, order_number, line_number
          LIMIT ? OFFSET ?`,
        [...window.params, query.onlyFailing, query.first, query.offset],
      );
      return toContributions('SalesOrderLine', rows.map((row) => ({ ...row, time: dayStart(String(row.time)) })));
    },
  };
}

/* ---------------------------------------------------------------- definitions */

export const orderFulfilmentKpis: KpiDefinition[] = [
  perfectOrderKpi(
    'PERFECT_ORDER_RATE',
    'perfect',
    'Perfect order rate',
    `SCOR RL.1.1 (KPIS.md): perfect orders / orders due. An order is perfect when every line was delivered on time, in full, damage free (no damage at delivery, no claim within 30 days) with accurate documentation. ${perfectOrderDescription}.`,
    0.95,
  ),
  perfectOrderKpi('PERFECT_ORDER_ON_TIME', 'onTime', 'Orders delivered on time', `SCOR RL.2.1: share of the orders due whose every line had proof of delivery by its commit date. ${perfectOrderDescription}.`, null),
  perfectOrderKpi('PERFECT_ORDER_IN_FULL', 'inFull', 'Orders delivered in full', `SCOR RL.2.2: share of the orders due whose every line got exactly the ordered quantity of the ordered item. ${perfectOrderDescription}.`, null),
  perfectOrderKpi('PERFECT_ORDER_DAMAGE_FREE', 'damageFree', 'Orders delivered damage free', `SCOR RL.2.3: share of the orders due with no damage at delivery and no damage claim within 30 days. ${perfectOrderDescription}.`, null),
  perfectOrderKpi(
    'PERFECT_ORDER_DOCUMENTATION_ACCURATE',
    'documentationAccurate',
    'Orders with accurate documentation',
    `SCOR RL.2.4: share of the orders due whose invoice bills what was delivered (item and quantity delivered, at the order's price) with complete shipping documents. ${perfectOrderDescription}.`,
    null,
  ),
  {
    name: 'OTIF',
    label: 'On time in full (OTIF)',
    description:
      'Order lines (or ordered quantity) delivered in full of the ordered item by the reference date (KPIS.md), by the due date of the line; orders the customer cancelled before their commit date excluded. Settings: grain (line or quantity), reference date (committed or requested), early window (deliveries earlier than that many days before the reference date do not count), over-delivery fails.',
    unit: 'RATIO',
    higherIsBetter: true,
    target: 0.95,
    filters: ['siteId', 'itemId', 'customerId'],
    series: (em, query) => (!query.filter.itemId && isDefaultOtif(query.otif) ? otifSeriesFromRollup(em, query) : otifSeriesFromFacts(em, query)),
    contributions: otifContributions,
  },
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
  backlogKpi(
    'BACKLOG_QUANTITY',
    'QUANTITY',
    'Open order backlog (quantity)',
    'KPIS.md: ordered quantity not yet shipped at the end of today (a line shipped late is out), of order lines not cancelled, by the period of their commit date; denominator: open lines. Past-due lines are the failing contributions.',
  ),
  backlogKpi(
    'BACKLOG_VALUE',
    'CURRENCY',
    'Open order backlog (value)',
    'KPIS.md: open quantity × order unit price at the end of today, of order lines not cancelled, by the period of their commit date; denominator: open lines. Amounts of all currencies are summed.',
  ),
];
