import { Migration } from '@plexus/db';

/**
 * Machine telemetry: one row per reading, unique per machine, metric and time,
 * so a resent batch stores nothing twice.
 *
 * Chunks and partitions are one UTC day: 50 machines × 4 metrics at 10 s are
 * 1.7 M rows a day (≈ 200 MB with the unique index), so the chunk being written
 * stays in memory, a 30-day query touches 30 chunks, and compression after
 * 7 days and retention both work in whole days.
 *
 * With TimescaleDB: a hypertable, hourly and daily continuous aggregates with
 * real-time aggregation (the daily one built on the hourly one), and
 * compression segmented by machine and metric. No policies here: on a server
 * that preloads TimescaleDB the analytics process sets them up at start
 * (their schedule and retention are configuration); the embedded TimescaleDB
 * has no background workers (its jobs register but never run), so there the
 * program refreshes, compresses and drops chunks itself
 * (telemetry-maintenance.service.ts).
 *
 * Without TimescaleDB: daily range partitions created by the program ahead of
 * the rows they hold, a default partition for anything else, and rollup tables
 * behind views of the same names and columns as the continuous aggregates:
 * materialized buckets before a watermark, raw rows aggregated after it —
 * the same real-time semantics — with an invalidation log for readings
 * that arrive behind the watermark.
 */
export class Telemetry extends Migration {
  override name = '20261125-0002-telemetry';

  async up(): Promise<void> {
    const timescale = (await this.execute("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'")).length > 0;
    this.addSql(`
      CREATE TABLE analytics.machine_telemetry (
        time timestamptz NOT NULL,
        machine_id uuid NOT NULL,
        metric text NOT NULL,
        value double precision NOT NULL,
        CONSTRAINT machine_telemetry_reading_key UNIQUE (machine_id, metric, time)
      )${timescale ? '' : ' PARTITION BY RANGE (time)'}`);
    if (timescale) this.timescaleStorage();
    else this.partitionedStorage();
  }

  private timescaleStorage(): void {
    this.addSql("SELECT create_hypertable('analytics.machine_telemetry', by_range('time', INTERVAL '1 day'))");
    this.addSql(`
      CREATE MATERIALIZED VIEW analytics.machine_telemetry_hourly
      WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
      SELECT time_bucket(INTERVAL '1 hour', time) AS bucket, machine_id, metric,
             avg(value) AS avg, min(value) AS min, max(value) AS max, last(value, time) AS last, count(*) AS count
      FROM analytics.machine_telemetry
      GROUP BY 1, 2, 3
      WITH NO DATA`);
    this.addSql(`
      CREATE MATERIALIZED VIEW analytics.machine_telemetry_daily
      WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
      SELECT time_bucket(INTERVAL '1 day', bucket) AS bucket, machine_id, metric,
             sum(avg * count) / sum(count) AS avg, min(min) AS min, max(max) AS max, last(last, bucket) AS last, sum(count)::bigint AS count
      FROM analytics.machine_telemetry_hourly
      GROUP BY 1, 2, 3
      WITH NO DATA`);
    this.addSql(`
      ALTER TABLE analytics.machine_telemetry SET (
        timescaledb.compress,
        timescaledb.compress_segmentby = 'machine_id, metric',
        timescaledb.compress_orderby = 'time'
      )`);
  }

