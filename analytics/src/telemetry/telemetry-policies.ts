import { execute, type EntityManager } from '@plexus/db';

/**
 * On a server that preloads TimescaleDB, telemetry maintenance is TimescaleDB
 * policies its background workers run: the hourly and daily continuous
 * aggregates refreshed up to the last whole hour and day, chunks compressed
 * after 7 days, raw readings dropped beyond retention. The embedded build has
 * no workers, so there the program does the same work itself
 * (telemetry-maintenance.service.ts).
 */

const hypertable = 'analytics.machine_telemetry';

/** Chunks whose every reading is older than this are compressed, by a policy or by the program. */
export const compressAfterDays = 7;

/** The schedule of policies created by a pass run on request, before the analytics process has set its own. */
const defaultIntervalMs = 60_000;

export interface TelemetryPolicyOptions {
  /** Raw readings older than this many days are dropped; undefined: no retention policy. */
  retentionDays: number | undefined;
  /** How often TimescaleDB runs each policy; undefined keeps the schedule of existing ones. */
  intervalMs?: number | undefined;
}

interface PolicyJob {
  job_id: number;
  proc_name: string;
  hypertable_name: string;
  config: Record<string, unknown>;
}

const cagg = 'policy_refresh_continuous_aggregate';

/**
 * Creates or updates the policies to match the options (retention comes from
 * configuration, so it can change between starts) and returns their job ids
 * in the order one pass runs them: rollups, compression, retention. Processes
 * starting together take turns on an advisory lock. A new policy first runs
 * one interval from now, so nothing runs before its process is serving.
 */
export async function scheduleTelemetryPolicies(em: EntityManager, options: TelemetryPolicyOptions): Promise<number[]> {
  const interval = options.intervalMs === undefined ? null : `${options.intervalMs / 1000} seconds`;
  const firstRun = `${(options.intervalMs ?? defaultIntervalMs) / 1000} seconds`;
  const retention = options.retentionDays === undefined ? null : `${options.retentionDays} days`;
  return em.transactional(async (tx) => {
    await execute(tx, "SELECT pg_advisory_xact_lock(hashtext('analytics.machine_telemetry policies'))");
    const jobs = await execute<PolicyJob[]>(
      tx,
      `SELECT job_id, proc_name, hypertable_name, config FROM timescaledb_information.jobs
       WHERE hypertable_schema = 'analytics' AND hypertable_name IN ('machine_telemetry', 'machine_telemetry_hourly', 'machine_telemetry_daily')`,
    );
    const existing = (proc: string, name: string) => jobs.find((job) => job.proc_name === proc && job.hypertable_name === name);
    const alter = async (job: PolicyJob, config: Record<string, unknown>) => {
      await execute(tx, 'SELECT alter_job(?, schedule_interval => ?::interval, config => ?::jsonb)', [job.job_id, interval, JSON.stringify({ ...job.config, ...config })]);
      return job.job_id;
    };
    const add = async (sql: string, params: unknown[]) => {
      const [row] = await execute<{ job_id: number }[]>(tx, sql, [...params, interval ?? `${defaultIntervalMs / 1000} seconds`, firstRun]);
      return row!.job_id;
    };

    // The hourly refresh stays within retention: refreshing buckets whose readings were dropped would empty them. The
    // daily aggregate is built on the hourly one, which keeps its buckets, so it may refresh over any range.
    const refreshes: [string, string | null][] = [
      ['machine_telemetry_hourly', retention],
      ['machine_telemetry_daily', null],
    ];
    const ids: number[] = [];
    for (const [view, startOffset] of refreshes) {
      const job = existing(cagg, view);
      ids.push(
        job
          ? await alter(job, { start_offset: startOffset, end_offset: '00:00:00' })
          : await add(
              `SELECT add_continuous_aggregate_policy('analytics.${view}', start_offset => ?::interval, end_offset => INTERVAL '0',
                 schedule_interval => ?::interval, initial_start => now() + ?::interval) AS job_id`,
              [startOffset],
            ),
      );
    }
    const compression = existing('policy_compression', 'machine_telemetry');
    ids.push(
      compression
        ? await alter(compression, {})
        : await add(
            `SELECT add_compression_policy('${hypertable}', compress_after => INTERVAL '${compressAfterDays} days',
               schedule_interval => ?::interval, initial_start => now() + ?::interval) AS job_id`,
            [],
          ),
    );
    const retentionJob = existing('policy_retention', 'machine_telemetry');
    if (retention === null) {
      if (retentionJob) await execute(tx, 'SELECT delete_job(?)', [retentionJob.job_id]);
    } else {
      ids.push(
        retentionJob
          ? await alter(retentionJob, { drop_after: retention })
          : await add(
              `SELECT add_retention_policy('${hypertable}', drop_after => ?::interval, schedule_interval => ?::interval, initial_start => now() + ?::interval) AS job_id`,
              [retention],
            ),
      );
    }
    return ids;
  });
}

interface ChunkStatus {
  chunk: string;
  status: number;
}

const chunkStatuses = async (em: EntityManager) =>
  new Map(
    (
      await execute<ChunkStatus[]>(
        em,
        `SELECT format('%I.%I', chunk_schema, chunk_name) AS chunk, _timescaledb_functions.chunk_status(format('%I.%I', chunk_schema, chunk_name)::regclass) AS status
         FROM timescaledb_information.chunks WHERE hypertable_schema = 'analytics' AND hypertable_name = 'machine_telemetry'`,
      )
    ).map((row) => [row.chunk, row.status]),
  );

export interface TelemetryPolicyPass {
  hourlyWatermark: Date;
  compressedChunks: number;
  recompressedChunks: number;
  droppedChunks: number;
}

/**
 * Runs every telemetry policy once now, in this session, as TimescaleDB's
 * workers would (run_job), and reports what changed: chunks compressed (status
 * bit 1), partial ones compressed whole again (bit 8 cleared), chunks dropped.
 */
export async function runTelemetryPolicies(em: EntityManager, options: TelemetryPolicyOptions): Promise<TelemetryPolicyPass> {
  const jobIds = await scheduleTelemetryPolicies(em, options);
  const before = await chunkStatuses(em);
  for (const jobId of jobIds) await execute(em, 'CALL run_job(?)', [jobId]);
  const after = await chunkStatuses(em);
  let compressedChunks = 0;
  let recompressedChunks = 0;
  let droppedChunks = 0;
  for (const [chunk, was] of before) {
    const now = after.get(chunk);
    if (now === undefined) droppedChunks += 1;
    else if ((was & 1) === 0 && (now & 1) === 1) compressedChunks += 1;
    else if ((was & 8) === 8 && (now & 8) === 0) recompressedChunks += 1;
  }
  const [watermark] = await execute<{ watermark: Date }[]>(
    em,
    `SELECT _timescaledb_functions.to_timestamp(_timescaledb_functions.cagg_watermark(mat_hypertable_id)) AS watermark
     FROM _timescaledb_catalog.continuous_agg WHERE user_view_schema = 'analytics' AND user_view_name = 'machine_telemetry_hourly'`,
  );
  return { hourlyWatermark: new Date(watermark!.watermark), compressedChunks, recompressedChunks, droppedChunks };
}
