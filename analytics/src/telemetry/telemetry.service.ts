import DataLoader from 'dataloader';
import { execute, isId, type EntityManager } from '@plexus/db';
import { badInput } from '@plexus/errors';
import { authorizeChange } from '@plexus/host';
import type { AnalyticsContext } from '../context.ts';
import { findTelemetryMetric, validateTelemetryPoint, type TelemetryReading } from './telemetry-metric.rules.ts';
import { fillTelemetryGaps, gapFillReachMs, planTelemetryBuckets, type BucketPlan, type GapFill, type MeasuredBucket, type RangeNeighbours, type TelemetryPoint } from './telemetry-series.rules.ts';
import { copyReadings, dayMs, ensurePartitions, plainArrayLiteral, telemetryStorage } from './telemetry-storage.ts';

export interface TelemetryRejection {
  index: number;
  reason: string;
}

export interface TelemetryIngestResult {
  stored: number;
  /** Valid points already stored earlier, or twice in this batch. */
  duplicates: number;
  rejectedCount: number;
  rejected: TelemetryRejection[];
}

/** Points per COPY: large enough that a round trip is noise, small enough that a crash loses little work to redo. */
export const telemetryBatchSize = 5000;

/**
 * Batches being stored at once while the next is read: on a PostgreSQL server
 * two connections copy side by side; the embedded database runs them one after
 * the other.
 */
const batchesInFlight = 2;

/** PLEXUS_TELEMETRY_RETENTION_DAYS: raw readings older than this are dropped (rollups stay); unset keeps them forever. */
export function telemetryRetentionDays(): number | undefined {
  const raw = process.env.PLEXUS_TELEMETRY_RETENTION_DAYS;
  if (raw === undefined || raw === '') return undefined;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) throw new Error(`PLEXUS_TELEMETRY_RETENTION_DAYS must be a whole number of days ≥ 1, got ${raw}`);
  return days;
}

export interface TelemetryIngestOptions {
  now?: Date;
  /** The machine the channel speaks for (MQTT topic). */
  machineId?: string | undefined;
  /** How many rejections to list (the count is always exact). */
  maxListedRejections?: number;
}

