import DataLoader from 'dataloader';
import { isId, sqlArray, type EntityManager, execute } from '@plexus/db';
import type { MachineState } from '@plexus/events';
import { badInput } from '@plexus/errors';
import { scopePredicates } from '../kpi/kpi-predicates.ts';
import {
  addStateTime,
  addTotals,
  bucketStart,
  clipToBuckets,
  emptyTotals,
  isDowntime,
  maxOeePeriods,
  oeeRatios,
  periodsOverlapping,
  type OeeGrain,
  type OeeRatios,
  type OeeTotals,
  type TimePeriod,
} from './oee.rules.ts';

/**
 * Reads OEE from the machine-time read models: closed state intervals from
 * the hourly or daily rollups, plus the interval of each machine's current
 * state, which lasts until now and is clipped at query time.
 */

/** Which machines: a list, a work center, a site, or all (the fields that are set must all match). */
export interface MachineScope {
  machineIds?: readonly string[] | null;
  workCenterId?: string | null;
  siteId?: string | null;
}

function scopeSql(scope: MachineScope): { sql: string; params: unknown[] } {
  const { where, params } = scopePredicates([
    { column: 'machine_id', value: scope.machineIds },
    { column: 'work_center_id', value: scope.workCenterId },
    { column: 'site_id', value: scope.siteId },
  ]);
  return { sql: where, params };
}

/** Hour and shift points read the hourly rollups; longer grains the daily ones. */
const rollupOf = (grain: OeeGrain) => (grain === 'HOUR' || grain === 'SHIFT' ? 'hour' : 'day');

export interface BucketTotals {
  /** Null when the machines were summed together. */
  machineId: string | null;
  bucket: Date;
  totals: OeeTotals;
}

/**
 * OEE inputs over [start, end), which must lie on `grain` boundaries: per
 * `grain` bucket or for the whole range (bucket = start), per machine or
 * summed over the machines in scope. Time in a machine's current state counts
 * up to `now`.
 */
export async function readOeeTotals(
  em: EntityManager,
  scope: MachineScope,
  range: TimePeriod,
  grain: OeeGrain,
  options: { now: Date; byMachine: boolean; byBucket: boolean },
): Promise<BucketTotals[]> {
  const where = scopeSql(scope);
  const machineColumn = options.byMachine ? 'machine_id::text' : 'NULL::text';
  const bucketColumn = options.byBucket ? 'bucket' : '?::timestamptz';
  const rows = await execute<
    { machine_id: string | null; bucket: Date | string; planned_busy_ms: string; run_ms: string; good: string; total: string; ideal: string }[]
  >(
    em,
    `SELECT ${machineColumn} AS machine_id, ${bucketColumn} AS bucket, sum(planned_busy_ms) AS planned_busy_ms, sum(run_ms) AS run_ms,
            sum(good_quantity) AS good, sum(good_quantity + scrap_quantity) AS total, sum(ideal_seconds) AS ideal
       FROM analytics.machine_oee_${rollupOf(grain)}
      WHERE bucket >= ? AND bucket < ? AND ${where.sql}
      GROUP BY 1, 2`,
    [...(options.byBucket ? [] : [range.start]), range.start, range.end, ...where.params],
  );
  const byKey = new Map<string, BucketTotals>();
  const entry = (machineId: string | null, bucket: Date) => {
    const key = `${machineId}|${bucket.toISOString()}`;
    const found = byKey.get(key) ?? { machineId, bucket, totals: emptyTotals() };
    byKey.set(key, found);
    return found.totals;
  };
  for (const row of rows) {
    addTotals(entry(row.machine_id, options.byBucket ? bucketStart(new Date(row.bucket), grain) : range.start), {
      plannedBusyMs: Number(row.planned_busy_ms),
      runMs: Number(row.run_ms),
      idealSeconds: Number(row.ideal),
      goodQuantity: Number(row.good),
      totalQuantity: Number(row.total),
    });
  }
  const until = new Date(Math.min(options.now.getTime(), range.end.getTime()));
  for (const current of await readCurrentStates(em, scope)) {
    const from = new Date(Math.max(current.time.getTime(), range.start.getTime()));
    const shares = options.byBucket ? clipToBuckets(from, until, grain) : [{ bucket: range.start, milliseconds: until.getTime() - from.getTime() }];
    for (const share of shares) {
      if (share.milliseconds > 0) addStateTime(entry(options.byMachine ? current.machineId : null, share.bucket), current.state, share.milliseconds);
    }
  }
  return [...byKey.values()];
}

interface CurrentState {
  machineId: string;
  time: Date;
  state: MachineState;
  reason: string | null;
}

