import { randomUUID } from 'node:crypto';
import { openTestDatabase, type Database } from '@plexus/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnalytics } from '../src/subgraph.ts';
import { startTelemetryMaintenance, type TelemetryMaintenance } from '../src/telemetry/telemetry-maintenance.service.ts';
import { TelemetryIngest } from '../src/telemetry/telemetry.service.ts';

/**
 * On a server that preloads TimescaleDB, the event stream and telemetry are
 * hypertables, the rollups continuous aggregates, and maintenance is
 * TimescaleDB's own policies, run by its background workers. Elsewhere these
 * tests are skipped: the embedded TimescaleDB has no workers and plain
 * PostgreSQL no TimescaleDB (telemetry.int.spec.ts covers all three).
 */
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const retentionDays = 10;

let database: Database;
let orm: Awaited<ReturnType<typeof openAnalytics>>;
let maintenance: TelemetryMaintenance | undefined;

beforeAll(async () => {
  database = await openTestDatabase();
  // Migrating only where the tests run: elsewhere it would cost seconds to skip them.
  if (database.timescaleJobs) orm = await openAnalytics(database);
});
afterAll(async () => {
  await maintenance?.stop();
  await orm?.close();
  await database?.close();
});

const rows = <Row>(sql: string, params?: unknown[]) => database.query<Row>(sql, params);

