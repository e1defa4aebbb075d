import { execute, type EntityManager } from '@plexus/db';
import {
  sharedReadKey,
  type KpiContribution,
  type KpiContributionQuery,
  type KpiDefinition,
  type KpiFilter,
  type KpiName,
  type KpiPoint,
  type KpiQuery,
} from '../kpi/kpi-definition.ts';
import { pageOf } from '../kpi/kpi-page.rules.ts';
import { addDays, dayStart } from '../kpi/kpi-period.rules.ts';
import { scopePredicates } from '../kpi/kpi-predicates.ts';
import { bucketByPeriod, pointsOf } from '../kpi/kpi-series.rules.ts';
import { addTotals, emptyTotals, oeeFraction, oeeRatios, ratio, shortfalls, worldClass, type Fraction, type OeeMeasure, type OeeTotals } from './oee.rules.ts';
import { readDowntimeByMachine, readOeeTotals, type MachineScope } from './oee.service.ts';
import { scheduledDeadline } from './schedule-adherence.rules.ts';

/**
 * The production KPIs of KPIS.md for the registry: OEE and its three
 * factors (ISO 22400-2, from the machine-time read models), first pass
 * yield and schedule adherence (from the work-order read models). Series points
 * cover their period within [from, to].
 */

const dayOf = (time: Date) => time.toISOString().slice(0, 10);

/** Current states count up to now, or to the end of `today` when the caller looks at an earlier day. */
const nowAsOf = (query: Pick<KpiQuery, 'today' | 'now'>) => new Date(Math.min(query.now.getTime(), dayStart(addDays(query.today, 1)).getTime()));

const scopeOf = (filter: KpiFilter): MachineScope => ({
  machineIds: filter.machineId ? [filter.machineId] : null,
  workCenterId: filter.workCenterId ?? null,
  siteId: filter.siteId ?? null,
});

/** Sums per-day facts into the query's periods, then each period's fraction. */
function seriesOf<T>(query: KpiQuery, byDay: Map<string, T>, empty: () => T, add: (into: T, value: T) => void, fraction: (value: T) => Fraction): KpiPoint[] {
  const byPeriod = bucketByPeriod(byDay, query.periods, query.grain, { empty, add });
  return pointsOf(query.periods, new Map([...byPeriod].map(([start, total]) => [start, fraction(total)])));
}

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);

// ---------------------------------------------------------------- OEE

async function oeeTotalsByDay(em: EntityManager, query: Pick<KpiQuery, 'filter' | 'from' | 'to' | 'today' | 'now'>): Promise<Map<string, OeeTotals>> {
  const { filter, from, to } = query;
  const range = { start: dayStart(from), end: dayStart(addDays(to, 1)) };
  const rows = await readOeeTotals(em, scopeOf(filter), range, 'DAY', { now: nowAsOf(query), byMachine: false, byBucket: true });
  const byDay = new Map<string, OeeTotals>();
  for (const row of rows) {
    const day = dayOf(row.bucket);
    byDay.set(day, addTotals(byDay.get(day) ?? emptyTotals(), row.totals));
  }
  return byDay;
}