async function readCurrentStates(em: EntityManager, scope: MachineScope): Promise<CurrentState[]> {
  const where = scopeSql(scope);
  const rows = await execute<{ machine_id: string; time: Date | string; state: string; reason: string | null }[]>(
    em,
    `SELECT machine_id, time, state, reason FROM analytics.machine_current_state WHERE ${where.sql}`,
    where.params,
  );
  return rows.map((row) => ({ machineId: row.machine_id, time: new Date(row.time), state: row.state as MachineState, reason: row.reason }));
}

export interface DowntimeReason {
  reason: string;
  state: 'DOWN' | 'IDLE';
  seconds: number;
  occurrences: number;
}

/** Said when a machine stopped without a reason. */
export const unspecifiedReason = 'UNSPECIFIED';

/**
 * DOWN and IDLE time per reason in [from, until) of each machine, longest
 * first, exact to the millisecond from the machine's timeline: the state in
 * force at `from` is its last change at or before `from`.
 */
export async function readDowntimeReasons(
  em: EntityManager,
  machineIds: readonly string[],
  from: Date,
  until: Date,
): Promise<Map<string, DowntimeReason[]>> {
  const byMachine = new Map<string, DowntimeReason[]>(machineIds.map((id) => [id, []]));
  if (until <= from) return byMachine;
  const rows = await execute<{ machine_id: string; state: 'DOWN' | 'IDLE'; reason: string | null; milliseconds: string; occurrences: number }[]>(
    em,
    `WITH changes AS (
       SELECT c.* FROM unnest(?::uuid[]) AS m(machine_id)
       CROSS JOIN LATERAL (
         (SELECT machine_id, time, event_id, state, reason FROM analytics.machine_state_change c
           WHERE c.machine_id = m.machine_id AND c.time <= ?::timestamptz ORDER BY c.time DESC, c.event_id DESC LIMIT 1)
         UNION ALL
         (SELECT machine_id, time, event_id, state, reason FROM analytics.machine_state_change c
           WHERE c.machine_id = m.machine_id AND c.time > ?::timestamptz AND c.time < ?::timestamptz)
       ) c
     ), intervals AS (
       SELECT machine_id, state, reason, greatest(time, ?::timestamptz) AS starts,
              coalesce(lead(time) OVER (PARTITION BY machine_id ORDER BY time, event_id), ?::timestamptz) AS ends
         FROM changes
     )
     SELECT machine_id, state, reason,
            sum(round(extract(epoch FROM ends - starts) * 1000))::bigint AS milliseconds, count(*)::int AS occurrences
       FROM intervals
      WHERE state IN ('DOWN', 'IDLE') AND ends > starts
      GROUP BY machine_id, state, reason
      ORDER BY machine_id, milliseconds DESC, reason`,
    [sqlArray(machineIds), from, from, until, from, until],
  );
  for (const row of rows) {
    byMachine.get(row.machine_id)?.push({
      reason: row.reason ?? unspecifiedReason,
      state: row.state,
      seconds: Number(row.milliseconds) / 1000,
      occurrences: row.occurrences,
    });
  }
  return byMachine;
}

export interface MachineDowntime {
  machineId: string;
  state: 'DOWN' | 'IDLE';
  reason: string;
  milliseconds: number;
}

/** DOWN and IDLE time per machine and reason over whole UTC days [start, end), from the daily rollups and the current state. */
export async function readDowntimeByMachine(em: EntityManager, scope: MachineScope, range: TimePeriod, now: Date): Promise<MachineDowntime[]> {
  const where = scopeSql(scope);
  const rows = await execute<{ machine_id: string; state: 'DOWN' | 'IDLE'; reason: string | null; milliseconds: string }[]>(
    em,
    `SELECT machine_id, state, reason, sum(milliseconds) AS milliseconds FROM analytics.machine_downtime_day
      WHERE bucket >= ? AND bucket < ? AND ${where.sql}
      GROUP BY machine_id, state, reason`,
    [range.start, range.end, ...where.params],
  );
  const byKey = new Map<string, MachineDowntime>();
  const add = (machineId: string, state: 'DOWN' | 'IDLE', reason: string | null, milliseconds: number) => {
    const key = `${machineId}|${state}|${reason ?? unspecifiedReason}`;
    const entry = byKey.get(key) ?? { machineId, state, reason: reason ?? unspecifiedReason, milliseconds: 0 };
    entry.milliseconds += milliseconds;
    byKey.set(key, entry);
  };
  for (const row of rows) add(row.machine_id, row.state, row.reason, Number(row.milliseconds));
  for (const current of await readCurrentStates(em, scope)) {
    if (!isDowntime(current.state)) continue;
    const until = Math.min(now.getTime(), range.end.getTime());
    const from = Math.max(current.time.getTime(), range.start.getTime());
    if (until > from) add(current.machineId, current.state as 'DOWN' | 'IDLE', current.reason, until - from);
  }
  return [...byKey.values()].filter((entry) => entry.milliseconds > 0);
}

