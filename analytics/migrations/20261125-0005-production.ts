import { Migration } from '@plexus/db';

/**
 * Read models for OEE, kept by the machine-time projection from
 * mes.MachineStateChanged and mes.ProductionReported events:
 *
 * - machine_state_change: every state change, the timeline the projection
 *   splits when a back-dated change arrives;
 * - machine_current_state: each machine's latest change, whose state is still
 *   in force (its time counts up to now, at query time);
 * - machine_state_hour / _day: milliseconds per machine, state and reason in
 *   each UTC hour and day, the closed intervals between changes clipped at
 *   the bucket boundaries;
 * - machine_production_hour / _day: good and scrap units and Σ ideal cycle
 *   seconds × units per machine.
 *
 * Continuous aggregates cannot hold these: a state's duration needs the next
 * change (a window function), which TimescaleDB refuses in a continuous
 * aggregate. A projection maintains them row by row, exactly, on TimescaleDB
 * and plain PostgreSQL alike. Hourly rows serve hour and shift grains, daily
 * rows the day, week and month grains of the KPI registry.
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
        CREATE TABLE analytics.machine_state_${grain} (
          bucket timestamptz NOT NULL,
          machine_id uuid NOT NULL,
          work_center_id uuid,
          site_id uuid,
          state text NOT NULL,
          reason text,
          milliseconds bigint NOT NULL,
          CONSTRAINT machine_state_${grain}_key UNIQUE NULLS NOT DISTINCT (machine_id, bucket, state, reason, work_center_id, site_id)
        )`);
      this.addSql(`CREATE INDEX machine_state_${grain}_bucket_idx ON analytics.machine_state_${grain} (bucket)`);
      this.addSql(`
        CREATE TABLE analytics.machine_production_${grain} (
          bucket timestamptz NOT NULL,
          machine_id uuid NOT NULL,
          work_center_id uuid,
          site_id uuid,
          good_quantity numeric NOT NULL,
          scrap_quantity numeric NOT NULL,
          ideal_seconds numeric NOT NULL,
          CONSTRAINT machine_production_${grain}_key UNIQUE NULLS NOT DISTINCT (machine_id, bucket, work_center_id, site_id)
        )`);
      this.addSql(`CREATE INDEX machine_production_${grain}_bucket_idx ON analytics.machine_production_${grain} (bucket)`);
    }
    // First pass yield reads every inspection of the work orders inspected in a period.
    this.addSql(`
      CREATE INDEX supply_chain_event_inspection_work_order_idx ON analytics.supply_chain_event ((payload->>'workOrderId'), time)
      WHERE type IN ('qms.InspectionPassed', 'qms.InspectionFailed')`);
  }
}
