import { Migration } from '@plexus/db';

/**
 * Production read models. For OEE, kept by the machine-time projection from
 * mes.MachineStateChanged and mes.ProductionReported events:
 *
 * - machine_state_change: every state change, the timeline the projection
 *   splits when a back-dated change arrives;
 * - machine_current_state: each machine's latest change, whose state is still
 *   in force (its time counts up to now, at query time);
 * - machine_oee_hour / _day: one row per machine and UTC hour (day) with
 *   everything OEE divides: planned busy and run milliseconds (the closed
 *   intervals between changes, clipped at the bucket boundaries), good and
 *   scrap units and Σ ideal cycle seconds × units. Hourly rows serve hour
 *   and shift points, daily rows days, weeks, months and the KPI registry;
 * - machine_downtime_day: DOWN and IDLE milliseconds per machine, day and
 *   reason, for the drill-down's top downtime reason.
 *
 * and, by the work-order projection from qms inspections and
 * mes.WorkOrderCompleted: every inspection of a work order, each work
 * order's first pass yield (recomputed from all its inspections whenever one
 * arrives) and its first completion against its scheduled end.
 *
 * Continuous aggregates cannot hold these: a state's duration needs the next
 * change (a window function, which TimescaleDB refuses in a continuous
 * aggregate) and a work order's yield all its inspections in order.
 * Projections maintain them row by row, exactly, on TimescaleDB and plain
 * PostgreSQL alike.
 */
export class Production extends Migration {
  override name = '20261125-0005-production';

  async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE analytics.machine_state_change (
        machine_id uuid NOT NULL,
        time timestamptz NOT NULL,
        event_id uuid NOT NULL,
        state text NOT NULL,
        reason text,
        work_center_id uuid,
        site_id uuid,
        PRIMARY KEY (machine_id, time, event_id)
      )`);
    this.addSql(`
      CREATE TABLE analytics.machine_current_state (
        machine_id uuid PRIMARY KEY,
        time timestamptz NOT NULL,
        event_id uuid NOT NULL,
        state text NOT NULL,
        reason text,
        work_center_id uuid,
        site_id uuid
      )`);
    for (const grain of ['hour', 'day']) {
      this.addSql(`
        CREATE TABLE analytics.machine_oee_${grain} (
          bucket timestamptz NOT NULL,
          machine_id uuid NOT NULL,
          work_center_id uuid,
          site_id uuid,
          planned_busy_ms bigint NOT NULL,
          run_ms bigint NOT NULL,
          good_quantity numeric NOT NULL,
          scrap_quantity numeric NOT NULL,
          ideal_seconds numeric NOT NULL,
          CONSTRAINT machine_oee_${grain}_key UNIQUE NULLS NOT DISTINCT (machine_id, bucket, work_center_id, site_id)
        )`);
      this.addSql(`CREATE INDEX machine_oee_${grain}_bucket_idx ON analytics.machine_oee_${grain} (bucket)`);
    }
    this.addSql(`
      CREATE TABLE analytics.machine_downtime_day (
        bucket timestamptz NOT NULL,
        machine_id uuid NOT NULL,
        work_center_id uuid,
        site_id uuid,
        state text NOT NULL,
        reason text,
        milliseconds bigint NOT NULL,
        CONSTRAINT machine_downtime_day_key UNIQUE NULLS NOT DISTINCT (machine_id, bucket, state, reason, work_center_id, site_id)
      )`);
    this.addSql('CREATE INDEX machine_downtime_day_bucket_idx ON analytics.machine_downtime_day (bucket)');
    this.addSql(`
      CREATE TABLE analytics.work_order_inspection (
        event_id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL,
        time timestamptz NOT NULL,
        passed boolean NOT NULL,
        quantity_inspected numeric NOT NULL,
        quantity_rejected numeric NOT NULL,
        disposition text,
        item_id uuid,
        work_center_id uuid,
        site_id uuid
      )`);
    this.addSql('CREATE INDEX work_order_inspection_work_order_idx ON analytics.work_order_inspection (work_order_id, time)');
    this.addSql(`
      CREATE TABLE analytics.work_order_first_pass (
        work_order_id uuid PRIMARY KEY,
        last_inspected_at timestamptz NOT NULL,
        item_id uuid,
        work_center_id uuid,
        site_id uuid,
        units_inspected numeric NOT NULL,
        first_pass_units numeric NOT NULL,
        reasons text[] NOT NULL
      )`);
    this.addSql('CREATE INDEX work_order_first_pass_time_idx ON analytics.work_order_first_pass (last_inspected_at)');
    this.addSql(`
      CREATE TABLE analytics.work_order_completion (
        work_order_id uuid PRIMARY KEY,
        number text NOT NULL,
        completed_at timestamptz NOT NULL,
        scheduled_end text NOT NULL,
        on_time boolean NOT NULL,
        item_id uuid,
        work_center_id uuid,
        site_id uuid
      )`);
    this.addSql('CREATE INDEX work_order_completion_time_idx ON analytics.work_order_completion (completed_at)');
  }
}
