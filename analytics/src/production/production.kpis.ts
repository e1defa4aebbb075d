import type { EntityManager } from '@plexus/db';
import type { InspectionResult } from '@plexus/events';
import type {
  KpiContribution,
  KpiContributionQuery,
  KpiDefinition,
  KpiFilter,
  KpiName,
  KpiPoint,
  KpiQuery,
} from '../kpi/kpi-definition.ts';
import { addDays, periodStart } from '../kpi/kpi-period.rules.ts';
import { workOrderYield, type Inspection } from './first-pass-yield.rules.ts';
import { addTotals, emptyTotals, oeeFraction, oeeRatios, ratio, shortfalls, worldClass, type Fraction, type OeeMeasure, type OeeTotals } from './oee.rules.ts';
import { readDowntimeByMachine, readOeeTotals, type MachineScope } from './oee.service.ts';
import { completedOnTime, scheduledDeadline } from './schedule-adherence.rules.ts';

/**
 * The production KPIs of KPIS.md for the registry: OEE and its three
 * factors (ISO 22400-2, from the machine-time read models), first pass
 * yield and schedule adherence (from qms and mes events). Series points
 * cover their period within [from, to].
 */

function execute<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T>;
}

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (time: Date) => time.toISOString().slice(0, 10);

/** Current states count up to now, or to the end of `today` when the caller looks at an earlier day. */
const nowAsOf = (today: string) => new Date(Math.min(Date.now(), dayStart(addDays(today, 1)).getTime()));

const scopeOf = (filter: KpiFilter): MachineScope => ({
  machineIds: filter.machineId ? [filter.machineId] : null,
  workCenterId: filter.workCenterId ?? null,
  siteId: filter.siteId ?? null,
});

/** Sums per-day facts into the query's periods, in order. */
function seriesOf<T>(query: KpiQuery, byDay: Map<string, T>, empty: () => T, add: (into: T, value: T) => void, fraction: (value: T) => Fraction): KpiPoint[] {
  const byPeriod = new Map(query.periods.map((period) => [period.start, empty()]));
  for (const [day, value] of byDay) {
    const into = byPeriod.get(periodStart(day, query.grain));
    if (into) add(into, value);
  }
  return query.periods.map((period) => {
    const { numerator, denominator } = fraction(byPeriod.get(period.start)!);
    return { periodStart: period.start, periodEnd: period.end, value: ratio({ numerator, denominator }), numerator, denominator };
  });
}

function page<T extends { passed: boolean | null }>(items: T[], query: KpiContributionQuery): { totalCount: number; items: T[] } {
  const kept = query.onlyFailing ? items.filter((item) => item.passed === false) : items;
  return { totalCount: kept.length, items: kept.slice(query.offset, query.offset + query.first) };
}

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);

// ---------------------------------------------------------------- OEE

async function oeeTotalsByDay(em: EntityManager, filter: KpiFilter, from: string, to: string, today: string): Promise<Map<string, OeeTotals>> {
  const range = { start: dayStart(from), end: dayStart(addDays(to, 1)) };
  const rows = await readOeeTotals(em, scopeOf(filter), range, 'DAY', { now: nowAsOf(today), byMachine: false, byBucket: true });
  const byDay = new Map<string, OeeTotals>();
  for (const row of rows) {
    const day = dayOf(row.bucket);
    byDay.set(day, addTotals(byDay.get(day) ?? emptyTotals(), row.totals));
  }
  return byDay;
}

async function oeeContributions(em: EntityManager, query: KpiContributionQuery, measure: OeeMeasure) {
  const range = { start: dayStart(query.from), end: dayStart(addDays(query.to, 1)) };
  const now = nowAsOf(query.today);
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
  const result = page(items, query);
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
      const byDay = await oeeTotalsByDay(em, query.filter, query.from, query.to, query.today);
      return seriesOf(query, byDay, emptyTotals, addTotals, (totals) => oeeFraction(totals, measure));
    },
    contributions: (em, query) => oeeContributions(em, query, measure),
  };
}

// ---------------------------------------------------------------- first pass yield

const inspectionTypes = `('qms.InspectionPassed', 'qms.InspectionFailed')`;

interface WorkOrderFirstPass {
  workOrderId: string;
  number: string | null;
  lastInspectedAt: Date;
  itemId: string | null;
  unitsInspected: number;
  firstPassUnits: number;
  reasons: string[];
}