  private partitionedStorage(): void {
    this.addSql('CREATE TABLE analytics.machine_telemetry_default PARTITION OF analytics.machine_telemetry DEFAULT');
    // Creates the missing daily partitions of the given UTC days; rows that already landed in the
    // default partition for such a day move into it, because PostgreSQL refuses a partition whose
    // range the default partition holds rows of.
    this.addSql(`
      CREATE FUNCTION analytics.ensure_machine_telemetry_partitions(days date[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        day date;
        partition text;
        lower_bound text;
        upper_bound text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('analytics.machine_telemetry partitions'));
        FOREACH day IN ARRAY days LOOP
          partition := 'machine_telemetry_' || to_char(day, 'YYYYMMDD');
          lower_bound := to_char(day, 'YYYY-MM-DD') || ' 00:00:00+00';
          upper_bound := to_char(day + 1, 'YYYY-MM-DD') || ' 00:00:00+00';
          CONTINUE WHEN to_regclass('analytics.' || partition) IS NOT NULL;
          IF EXISTS (SELECT 1 FROM analytics.machine_telemetry_default
                     WHERE time >= lower_bound::timestamptz AND time < upper_bound::timestamptz) THEN
            EXECUTE format('CREATE TABLE analytics.%I (LIKE analytics.machine_telemetry)', partition);
            EXECUTE format(
              'WITH moved AS (DELETE FROM analytics.machine_telemetry_default WHERE time >= %L AND time < %L RETURNING *) '
              'INSERT INTO analytics.%I SELECT * FROM moved', lower_bound, upper_bound, partition);
            EXECUTE format('ALTER TABLE analytics.machine_telemetry ATTACH PARTITION analytics.%I FOR VALUES FROM (%L) TO (%L)',
              partition, lower_bound, upper_bound);
          ELSE
            EXECUTE format('CREATE TABLE analytics.%I PARTITION OF analytics.machine_telemetry FOR VALUES FROM (%L) TO (%L)',
              partition, lower_bound, upper_bound);
          END IF;
        END LOOP;
      END $$`);
    for (const grain of ['hourly', 'daily']) {
      this.addSql(`
        CREATE TABLE analytics.machine_telemetry_${grain}_rollup (
          bucket timestamptz NOT NULL,
          machine_id uuid NOT NULL,
          metric text NOT NULL,
          avg double precision NOT NULL,
          min double precision NOT NULL,
          max double precision NOT NULL,
          last double precision NOT NULL,
          count bigint NOT NULL,
          PRIMARY KEY (machine_id, metric, bucket)
        )`);
    }
    this.addSql(`
      CREATE TABLE analytics.machine_telemetry_rollup_state (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        hourly_watermark timestamptz NOT NULL,
        daily_watermark timestamptz NOT NULL
      )`);
    this.addSql("INSERT INTO analytics.machine_telemetry_rollup_state VALUES (true, '-infinity', '-infinity')");
    // Time ranges of readings stored behind the hourly watermark; the next refresh recomputes their buckets.
    this.addSql('CREATE TABLE analytics.machine_telemetry_invalidation (first_time timestamptz NOT NULL, last_time timestamptz NOT NULL)');
    this.addSql(`
      CREATE VIEW analytics.machine_telemetry_hourly AS
      SELECT bucket, machine_id, metric, avg, min, max, last, count
      FROM analytics.machine_telemetry_hourly_rollup
      WHERE bucket < (SELECT hourly_watermark FROM analytics.machine_telemetry_rollup_state)
      UNION ALL
      SELECT date_bin(INTERVAL '1 hour', time, timestamptz 'epoch') AS bucket, machine_id, metric,
             avg(value), min(value), max(value), (array_agg(value ORDER BY time DESC))[1], count(*)
      FROM analytics.machine_telemetry
      WHERE time >= (SELECT hourly_watermark FROM analytics.machine_telemetry_rollup_state)
      GROUP BY 1, 2, 3`);
    this.addSql(`
      CREATE VIEW analytics.machine_telemetry_daily AS
      SELECT bucket, machine_id, metric, avg, min, max, last, count
      FROM analytics.machine_telemetry_daily_rollup
      WHERE bucket < (SELECT daily_watermark FROM analytics.machine_telemetry_rollup_state)
      UNION ALL
      SELECT date_bin(INTERVAL '1 day', time, timestamptz 'epoch') AS bucket, machine_id, metric,
             avg(value), min(value), max(value), (array_agg(value ORDER BY time DESC))[1], count(*)
      FROM analytics.machine_telemetry
      WHERE time >= (SELECT daily_watermark FROM analytics.machine_telemetry_rollup_state)
      GROUP BY 1, 2, 3`);
  }
}