class ReadingColumns {
  readonly machineIds: string[] = [];
  readonly metrics: string[] = [];
  readonly times: string[] = [];
  readonly values: number[] = [];
  readonly epochDays = new Set<number>();
  firstMs = Number.POSITIVE_INFINITY;
  lastMs = Number.NEGATIVE_INFINITY;
  push(reading: TelemetryReading): void {
    this.machineIds.push(reading.machineId);
    this.metrics.push(reading.metric);
    this.times.push(reading.time);
    this.values.push(reading.value);
    this.epochDays.add(Math.floor(reading.timeMs / dayMs));
    if (reading.timeMs < this.firstMs) this.firstMs = reading.timeMs;
    if (reading.timeMs > this.lastMs) this.lastMs = reading.timeMs;
  }
  toCsv(): string {
    let csv = '';
    for (let index = 0; index < this.times.length; index += 1) {
      csv += `${this.times[index]},${this.machineIds[index]},${this.metrics[index]},${this.values[index]}\n`;
    }
    return csv;
  }
  get size(): number {
    return this.times.length;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * Stores readings and counts what was new. Duplicates are skipped by the
 * unique key, which is what makes a resent batch harmless. A batch is first
 * copied in as if all of it were new (see copyReadings); only a batch that
 * hits a duplicate (a resend, mostly) is inserted again skipping them, and
 * the failed attempt stored nothing.
 */
async function storeReadings(em: EntityManager, columns: ReadingColumns): Promise<number> {
  const storage = telemetryStorage(em);
  await ensurePartitions(em, storage, columns.epochDays);
  try {
    return await copyReadings(storage, { csv: columns.toCsv(), firstTime: new Date(columns.firstMs).toISOString(), lastTime: new Date(columns.lastMs).toISOString() });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const params = [plainArrayLiteral(columns.times), plainArrayLiteral(columns.machineIds), plainArrayLiteral(columns.metrics), plainArrayLiteral(columns.values)];
  const insert = `INSERT INTO analytics.machine_telemetry (time, machine_id, metric, value)
      SELECT * FROM unnest(?::timestamptz[], ?::uuid[], ?::text[], ?::float8[]) ON CONFLICT DO NOTHING RETURNING time`;
  // The same watermark ordering as copyReadings, in one statement.
  const sql = storage.timescale
    ? `WITH stored AS (${insert}) SELECT count(*)::int AS stored FROM stored`
    : `WITH watermark AS (SELECT hourly_watermark FROM analytics.machine_telemetry_rollup_state FOR SHARE),
         stored AS (${insert}),
         late AS (
           INSERT INTO analytics.machine_telemetry_invalidation (first_time, last_time)
           SELECT range.first_time, range.last_time
           FROM (SELECT min(time) AS first_time, max(time) AS last_time FROM stored) range, watermark
           WHERE range.first_time < watermark.hourly_watermark)
       SELECT count(*)::int AS stored FROM stored`;
  const [row] = await execute<{ stored: number }[]>(em, sql, params);
  return row!.stored;
}

/**
 * One batch of points arriving one by one (an NDJSON stream, a GraphQL list,
 * an MQTT message): each is validated alone, valid ones are stored in batches
 * of `telemetryBatchSize` while the next batch is being read.
 */
export class TelemetryIngest {
  readonly #em: EntityManager;
  readonly #limits: { now: number; oldestMs: number | undefined; machineId: string | undefined };
  readonly #maxListed: number;
  #columns = new ReadingColumns();
  #index = 0;
  #valid = 0;
  #stored = 0;
  #rejectedCount = 0;
  readonly #rejected: TelemetryRejection[] = [];
  readonly #inFlight: Promise<void>[] = [];
  #failure: unknown;

  constructor(em: EntityManager, options: TelemetryIngestOptions = {}) {
    this.#em = em;
    const now = (options.now ?? new Date()).getTime();
    const retentionDays = telemetryRetentionDays();
    this.#limits = { now, oldestMs: retentionDays === undefined ? undefined : now - retentionDays * dayMs, machineId: options.machineId };
    this.#maxListed = options.maxListedRejections ?? Number.POSITIVE_INFINITY;
  }

  /** Adds the next point; resolves once it may take another (a full batch may have to wait for earlier ones to be stored). */
  add(point: unknown): Promise<void> {
    return this.#take(validateTelemetryPoint(point, this.#limits));
  }

  /** A point that could not even be parsed counts in the numbering like any other. */
  addUnreadable(reason: string): Promise<void> {
    return this.#take(reason);
  }

  async #take(result: TelemetryReading | string): Promise<void> {
    const index = this.#index;
    this.#index += 1;
    if (typeof result === 'string') {
      this.#rejectedCount += 1;
      if (this.#rejected.length < this.#maxListed) this.#rejected.push({ index, reason: result });
      return;
    }
    this.#valid += 1;
    this.#columns.push(result);
    if (this.#columns.size >= telemetryBatchSize) {
      const full = this.#columns;
      this.#columns = new ReadingColumns();
      while (this.#inFlight.length >= batchesInFlight) await this.#inFlight.shift();
      this.#throwIfFailed();
      // Not awaited: the next batch is parsed while this one is stored. The failure is kept, not left unhandled.
      this.#inFlight.push(
        storeReadings(this.#em, full).then(
          (stored) => {
            this.#stored += stored;
          },
          (error: unknown) => {
            this.#failure = error;
          },
        ),
      );
    }
  }

  async finish(): Promise<TelemetryIngestResult> {
    await Promise.all(this.#inFlight.splice(0));
    this.#throwIfFailed();
    if (this.#columns.size > 0) this.#stored += await storeReadings(this.#em, this.#columns);
    this.#columns = new ReadingColumns();
    return { stored: this.#stored, duplicates: this.#valid - this.#stored, rejectedCount: this.#rejectedCount, rejected: this.#rejected };
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }
}

export async function ingestTelemetryPoints(ctx: AnalyticsContext, points: readonly unknown[]): Promise<TelemetryIngestResult> {
  authorizeChange(ctx.viewer, 'ingest telemetry');
  const ingest = new TelemetryIngest(ctx.em, { now: ctx.now() });
  for (const point of points) await ingest.add(point);
  return ingest.finish();
}

export interface TelemetrySeriesArguments {
  metric: string;
  from: Date;
  to: Date;
  bucketSeconds: number;
  fill: GapFill;
}

interface BucketRow {
  side: 'in' | 'before' | 'after';
  machine_id: string;
  time: Date;
  avg: number;
  min: number;
  max: number;
  last: number;
  count: number;
}

/** A bucket's aggregates over raw readings, or re-aggregated over rollup buckets (averages weighted by their counts). */
const bucketSources = {
  raw: {
    table: 'analytics.machine_telemetry',
    time: 'time',
    aggregates: 'avg(value) AS avg, min(value) AS min, max(value) AS max, (array_agg(value ORDER BY time DESC))[1] AS last, count(*)::int AS count',
  },
  rollup: {
    time: 'bucket',
    aggregates: 'sum(avg * count) / sum(count) AS avg, min(min) AS min, max(max) AS max, (array_agg(last ORDER BY bucket DESC))[1] AS last, sum(count)::int AS count',
  },
} as const;

interface MachineSeries {
  buckets: MeasuredBucket[];
  neighbours: RangeNeighbours;
}

/**
 * The buckets of many machines in one statement. Hourly and daily sources
 * re-aggregate the rollup buckets, which on TimescaleDB are continuous
 * aggregates and otherwise views of the same shape, so this SQL is the same
 * on both databases. For gap filling the same statement also finds, per
 * machine, the last reading before `from` (and for LINEAR the first at or
 * after `to`) within reach, each through the unique index's newest (or
 * oldest) entry, and aggregates the bucket it falls in, on the range's side
 * of `from` or `to` only.
 */
async function readBuckets(em: EntityManager, machineIds: readonly string[], metric: string, plan: BucketPlan, fill: GapFill, from: Date, to: Date): Promise<Map<string, MachineSeries>> {
  const source = plan.source === 'raw' ? { ...bucketSources.raw } : { ...bucketSources.rollup, table: `analytics.machine_telemetry_${plan.source}` };
  const { table, time, aggregates } = source;
  const width = `${plan.bucketMs / 1000} seconds`;
  const ids = plainArrayLiteral(machineIds);
  const reachMs = gapFillReachMs(plan);
  const parts = [
    `SELECT 'in' AS side, machine_id::text AS machine_id, date_bin(?::interval, ${time}, timestamptz 'epoch') AS time, ${aggregates}
     FROM ${table}
     WHERE machine_id = ANY(?::uuid[]) AND metric = ? AND ${time} >= ?::timestamptz AND ${time} < ?::timestamptz
     GROUP BY 1, 2, 3`,
  ];
  const params: unknown[] = [width, ids, metric, from.toISOString(), to.toISOString()];
  const neighbour = (side: 'before' | 'after') =>
    `SELECT '${side}' AS side, wanted.machine_id::text AS machine_id, anchor.anchor_bucket AS time, ${aggregates}
     FROM unnest(?::uuid[]) AS wanted(machine_id)
     CROSS JOIN LATERAL (
       SELECT date_bin(?::interval, ${time}, timestamptz 'epoch') AS anchor_bucket FROM ${table}
       WHERE machine_id = wanted.machine_id AND metric = ? AND ${time} >= ?::timestamptz AND ${time} < ?::timestamptz
       ORDER BY ${time} ${side === 'before' ? 'DESC' : 'ASC'} LIMIT 1) anchor
     JOIN ${table} neighbour ON neighbour.machine_id = wanted.machine_id AND neighbour.metric = ?
       AND neighbour.${time} >= ${side === 'before' ? 'anchor.anchor_bucket' : 'greatest(anchor.anchor_bucket, ?::timestamptz)'}
       AND neighbour.${time} < ${side === 'before' ? 'least(anchor.anchor_bucket + ?::interval, ?::timestamptz)' : 'anchor.anchor_bucket + ?::interval'}
     GROUP BY 1, 2, 3`;
  if (fill !== 'NONE') {
    parts.push(neighbour('before'));
    params.push(ids, width, metric, new Date(from.getTime() - reachMs).toISOString(), from.toISOString(), metric, width, from.toISOString());
  }
  if (fill === 'LINEAR') {
    parts.push(neighbour('after'));
    params.push(ids, width, metric, to.toISOString(), new Date(to.getTime() + reachMs).toISOString(), metric, to.toISOString(), width);
  }
  const rows = await execute<BucketRow[]>(em, parts.join('\n     UNION ALL\n     '), params);
  const byMachine = new Map<string, MachineSeries>();
  for (const row of rows) {
    const series = byMachine.get(row.machine_id) ?? { buckets: [], neighbours: {} };
    const bucket = { timeMs: new Date(row.time).getTime(), avg: Number(row.avg), min: Number(row.min), max: Number(row.max), last: Number(row.last), count: Number(row.count) };
    if (row.side === 'in') series.buckets.push(bucket);
    else series.neighbours[row.side] = bucket;
    byMachine.set(row.machine_id, series);
  }
  return byMachine;
}

/** One DataLoader per distinct set of arguments, so every machine asking the same question in one request shares one statement. */
export function createTelemetryLoaders(em: EntityManager) {
  const loaders = new Map<string, DataLoader<string, TelemetryPoint[]>>();
  return {
    knownMachine: new DataLoader<string, boolean>(async (machineIds) => {
      const rows = await execute<{ id: string }[]>(
        em,
        `SELECT m.id::text AS id FROM unnest(?::uuid[]) AS m(id)
         WHERE EXISTS (SELECT 1 FROM analytics.machine_telemetry t WHERE t.machine_id = m.id)
            OR EXISTS (SELECT 1 FROM analytics.supply_chain_event e WHERE e.subject_id = m.id AND e.type = 'mes.MachineStateChanged')`,
        [plainArrayLiteral(machineIds)],
      );
      const known = new Set(rows.map((row) => row.id));
      return machineIds.map((id) => known.has(id));
    }),
    series(args: TelemetrySeriesArguments, plan: BucketPlan): DataLoader<string, TelemetryPoint[]> {
      const key = JSON.stringify([args.metric, args.from.getTime(), args.to.getTime(), args.bucketSeconds, args.fill]);
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, TelemetryPoint[]>(async (machineIds) => {
          const byMachine = await readBuckets(em, machineIds, args.metric, plan, args.fill, args.from, args.to);
          return machineIds.map((id) => {
            const series = byMachine.get(id);
            return fillTelemetryGaps(plan, series?.buckets ?? [], args.fill, series?.neighbours);
          });
        });
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}

export type TelemetryLoaders = ReturnType<typeof createTelemetryLoaders>;

/** What the router hands analytics of a mes operation run (`@requires`): times arrive as the JSON text mes sent. */
export interface OperationRunReference {
  id: string;
  machine?: { id: string } | null;
  startedAt?: string | null;
  completedAt?: string | null;
}

interface RunWindow {
  machineId: string;
  fromMs: number;
  toMs: number;
}

/**
 * The raw readings of many runs' windows in one statement (each run its own
 * machine and interval), bucketed alike; a run's buckets are aligned to the
 * bucket width, as `Machine.telemetry`'s are.
 */
async function readRunBuckets(em: EntityManager, metric: string, bucketMs: number, windows: readonly RunWindow[]): Promise<MeasuredBucket[][]> {
  const rows = await execute<{ ordinality: string; time: Date; avg: number; min: number; max: number; last: number; count: number }[]>(
    em,
    `SELECT run.ordinality, date_bin(?::interval, t.time, timestamptz 'epoch') AS time, ${bucketSources.raw.aggregates}
       FROM unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[]) WITH ORDINALITY AS run (machine_id, starts, ends, ordinality)
       JOIN analytics.machine_telemetry t ON t.machine_id = run.machine_id AND t.metric = ? AND t.time >= run.starts AND t.time < run.ends
      GROUP BY 1, 2`,
    [
      `${bucketMs / 1000} seconds`,
      plainArrayLiteral(windows.map((window) => window.machineId)),
      plainArrayLiteral(windows.map((window) => new Date(window.fromMs).toISOString())),
      plainArrayLiteral(windows.map((window) => new Date(window.toMs).toISOString())),
      metric,
    ],
  );
  const buckets = windows.map((): MeasuredBucket[] => []);
  for (const row of rows) {
    buckets[Number(row.ordinality) - 1]!.push({ timeMs: new Date(row.time).getTime(), avg: Number(row.avg), min: Number(row.min), max: Number(row.max), last: Number(row.last), count: Number(row.count) });
  }
  return buckets;
}

/** One DataLoader per metric and bucket width: every run asking the same in one request shares one statement. */
export function createRunTelemetryLoaders(em: EntityManager) {
  const loaders = new Map<string, DataLoader<RunWindow, MeasuredBucket[], string>>();
  return (metric: string, bucketMs: number) => {
    const key = `${metric}/${bucketMs}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((windows: readonly RunWindow[]) => readRunBuckets(em, metric, bucketMs, windows), {
        cacheKeyFn: (window) => `${window.machineId}/${window.fromMs}/${window.toMs}`,
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** The run's machine's readings from its start to its completion (or now); none before it started on a machine. */
export async function operationRunTelemetry(ctx: AnalyticsContext, run: OperationRunReference, args: { metric: string; bucketSeconds: number }): Promise<TelemetryPoint[]> {
  if (!findTelemetryMetric(args.metric)) throw badInput(`Unknown metric ${args.metric}; see telemetryMetrics`, { field: 'metric' });
  const machineId = run.machine?.id?.toLowerCase();
  const fromMs = run.startedAt ? Date.parse(run.startedAt) : NaN;
  const toMs = run.completedAt ? Date.parse(run.completedAt) : ctx.now().getTime();
  if (!machineId || !isId(machineId) || !Number.isFinite(fromMs) || !(fromMs < toMs)) return [];
  const plan = planTelemetryBuckets(fromMs, toMs, args.bucketSeconds);
  const buckets = await ctx.loaders.runTelemetry(args.metric, plan.bucketMs).load({ machineId, fromMs, toMs });
  return fillTelemetryGaps(plan, buckets, 'NONE');
}

export function machineTelemetry(ctx: AnalyticsContext, machineId: string, args: TelemetrySeriesArguments): Promise<TelemetryPoint[]> {
  if (!findTelemetryMetric(args.metric)) throw badInput(`Unknown metric ${args.metric}; see telemetryMetrics`, { field: 'metric' });
  const plan = planTelemetryBuckets(args.from.getTime(), args.to.getTime(), args.bucketSeconds);
  // An id analytics never saw (or that is no UUID) simply has no readings.
  if (!isId(machineId)) return Promise.resolve(fillTelemetryGaps(plan, [], args.fill));
  return ctx.loaders.telemetry.series(args, plan).load(machineId.toLowerCase());
}

/** A machine analytics knows: it sent telemetry or changed state. */
export async function findMachine(ctx: AnalyticsContext, id: string): Promise<{ id: string } | null> {
  if (!isId(id)) throw badInput('A machine id is a UUID', { field: 'id' });
  const machineId = id.toLowerCase();
  return (await ctx.loaders.telemetry.knownMachine.load(machineId)) ? { id: machineId } : null;
}