async function oeeContributions(em: EntityManager, query: KpiContributionQuery, measure: OeeMeasure) {
  const range = { start: dayStart(query.from), end: dayStart(addDays(query.to, 1)) };
  const now = nowAsOf(query);
  const scope = scopeOf(query.filter);
  const byMachine = new Map<string, OeeTotals>();
  for (const row of await readOeeTotals(em, scope, range, 'DAY', { now, byMachine: true, byBucket: false })) {
    byMachine.set(row.machineId!, addTotals(byMachine.get(row.machineId!) ?? emptyTotals(), row.totals));
  }
  const topDowntime = new Map<string, { state: string; reason: string; milliseconds: number }>();
  for (const downtime of await readDowntimeByMachine(em, scope, range, now)) {
    const top = topDowntime.get(downtime.machineId);
    if (!top || downtime.milliseconds > top.milliseconds || (downtime.milliseconds === top.milliseconds && downtime.reason < top.reason)) {
      topDowntime.set(downtime.machineId, downtime);
    }
  }
  const items: (KpiContribution & { value: number | null })[] = [...byMachine]
    .filter(([, totals]) => totals.plannedBusyMs > 0 || totals.totalQuantity > 0)
    .map(([machineId, totals]) => {
      const ratios = oeeRatios(totals);
      const fraction = oeeFraction(totals, measure);
      const value = ratio(fraction);
      const top = topDowntime.get(machineId);
      return {
        subjectType: 'Machine',
        subjectId: machineId,
        label:
          `Machine ${machineId}: OEE ${percent(ratios.oee)} (availability ${percent(ratios.availability)}, ` +
          `performance ${percent(ratios.performance)}, quality ${percent(ratios.quality)})` +
          (top ? `; top downtime ${top.reason} (${top.state}, ${(top.milliseconds / 3_600_000).toFixed(2)} h)` : ''),
        orderId: null,
        time: null,
        numerator: fraction.numerator,
        denominator: fraction.denominator,
        passed: value === null ? null : value >= worldClass[measure],
        reasons: [...shortfalls(ratios), ...(top ? [`${top.state}:${top.reason}`] : [])],
        value,
      };
    })
    .sort((a, b) => Number(a.passed ?? true) - Number(b.passed ?? true) || (a.value ?? 2) - (b.value ?? 2) || a.subjectId.localeCompare(b.subjectId));
  const result = pageOf(items, query);
  return { totalCount: result.totalCount, items: result.items.map(({ value: _value, ...item }) => item) };
}

const oeeDescriptions: Record<OeeMeasure, string> = {
  OEE:
    'ISO 22400-2 overall equipment effectiveness = availability × performance × quality, computed as (Σ ideal cycle time × units produced × quality) / planned busy time. ' +
    'Over several machines times and quantities are summed before dividing, never machine ratios averaged. ' +
    'Target 85 %: world-class OEE (Nakajima, Introduction to TPM, 1988).',
  AVAILABILITY:
    'ISO 22400-2 availability = run time / planned busy time; planned busy time is RUNNING + IDLE + DOWN (OFF_SHIFT and PLANNED_DOWNTIME excluded). ' +
    'Summed over machines. Target 90 % (Nakajima world class).',
  PERFORMANCE: 'ISO 22400-2 performance = Σ(ideal cycle time × units produced, good and scrap) / run time. Summed over machines. Target 95 % (Nakajima world class).',
  QUALITY: 'ISO 22400-2 quality = good units / units produced (good + scrap). Summed over machines. Target 99.9 % (Nakajima world class).',
};

function oeeKpi(name: KpiName, label: string, measure: OeeMeasure): KpiDefinition {
  return {
    name,
    label,
    description: oeeDescriptions[measure],
    unit: 'RATIO',
    higherIsBetter: true,
    target: worldClass[measure],
    filters: ['machineId', 'workCenterId', 'siteId'],
    async series(em, query) {
      const byDay = await query.reads.once(sharedReadKey('oee-by-day', query), () => oeeTotalsByDay(em, query));
      return seriesOf(query, byDay, emptyTotals, addTotals, (totals) => oeeFraction(totals, measure));
    },
    contributions: (em, query) => oeeContributions(em, query, measure),
  };
}

// ---------------------------------------------------------------- work orders

/** Item, work center and site filters over a work-order read model's columns. */
function workOrderFilter(filter: KpiFilter, table = ''): { sql: string; params: unknown[] } {
  const column = (name: string) => (table ? `${table}.${name}` : name);
  const { where, params } = scopePredicates([
    { column: column('item_id'), value: filter.itemId },
    { column: column('work_center_id'), value: filter.workCenterId },
    { column: column('site_id'), value: filter.siteId },
  ]);
  return { sql: where, params };
}

