import { execute, type EntityManager } from '@plexus/db';
import { telemetryRetentionDays } from './telemetry.service.ts';
import { compressAfterDays, runTelemetryPolicies, scheduleTelemetryPolicies } from './telemetry-policies.ts';
import { dayMs, ensurePartitions, telemetryStorage, type TelemetryStorage } from './telemetry-storage.ts';

const hourMs = 3_600_000;

export interface TelemetryMaintenanceOptions {
  /** Overrides PLEXUS_TELEMETRY_RETENTION_DAYS. */
  retentionDays?: number | undefined;
}

export interface TelemetryMaintenanceReport {
  /** Hourly buckets before this are materialized; later ones are aggregated from raw readings when read. */
  hourlyWatermark: Date;
  compressedChunks: number;
  /** Compressed chunks that had taken late readings uncompressed beside their compressed rows, compressed whole again. */
  recompressedChunks: number;
  droppedChunks: number;
}

/**
 * One maintenance pass now: materialize the rollups up to the last whole hour
 * and day, compress chunks older than 7 days (again when late readings went
 * into them), drop raw readings beyond retention. On a server that preloads
 * TimescaleDB that is its policies, run now (they also run by themselves in
 * its background workers); on the embedded TimescaleDB, which has no
 * workers (its jobs register and never run), the program does the same work;
 * without TimescaleDB it refreshes its rollup tables and also creates the
 * coming days' partitions. Safe to run at any time and concurrently with ingest.
 */
export async function maintainTelemetry(em: EntityManager, options: TelemetryMaintenanceOptions = {}): Promise<TelemetryMaintenanceReport> {
  const retentionDays = 'retentionDays' in options ? options.retentionDays : telemetryRetentionDays();
  const storage = telemetryStorage(em);
  if (storage.database.timescaleJobs) return runTelemetryPolicies(em, { retentionDays });
  const now = Date.now();
  const hourlyWatermark = Math.floor(now / hourMs) * hourMs;
  const dailyWatermark = Math.floor(now / dayMs) * dayMs;
  const retentionCutoff = retentionDays === undefined ? undefined : new Date(dailyWatermark - retentionDays * dayMs);
  if (storage.timescale) {
    // Refreshing from the retention cutoff (or the beginning) costs only the invalidated and new buckets: TimescaleDB
    // tracks what changed. Never before the cutoff: refreshing over dropped chunks would empty their rollups.
    const refreshFrom = retentionCutoff ? retentionCutoff.toISOString() : null;
    await execute(em, "CALL refresh_continuous_aggregate('analytics.machine_telemetry_hourly', ?::timestamptz, ?::timestamptz)", [refreshFrom, new Date(hourlyWatermark).toISOString()]);
    await execute(em, "CALL refresh_continuous_aggregate('analytics.machine_telemetry_daily', ?::timestamptz, ?::timestamptz)", [refreshFrom, new Date(dailyWatermark).toISOString()]);
    // A reading stored into a compressed chunk stays uncompressed beside the compressed rows and marks the chunk partial
    // (status bit 8), which timescaledb_information.chunks still calls compressed. Since TimescaleDB 2.14 compress_chunk
    // compresses such a chunk whole again (recompress_chunk is deprecated), so the same pass takes every old chunk not
    // exactly compressed (status 1), as TimescaleDB's own compression policy does; frozen chunks (bit 4) are left alone.
    const [compressed] = await execute<{ compressed: number; recompressed: number }[]>(
      em,
      `WITH due AS MATERIALIZED (
         SELECT chunk, _timescaledb_functions.chunk_status(chunk) AS status
         FROM (SELECT format('%I.%I', chunk_schema, chunk_name)::regclass AS chunk FROM timescaledb_information.chunks
               WHERE hypertable_schema = 'analytics' AND hypertable_name = 'machine_telemetry' AND range_end <= ?::timestamptz) old),
       done AS MATERIALIZED (SELECT status, compress_chunk(chunk) FROM due WHERE status <> 1 AND status & 4 = 0)
       SELECT count(*) FILTER (WHERE status = 0)::int AS compressed, count(*) FILTER (WHERE status <> 0)::int AS recompressed FROM done`,
      [new Date(now - compressAfterDays * dayMs).toISOString()],
    );
    const dropped = retentionCutoff
      ? (await execute<{ chunks: number }[]>(em, "SELECT count(*)::int AS chunks FROM drop_chunks('analytics.machine_telemetry', older_than => ?::timestamptz)", [retentionCutoff.toISOString()]))[0]!.chunks
      : 0;
    return { hourlyWatermark: new Date(hourlyWatermark), compressedChunks: compressed!.compressed, recompressedChunks: compressed!.recompressed, droppedChunks: dropped };
  }
  await preparePartitions(em, storage, dailyWatermark);
  await refreshRollups(em, hourlyWatermark);
  const dropped = retentionCutoff ? await dropPartitionsBefore(em, storage, retentionCutoff) : 0;
  return { hourlyWatermark: new Date(hourlyWatermark), compressedChunks: 0, recompressedChunks: 0, droppedChunks: dropped };
}