/** Work orders whose latest inspection falls in [from, to], with their yield over all their inspections. */
async function readFirstPass(em: EntityManager, filter: KpiFilter, from: string, to: string): Promise<WorkOrderFirstPass[]> {
  const end = dayStart(addDays(to, 1));
  const rows = await execute<{ work_order_id: string; number: string | null; time: Date | string; type: string; site_id: string | null; payload: unknown }[]>(
    em,
    `WITH inspected AS (
       SELECT DISTINCT payload->>'workOrderId' AS work_order_id FROM analytics.supply_chain_event
        WHERE type IN ${inspectionTypes} AND time >= ? AND time < ? AND payload->>'workOrderId' IS NOT NULL
     )
     SELECT i.work_order_id, completed.number, e.time, e.type, e.site_id, e.payload
       FROM inspected i
       JOIN analytics.supply_chain_event e ON e.payload->>'workOrderId' = i.work_order_id AND e.type IN ${inspectionTypes}
       LEFT JOIN LATERAL (
         SELECT w.payload->>'number' AS number FROM analytics.supply_chain_event w
          WHERE w.type = 'mes.WorkOrderCompleted'
            AND w.subject_id = CASE WHEN i.work_order_id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN i.work_order_id::uuid END
          ORDER BY w.time LIMIT 1
       ) completed ON true
      ORDER BY i.work_order_id, e.time, e.id`,
    [dayStart(from), end],
  );
  const byWorkOrder = new Map<string, { number: string | null; inspections: (Inspection & { result: InspectionResult; siteId: string | null })[] }>();
  for (const row of rows) {
    const result = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as InspectionResult;
    const entry = byWorkOrder.get(row.work_order_id) ?? { number: row.number, inspections: [] };
    entry.inspections.push({
      time: new Date(row.time),
      passed: row.type === 'qms.InspectionPassed',
      quantityInspected: Number(result.quantityInspected),
      quantityRejected: Number(result.quantityRejected),
      disposition: result.disposition,
      result,
      siteId: row.site_id,
    });
    byWorkOrder.set(row.work_order_id, entry);
  }
  const matches = (expected: string | null | undefined, actual: string | null | undefined) => !expected || actual?.toLowerCase() === expected;
  const workOrders: WorkOrderFirstPass[] = [];
  for (const [workOrderId, { number, inspections }] of byWorkOrder) {
    // Rows come oldest first: the latest inspection says when the yield became known and what was inspected.
    const latest = inspections.at(-1)!;
    if (latest.time >= end) continue;
    const siteId = inspections.findLast((inspection) => inspection.siteId)?.siteId ?? null;
    if (!matches(filter.itemId, latest.result.itemId) || !matches(filter.workCenterId, latest.result.workCenterId) || !matches(filter.siteId, siteId)) continue;
    const yielded = workOrderYield(inspections);
    workOrders.push({ workOrderId, number, lastInspectedAt: latest.time, itemId: latest.result.itemId, ...yielded });
  }
  return workOrders;
}

const firstPassYield: KpiDefinition = {
  name: 'FIRST_PASS_YIELD',
  label: 'First pass yield',
  description:
    'KPIS.md: units that pass every inspection of their work order without rework or concession / units inspected, by work order ' +
    'counted in the period of its latest inspection. Units inspected = the largest quantity inspected at any one inspection of the work order ' +
    '(the same units pass through successive inspections); units failing = those rejected at any inspection plus those passed only under ' +
    'concession or after unreported rework, capped at units inspected. No published benchmark target.',
  unit: 'RATIO',
  higherIsBetter: true,
  target: null,
  filters: ['itemId', 'workCenterId', 'siteId'],
  async series(em, query) {
    const byDay = new Map<string, Fraction>();
    for (const workOrder of await readFirstPass(em, query.filter, query.from, query.to)) {
      const day = dayOf(workOrder.lastInspectedAt);
      const entry = byDay.get(day) ?? { numerator: 0, denominator: 0 };
      entry.numerator += workOrder.firstPassUnits;
      entry.denominator += workOrder.unitsInspected;
      byDay.set(day, entry);
    }
    return seriesOf(query, byDay, () => ({ numerator: 0, denominator: 0 }), (into, value) => {
      into.numerator += value.numerator;
      into.denominator += value.denominator;
    }, (fraction) => fraction);
  },
  async contributions(em, query) {
    const items = (await readFirstPass(em, query.filter, query.from, query.to))
      .map((workOrder) => ({
        subjectType: 'WorkOrder',
        subjectId: workOrder.workOrderId,
        label: `${workOrder.number ?? `Work order ${workOrder.workOrderId}`}: ${workOrder.firstPassUnits} of ${workOrder.unitsInspected} first pass`,
        orderId: null,
        time: workOrder.lastInspectedAt,
        numerator: workOrder.firstPassUnits,
        denominator: workOrder.unitsInspected,
        passed: workOrder.firstPassUnits === workOrder.unitsInspected,
        reasons: workOrder.reasons,
      }))
      .sort((a, b) => Number(a.passed) - Number(b.passed) || a.time.getTime() - b.time.getTime() || a.subjectId.localeCompare(b.subjectId));
    return page(items, query);
  },
};

