import { execute, type EntityManager } from '@plexus/db';
import type { KpiContributionQuery, KpiDefinition, KpiFilter, KpiName, KpiPoint, KpiQuery } from '../kpi/kpi-definition.ts';
import { dayStart } from '../kpi/kpi-period.rules.ts';
import { pointsOf, sqlGrain, totalsOfRows } from '../kpi/kpi-series.rules.ts';
import type { PerfectOrderReason } from '../perfect-order/perfect-order.rules.ts';
import { lineFilter, rollupSeries, toContributions, windowParameters, type ContributionRow, type RollupColumn } from './order-fulfilment-facts.ts';
import { componentReasons, type PerfectOrderComponent } from './order-fulfilment.rules.ts';

/** Perfect order rate (SCOR RL.1.1) and its components RL.2.1–2.4, per order (KPIS.md). */

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
  const rows = await execute<{ period: string; numerator: string; denominator: string; statistic?: string | null }[]>(
    em,
    `WITH ${window.cte}, ${dueOrders(measure, query)}
     SELECT to_char(date_trunc(?, due::timestamp), 'YYYY-MM-DD') AS period, sum(passed) AS numerator, count(*) AS denominator
       FROM due GROUP BY 1`,
    [...window.params, sqlGrain[query.grain]],
  );
  return pointsOf(query.periods, totalsOfRows(rows));
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

export const perfectOrderKpis: KpiDefinition[] = [
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
];