const dailyFractions = async (em: EntityManager, sql: string, params: unknown[]) =>
  new Map(
    (await execute<{ day: string; numerator: string; denominator: string }[]>(em, sql, params)).map((row) => [
      row.day,
      { numerator: Number(row.numerator), denominator: Number(row.denominator) },
    ]),
  );

const emptyFraction = (): Fraction => ({ numerator: 0, denominator: 0 });
const addFraction = (into: Fraction, value: Fraction) => {
  into.numerator += value.numerator;
  into.denominator += value.denominator;
};

/** A work-order ratio summed per UTC day of its `time` column, then per period of the query. */
async function workOrderSeries(
  em: EntityManager,
  query: KpiQuery,
  source: { table: string; time: string; numerator: string; denominator: string },
): Promise<KpiPoint[]> {
  const where = workOrderFilter(query.filter);
  const byDay = await dailyFractions(
    em,
    `SELECT to_char(${source.time} AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${source.numerator} AS numerator, ${source.denominator} AS denominator
       FROM ${source.table}
      WHERE ${source.time} >= ? AND ${source.time} < ? AND ${where.sql}
      GROUP BY 1`,
    [dayStart(query.from), dayStart(addDays(query.to, 1)), ...where.params],
  );
  return seriesOf(query, byDay, emptyFraction, addFraction, (fraction) => fraction);
}

/**
 * The count of a page read with `count(*) OVER ()`; a page past the end has
 * no row to carry it, so only then is it counted on its own.
 */
async function totalOf(rows: { total: string }[], query: KpiContributionQuery, count: () => Promise<{ total: string }[]>): Promise<number> {
  if (rows.length > 0) return Number(rows[0]!.total);
  return query.offset === 0 ? 0 : Number((await count())[0]!.total);
}

const firstPassYield: KpiDefinition = {
  name: 'FIRST_PASS_YIELD',
  label: 'First pass yield',
  description:
    'KPIS.md: units that pass every inspection of their work order without rework or concession / units inspected, each work order ' +
    'counted in the period of its latest inspection. Units inspected = the largest quantity inspected at any one inspection of the work order ' +
    '(the same units pass through successive inspections); units failing = those rejected at any inspection plus those passed only under ' +
    'concession or after unreported rework, capped at units inspected. No published benchmark target.',
  unit: 'RATIO',
  higherIsBetter: true,
  target: null,
  filters: ['itemId', 'workCenterId', 'siteId'],
  series: (em, query) =>
    workOrderSeries(em, query, {
      table: 'analytics.work_order_first_pass',
      time: 'last_inspected_at',
      numerator: 'sum(first_pass_units)',
      denominator: 'sum(units_inspected)',
    }),
  async contributions(em, query) {
    const filter = workOrderFilter(query.filter, 'f');
    const where = {
      sql: `f.last_inspected_at >= ? AND f.last_inspected_at < ? AND ${filter.sql} AND (NOT ?::boolean OR f.first_pass_units < f.units_inspected)`,
      params: [dayStart(query.from), dayStart(addDays(query.to, 1)), ...filter.params, query.onlyFailing],
    };
    const rows = await execute<
      { total: string; work_order_id: string; number: string | null; last_inspected_at: Date | string; units_inspected: string; first_pass_units: string; reasons: string[] }[]
    >(
      em,
      `SELECT count(*) OVER () AS total, f.work_order_id, c.number, f.last_inspected_at, f.units_inspected, f.first_pass_units, f.reasons
         FROM analytics.work_order_first_pass f LEFT JOIN analytics.work_order_completion c USING (work_order_id)
        WHERE ${where.sql}
        ORDER BY f.first_pass_units = f.units_inspected, f.last_inspected_at, f.work_order_id
        LIMIT ? OFFSET ?`,
      [...where.params, query.first, query.offset],
    );
    return {
      totalCount: await totalOf(rows, query, () => execute(em, `SELECT count(*) AS total FROM analytics.work_order_first_pass f WHERE ${where.sql}`, where.params)),
      items: rows.map((row) => {
        const [firstPass, inspected] = [Number(row.first_pass_units), Number(row.units_inspected)];
        return {
          subjectType: 'WorkOrder',
          subjectId: row.work_order_id,
          label: `${row.number ?? `Work order ${row.work_order_id}`}: ${firstPass} of ${inspected} first pass`,
          orderId: null,
          time: new Date(row.last_inspected_at),
          numerator: firstPass,
          denominator: inspected,
          passed: firstPass === inspected,
          reasons: row.reasons,
        };
      }),
    };
  },
};