export interface OeePoint extends OeeRatios {
  periodStart: Date;
  periodEnd: Date;
  plannedBusySeconds: number;
  runSeconds: number;
  idealSeconds: number;
  goodQuantity: number;
  totalQuantity: number;
}

export function oeePoint(period: TimePeriod, totals: OeeTotals): OeePoint {
  return {
    periodStart: period.start,
    periodEnd: period.end,
    ...oeeRatios(totals),
    plannedBusySeconds: totals.plannedBusyMs / 1000,
    runSeconds: totals.runMs / 1000,
    idealSeconds: totals.idealSeconds,
    goodQuantity: totals.goodQuantity,
    totalQuantity: totals.totalQuantity,
  };
}

export interface OeeRequest {
  from: Date;
  to: Date;
  grain: OeeGrain;
}

/** The periods of a Machine.oee request, refused when the range is empty or too long. */
export function oeePeriods(request: OeeRequest): TimePeriod[] {
  if (!(request.from < request.to)) throw badInput('from must be before to', { field: 'from' });
  const periods = periodsOverlapping(request.from, request.to, request.grain);
  if (!periods) throw badInput(`At most ${maxOeePeriods} ${request.grain.toLowerCase()} periods per request`, { field: 'grain' });
  return periods;
}

const requestKey = ({ from, to, grain }: OeeRequest) => `${from.toISOString()}|${to.toISOString()}|${grain}`;
const rangeKey = ({ from, to }: { from: Date; to: Date }) => `${from.toISOString()}|${to.toISOString()}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * Per-request loaders: machines asked with the same arguments in one query
 * (a list of machines, each with its OEE) are read together, in a constant
 * number of statements. Arguments are validated before they get here.
 */
export function createProductionLoaders(em: EntityManager, now: () => Date) {
  return {
    oeeByMachine: new DataLoader<{ machineId: string } & OeeRequest, OeePoint[], string>(
      async (keys) => {
        const results = new Map<string, OeePoint[]>();
        for (const [groupKey, group] of groupBy(keys, requestKey)) {
          const request = group[0]!;
          const periods = oeePeriods(request);
          const machineIds = [...new Set(group.map((key) => key.machineId))];
          const range = { start: periods[0]!.start, end: periods.at(-1)!.end };
          const totals = await readOeeTotals(em, { machineIds }, range, request.grain, { now: now(), byMachine: true, byBucket: true });
          const byMachineBucket = new Map(totals.map((entry) => [`${entry.machineId}|${entry.bucket.toISOString()}`, entry.totals]));
          for (const machineId of machineIds) {
            results.set(
              `${groupKey}|${machineId}`,
              periods.map((period) => oeePoint(period, byMachineBucket.get(`${machineId}|${period.start.toISOString()}`) ?? emptyTotals())),
            );
          }
        }
        return keys.map((key) => results.get(`${requestKey(key)}|${key.machineId}`)!);
      },
      { cacheKeyFn: (key) => `${requestKey(key)}|${key.machineId}` },
    ),
    downtimeByMachine: new DataLoader<{ machineId: string; from: Date; to: Date }, DowntimeReason[], string>(
      async (keys) => {
        const results = new Map<string, DowntimeReason[]>();
        const at = now();
        for (const [groupKey, group] of groupBy(keys, rangeKey)) {
          const { from, to } = group[0]!;
          const until = new Date(Math.min(to.getTime(), at.getTime()));
          const byMachine = await readDowntimeReasons(em, [...new Set(group.map((key) => key.machineId))], from, until);
          for (const [machineId, reasons] of byMachine) results.set(`${groupKey}|${machineId}`, reasons);
        }
        return keys.map((key) => results.get(`${rangeKey(key)}|${key.machineId}`)!);
      },
      { cacheKeyFn: (key) => `${rangeKey(key)}|${key.machineId}` },
    ),
  };
}

export type ProductionLoaders = ReturnType<typeof createProductionLoaders>;

function validMachineId(machineId: string): string {
  if (!isId(machineId)) throw badInput('A machine id is a UUID', { field: 'id' });
  return machineId.toLowerCase();
}

/** One point per whole period of `grain` overlapping [from, to). */
export async function machineOee(loaders: ProductionLoaders, machineId: string, request: OeeRequest): Promise<OeePoint[]> {
  oeePeriods(request);
  return loaders.oeeByMachine.load({ machineId: validMachineId(machineId), ...request });
}

export async function machineDowntimeReasons(loaders: ProductionLoaders, machineId: string, range: { from: Date; to: Date }): Promise<DowntimeReason[]> {
  if (!(range.from < range.to)) throw badInput('from must be before to', { field: 'from' });
  return loaders.downtimeByMachine.load({ machineId: validMachineId(machineId), ...range });
}