// ---------------------------------------------------------------- schedule adherence

interface Completion {
  workOrderId: string;
  number: string;
  completedAt: Date;
  scheduledEnd: string;
}

/** Each work order's first completion in [from, to]. */
async function readCompletions(em: EntityManager, filter: KpiFilter, from: string, to: string): Promise<Completion[]> {
  const rows = await execute<{ subject_id: string; time: Date | string; number: string; scheduled_end: string }[]>(
    em,
    `SELECT e.subject_id, e.time, e.payload->>'number' AS number, e.payload->>'scheduledEnd' AS scheduled_end
       FROM analytics.supply_chain_event e
      WHERE e.type = 'mes.WorkOrderCompleted' AND e.time >= ? AND e.time < ?
        AND (?::text IS NULL OR lower(coalesce(e.item_id::text, e.payload->>'itemId')) = ?)
        AND (?::text IS NULL OR lower(e.payload->>'workCenterId') = ?)
        AND (?::uuid IS NULL OR e.site_id = ?::uuid)
        AND NOT EXISTS (
          SELECT 1 FROM analytics.supply_chain_event earlier
           WHERE earlier.type = 'mes.WorkOrderCompleted' AND earlier.subject_id = e.subject_id AND (earlier.time, earlier.id) < (e.time, e.id))
      ORDER BY e.time, e.id`,
    [
      dayStart(from),
      dayStart(addDays(to, 1)),
      ...Array(2).fill(filter.itemId ?? null),
      ...Array(2).fill(filter.workCenterId ?? null),
      ...Array(2).fill(filter.siteId ?? null),
    ],
  );
  return rows.map((row) => ({ workOrderId: row.subject_id, number: row.number, completedAt: new Date(row.time), scheduledEnd: row.scheduled_end }));
}

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
  async series(em, query) {
    const byDay = new Map<string, Fraction>();
    for (const completion of await readCompletions(em, query.filter, query.from, query.to)) {
      const day = dayOf(completion.completedAt);
      const entry = byDay.get(day) ?? { numerator: 0, denominator: 0 };
      entry.numerator += completedOnTime(completion.completedAt, completion.scheduledEnd) ? 1 : 0;
      entry.denominator += 1;
      byDay.set(day, entry);
    }
    return seriesOf(query, byDay, () => ({ numerator: 0, denominator: 0 }), (into, value) => {
      into.numerator += value.numerator;
      into.denominator += value.denominator;
    }, (fraction) => fraction);
  },
  async contributions(em, query) {
    const items = (await readCompletions(em, query.filter, query.from, query.to))
      .map((completion) => {
        const onTime = completedOnTime(completion.completedAt, completion.scheduledEnd);
        const deadline = scheduledDeadline(completion.scheduledEnd);
        const hoursLate = (completion.completedAt.getTime() - deadline.getTime()) / 3_600_000;
        return {
          subjectType: 'WorkOrder',
          subjectId: completion.workOrderId,
          label: onTime || Number.isNaN(hoursLate)
            ? `${completion.number}: scheduled end ${completion.scheduledEnd}`
            : `${completion.number}: ${hoursLate.toFixed(1)} h after its scheduled end ${completion.scheduledEnd}`,
          orderId: null,
          time: completion.completedAt,
          numerator: onTime ? 1 : 0,
          denominator: 1,
          passed: onTime,
          reasons: onTime ? [] : [Number.isNaN(deadline.getTime()) ? 'NO_SCHEDULED_END' : 'LATE'],
        };
      })
      .sort((a, b) => Number(a.passed) - Number(b.passed) || a.time.getTime() - b.time.getTime() || a.subjectId.localeCompare(b.subjectId));
    return page(items, query);
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