const scheduleAdherence: KpiDefinition = {
  name: 'SCHEDULE_ADHERENCE',
  label: 'Schedule adherence',
  description:
    'KPIS.md: work orders completed by their scheduled end / work orders completed in the period, each work order once, at its first completion. ' +
    'A scheduled end given as a date allows that whole UTC day. No published benchmark target.',
  unit: 'RATIO',
  higherIsBetter: true,
  target: null,
  filters: ['itemId', 'workCenterId', 'siteId'],
  series: (em, query) =>
    workOrderSeries(em, query, {
      table: 'analytics.work_order_completion',
      time: 'completed_at',
      numerator: 'count(*) FILTER (WHERE on_time)',
      denominator: 'count(*)',
    }),
  async contributions(em, query) {
    const filter = workOrderFilter(query.filter);
    const where = {
      sql: `completed_at >= ? AND completed_at < ? AND ${filter.sql} AND (NOT ?::boolean OR NOT on_time)`,
      params: [dayStart(query.from), dayStart(addDays(query.to, 1)), ...filter.params, query.onlyFailing],
    };
    const rows = await execute<{ total: string; work_order_id: string; number: string; completed_at: Date | string; scheduled_end: string; on_time: boolean }[]>(
      em,
      `SELECT count(*) OVER () AS total, work_order_id, number, completed_at, scheduled_end, on_time FROM analytics.work_order_completion
        WHERE ${where.sql}
        ORDER BY on_time, completed_at, work_order_id
        LIMIT ? OFFSET ?`,
      [...where.params, query.first, query.offset],
    );
    return {
      totalCount: await totalOf(rows, query, () => execute(em, `SELECT count(*) AS total FROM analytics.work_order_completion WHERE ${where.sql}`, where.params)),
      items: rows.map((row) => {
        const completedAt = new Date(row.completed_at);
        const deadline = scheduledDeadline(row.scheduled_end);
        const hoursLate = (completedAt.getTime() - deadline.getTime()) / 3_600_000;
        return {
          subjectType: 'WorkOrder',
          subjectId: row.work_order_id,
          label:
            row.on_time || Number.isNaN(hoursLate)
              ? `${row.number}: scheduled end ${row.scheduled_end}`
              : `${row.number}: ${hoursLate.toFixed(1)} h after its scheduled end ${row.scheduled_end}`,
          orderId: null,
          time: completedAt,
          numerator: row.on_time ? 1 : 0,
          denominator: 1,
          passed: row.on_time,
          reasons: row.on_time ? [] : [Number.isNaN(deadline.getTime()) ? 'NO_SCHEDULED_END' : 'LATE'],
        };
      }),
    };
  },
};

export const productionKpis: KpiDefinition[] = [
  oeeKpi('OEE', 'OEE', 'OEE'),
  oeeKpi('OEE_AVAILABILITY', 'OEE availability', 'AVAILABILITY'),
  oeeKpi('OEE_PERFORMANCE', 'OEE performance', 'PERFORMANCE'),
  oeeKpi('OEE_QUALITY', 'OEE quality', 'QUALITY'),
  firstPassYield,
  scheduleAdherence,
];