/** Yesterday to two days ahead exist before anyone writes, and rows that fell into the default partition move to their day's. */
async function preparePartitions(em: EntityManager, storage: TelemetryStorage, today: number): Promise<void> {
  const stray = await execute<{ day: number }[]>(em, `SELECT DISTINCT floor(extract(epoch FROM time) / 86400)::int AS day FROM analytics.machine_telemetry_default`);
  for (const { day } of stray) storage.knownPartitionDays.delete(day);
  const todayIndex = today / dayMs;
  await ensurePartitions(em, storage, [todayIndex - 1, todayIndex, todayIndex + 1, todayIndex + 2, ...stray.map((row) => row.day)]);
}

interface Range {
  from: number;
  to: number;
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

const iso = (ms: number) => (ms === Number.NEGATIVE_INFINITY ? '-infinity' : new Date(ms).toISOString());

/**
 * Moves the watermarks to the last whole hour and day and recomputes the
 * buckets in between, plus those invalidated by late readings. Locking the
 * state row first waits for ingests that read the old watermark, so their
 * rows are visible here; ingests after it see the new one and log themselves.
 */
async function refreshRollups(em: EntityManager, hourlyTarget: number): Promise<void> {
  await em.transactional(async (tx) => {
    const [state] = await execute<({ hourly: Date | number; daily: Date | number })[]>(
      tx,
      `SELECT CASE WHEN hourly_watermark = '-infinity' THEN NULL ELSE hourly_watermark END AS hourly,
              CASE WHEN daily_watermark = '-infinity' THEN NULL ELSE daily_watermark END AS daily
       FROM analytics.machine_telemetry_rollup_state FOR UPDATE`,
    );
    const oldHourly = state!.hourly === null ? Number.NEGATIVE_INFINITY : new Date(state!.hourly).getTime();
    const oldDaily = state!.daily === null ? Number.NEGATIVE_INFINITY : new Date(state!.daily).getTime();
    const newHourly = Math.max(oldHourly, hourlyTarget);
    const newDaily = Math.max(oldDaily, Math.floor(newHourly / dayMs) * dayMs);
    const invalidated = await execute<{ first_time: Date; last_time: Date }[]>(
      tx,
      'DELETE FROM analytics.machine_telemetry_invalidation RETURNING first_time, last_time',
    );
    const late = invalidated.map((row) => ({ from: new Date(row.first_time).getTime(), to: new Date(row.last_time).getTime() }));
    const hourlyRanges = mergeRanges([
      ...late.map((range) => ({ from: Math.floor(range.from / hourMs) * hourMs, to: Math.min(newHourly, Math.floor(range.to / hourMs) * hourMs + hourMs) })),
      { from: oldHourly, to: newHourly },
    ]).filter((range) => range.from < range.to);
    for (const range of hourlyRanges) {
      await execute(tx, 'DELETE FROM analytics.machine_telemetry_hourly_rollup WHERE bucket >= ?::timestamptz AND bucket < ?::timestamptz', [iso(range.from), iso(range.to)]);
      await execute(
        tx,
        `INSERT INTO analytics.machine_telemetry_hourly_rollup (bucket, machine_id, metric, avg, min, max, last, count)
         SELECT date_bin(INTERVAL '1 hour', time, timestamptz 'epoch'), machine_id, metric,
                avg(value), min(value), max(value), (array_agg(value ORDER BY time DESC))[1], count(*)
         FROM analytics.machine_telemetry
         WHERE time >= ?::timestamptz AND time < ?::timestamptz
         GROUP BY 1, 2, 3`,
        [iso(range.from), iso(range.to)],
      );
    }
    const dailyRanges = mergeRanges([
      ...hourlyRanges.map((range) => ({ from: Math.floor(range.from / dayMs) * dayMs, to: Math.min(newDaily, Math.ceil(range.to / dayMs) * dayMs) })),
      { from: oldDaily, to: newDaily },
    ]).filter((range) => range.from < range.to);
    for (const range of dailyRanges) {
      await execute(tx, 'DELETE FROM analytics.machine_telemetry_daily_rollup WHERE bucket >= ?::timestamptz AND bucket < ?::timestamptz', [iso(range.from), iso(range.to)]);
      await execute(
        tx,
        `INSERT INTO analytics.machine_telemetry_daily_rollup (bucket, machine_id, metric, avg, min, max, last, count)
         SELECT date_bin(INTERVAL '1 day', bucket, timestamptz 'epoch'), machine_id, metric,
                sum(avg * count) / sum(count), min(min), max(max), (array_agg(last ORDER BY bucket DESC))[1], sum(count)
         FROM analytics.machine_telemetry_hourly_rollup
         WHERE bucket >= ?::timestamptz AND bucket < ?::timestamptz
         GROUP BY 1, 2, 3`,
        [iso(range.from), iso(range.to)],
      );
    }
    await execute(tx, 'UPDATE analytics.machine_telemetry_rollup_state SET hourly_watermark = ?::timestamptz, daily_watermark = ?::timestamptz', [
      iso(newHourly),
      iso(newDaily),
    ]);
  });
}

/** Retention without TimescaleDB: whole daily partitions before the cutoff, and default-partition rows as old. */
async function dropPartitionsBefore(em: EntityManager, storage: TelemetryStorage, cutoff: Date): Promise<number> {
  const partitions = await execute<{ name: string }[]>(
    em,
    `SELECT child.relname AS name FROM pg_inherits
     JOIN pg_class child ON child.oid = pg_inherits.inhrelid
     WHERE pg_inherits.inhparent = 'analytics.machine_telemetry'::regclass AND child.relname ~ '^machine_telemetry_[0-9]{8}$'`,
  );
  let dropped = 0;
  for (const { name } of partitions) {
    const day = Date.parse(`${name.slice(-8, -4)}-${name.slice(-4, -2)}-${name.slice(-2)}T00:00:00Z`);
    if (day + dayMs > cutoff.getTime()) continue;
    await execute(em, `DROP TABLE analytics."${name}"`);
    storage.knownPartitionDays.delete(day / dayMs);
    dropped += 1;
  }
  await execute(em, 'DELETE FROM analytics.machine_telemetry_default WHERE time < ?::timestamptz', [cutoff.toISOString()]);
  return dropped;
}

export interface TelemetryMaintenance {
  /** Runs one pass now (tests); waits for a pass already running. */
  run(options?: TelemetryMaintenanceOptions): Promise<TelemetryMaintenanceReport>;
  stop(): Promise<void>;
}

/**
 * Maintenance every `intervalMs` in the analytics process, with the retention
 * given or configured (PLEXUS_TELEMETRY_RETENTION_DAYS); a failed pass is
 * logged and retried at the next tick. Where TimescaleDB runs policies
 * itself, the process only sets them up (on this schedule and the configured
 * retention) and leaves them to its workers.
 */
export function startTelemetryMaintenance(em: EntityManager, options: { intervalMs: number } & TelemetryMaintenanceOptions): TelemetryMaintenance {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const byPolicies = telemetryStorage(em).database.timescaleJobs;
  const serialized = <T>(work: () => Promise<T>) => {
    const pass = running.then(work);
    running = pass.catch(() => undefined);
    return pass;
  };
  const retentionDays = 'retentionDays' in options ? options.retentionDays : telemetryRetentionDays();
  const run = (passOptions: TelemetryMaintenanceOptions = { retentionDays }) => serialized(() => maintainTelemetry(em.fork(), passOptions));
  const tick = async () => {
    try {
      if (byPolicies) {
        await serialized(() => scheduleTelemetryPolicies(em.fork(), { retentionDays, intervalMs: options.intervalMs }));
        return;
      }
      await run();
    } catch (error) {
      console.error('telemetry maintenance failed', error);
    }
    if (!stopped) timer = setTimeout(tick, options.intervalMs);
  };
  let timer = setTimeout(tick, byPolicies ? 0 : options.intervalMs);
  return {
    run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
