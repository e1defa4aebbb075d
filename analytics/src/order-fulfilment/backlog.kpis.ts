import { execute } from '@plexus/db';
import { sharedReadKey, type KpiDefinition, type KpiFilter, type KpiName } from '../kpi/kpi-definition.ts';
import { dayStart } from '../kpi/kpi-period.rules.ts';
import { pointsOf, sqlGrain, totalsOfRows } from '../kpi/kpi-series.rules.ts';
import { lineFilter, toContributions, windowParameters, type ContributionRow } from './order-fulfilment-facts.ts';

/** Open order backlog, quantity and value (KPIS.md). */

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
      return pointsOf(
        query.periods,
        totalsOfRows(rows.map((row) => ({ period: row.period, numerator: unit === 'QUANTITY' ? row.quantity : row.value, denominator: row.lines }))),
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

export const backlogKpis: KpiDefinition[] = [
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
