import { execute, type EntityManager } from '@plexus/db';
import type { KpiContributionQuery, KpiDefinition, KpiPoint, KpiQuery, OtifSettings } from '../kpi/kpi-definition.ts';
import { dayStart } from '../kpi/kpi-period.rules.ts';
import { pointsOf, sqlGrain, totalsOfRows } from '../kpi/kpi-series.rules.ts';
import { lineFilter, rollupSeries, toContributions, windowParameters, type ContributionRow, type Window } from './order-fulfilment-facts.ts';

/** On time in full per order line, with explicit settings (KPIS.md). */

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
  const rows = await execute<{ period: string; numerator: string; denominator: string; statistic?: string | null }[]>(
    em,
    `WITH ${lines.sql}
     SELECT to_char(date_trunc(?, reference_date::timestamp), 'YYYY-MM-DD') AS period, sum(numerator) AS numerator, sum(denominator) AS denominator
       FROM scored GROUP BY 1`,
    [...lines.params, sqlGrain[query.grain]],
  );
  return pointsOf(query.periods, totalsOfRows(rows));
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

export const otifKpis: KpiDefinition[] = [
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
];