describe('telemetry on a TimescaleDB server', () => {
  it('keeps the event stream and readings in hypertables, the rollups in continuous aggregates, and compresses by machine and metric', async ({ skip }) => {
    if (!database.timescaleJobs) skip('needs a server that preloads TimescaleDB');
    expect(
      await rows(
        `SELECT hypertable_name, column_name, time_interval::text AS chunk FROM timescaledb_information.dimensions
         WHERE hypertable_schema = 'analytics' AND hypertable_name IN ('machine_telemetry', 'supply_chain_event') ORDER BY 1`,
      ),
    ).toEqual([
      { hypertable_name: 'machine_telemetry', column_name: 'time', chunk: '1 day' },
      { hypertable_name: 'supply_chain_event', column_name: 'time', chunk: '7 days' },
    ]);
    expect(await rows('SELECT view_name, materialized_only FROM timescaledb_information.continuous_aggregates WHERE view_schema = $1 ORDER BY 1', ['analytics'])).toEqual([
      { view_name: 'machine_telemetry_daily', materialized_only: false },
      { view_name: 'machine_telemetry_hourly', materialized_only: false },
    ]);
    expect(
      await rows(
        `SELECT attname, segmentby_column_index AS segment, orderby_column_index AS order FROM timescaledb_information.compression_settings
         WHERE hypertable_schema = 'analytics' AND hypertable_name = 'machine_telemetry' ORDER BY attname`,
      ),
    ).toEqual([
      { attname: 'machine_id', segment: 1, order: null },
      { attname: 'metric', segment: 2, order: null },
      { attname: 'time', segment: null, order: 1 },
    ]);
  });

  it('has TimescaleDB policies refresh, compress and drop by themselves, on the schedule and retention the process sets', async ({ skip }) => {
    if (!database.timescaleJobs) skip('needs a server that preloads TimescaleDB');
    const machineId = randomUUID();
    const today = Math.floor(Date.now() / dayMs) * dayMs;
    const lastWholeHour = Math.floor(Date.now() / hourMs) * hourMs - hourMs;
    const readings = [
      { time: today - 20 * dayMs + hourMs, value: 1 },
      { time: today - 8 * dayMs + hourMs, value: 2 },
      { time: today - 8 * dayMs + 2 * hourMs, value: 4 },
      { time: lastWholeHour, value: 6 },
    ];
    const ingest = new TelemetryIngest(orm.em.fork());
    for (const { time, value } of readings) await ingest.add({ machineId, metric: 'vibration', time: new Date(time).toISOString(), value });
    expect(await ingest.finish()).toMatchObject({ stored: 4, rejectedCount: 0 });

    const jobs = () =>
      rows<{ view: string; proc: string; schedule: string; config: Record<string, unknown> }>(
        `SELECT hypertable_name AS view, proc_name AS proc, schedule_interval::text AS schedule, config - 'hypertable_id' - 'mat_hypertable_id' AS config
         FROM timescaledb_information.jobs WHERE hypertable_schema = 'analytics' ORDER BY hypertable_name, proc_name`,
      );
    const refreshes = (hourlyStart: string | null) => [
      { view: 'machine_telemetry_daily', proc: 'policy_refresh_continuous_aggregate', schedule: '00:00:01', config: { start_offset: null, end_offset: '00:00:00' } },
      { view: 'machine_telemetry_hourly', proc: 'policy_refresh_continuous_aggregate', schedule: '00:00:01', config: { start_offset: hourlyStart, end_offset: '00:00:00' } },
    ];
    const compression = { view: 'machine_telemetry', proc: 'policy_compression', schedule: '00:00:01', config: { compress_after: '7 days' } };
    // Chunks wholly older than 7 days, and the days the daily aggregate has materialized (not computed when read).
    const state = async () => {
      const [chunks] = await rows<{ old: number; compressed: number }>(
        `SELECT count(*)::int AS old, count(*) FILTER (WHERE is_compressed)::int AS compressed FROM timescaledb_information.chunks
         WHERE hypertable_name = 'machine_telemetry' AND range_end <= $1::timestamptz`,
        [new Date(today - 7 * dayMs).toISOString()],
      );
      const materialized = await rows<{ bucket: Date; avg: number; count: number }>(
        `SELECT bucket, avg, count::int FROM _timescaledb_internal.${await materializationOf('machine_telemetry_daily')} WHERE machine_id = $1 ORDER BY bucket`,
        [machineId],
      );
      return { ...chunks!, materializedDays: materialized.map((row) => [new Date(row.bucket).getTime(), row.avg, row.count]) };
    };
    const materializedDays = [[today - 20 * dayMs, 1, 1], [today - 8 * dayMs, 3, 2], ...(lastWholeHour < today ? [[today - dayMs, 6, 1]] : [])];

    // Nothing here runs a pass: the process sets the policies up and TimescaleDB's scheduler runs them.
    maintenance = startTelemetryMaintenance(orm.em, { intervalMs: 1000, retentionDays: undefined });
    await expect.poll(jobs, { timeout: 10_000 }).toEqual([compression, ...refreshes(null)]);
    await expect.poll(state, { timeout: 60_000, interval: 250 }).toEqual({ old: 2, compressed: 2, materializedDays });
    const [runs] = await rows<{ fewest: number }>('SELECT min(total_runs)::int AS fewest FROM timescaledb_information.job_stats WHERE hypertable_schema = $1', ['analytics']);
    expect(runs!.fewest).toBeGreaterThan(0);

    // Restarted with a retention: the policies follow, and the chunk beyond it goes while its rollups stay.
    await maintenance.stop();
    maintenance = startTelemetryMaintenance(orm.em, { intervalMs: 1000, retentionDays });
    const retention = { view: 'machine_telemetry', proc: 'policy_retention', schedule: '00:00:01', config: { drop_after: `${retentionDays} days` } };
    await expect.poll(jobs, { timeout: 10_000 }).toEqual([compression, retention, ...refreshes(`${retentionDays} days`)]);
    await expect.poll(state, { timeout: 60_000, interval: 250 }).toEqual({ old: 1, compressed: 1, materializedDays });
    expect(await rows('SELECT value FROM analytics.machine_telemetry WHERE machine_id = $1 ORDER BY time', [machineId])).toEqual([{ value: 2 }, { value: 4 }, { value: 6 }]);
    expect(await rows('SELECT avg, count::int FROM analytics.machine_telemetry_hourly WHERE machine_id = $1 ORDER BY bucket', [machineId])).toEqual([
      { avg: 1, count: 1 },
      { avg: 2, count: 1 },
      { avg: 4, count: 1 },
      { avg: 6, count: 1 },
    ]);
  });
});

async function materializationOf(view: string): Promise<string> {
  const [row] = await database.query<{ name: string }>(
    "SELECT materialization_hypertable_name AS name FROM timescaledb_information.continuous_aggregates WHERE view_schema = 'analytics' AND view_name = $1",
    [view],
  );
  return row!.name;
}
