import { Migration } from '@plexus/db';

/**
 * A site's frozen horizon, one value every scheduling path reads (runs,
 * rush orders, drags), kept with its calendar; scheduling runs kept in the
 * database, so a run outlives the request that started it, is seen from
 * every instance, and one whose process died reads as interrupted; and the
 * work orders mes made of planned orders found by planned order.
 */
export class PlanningSettings extends Migration {
  override name = '20261130-0003-planning-settings';

  up(): void {
    this.addSql('ALTER TABLE aps.site_calendar ADD COLUMN frozen_hours numeric(6, 2) NOT NULL DEFAULT 8 CHECK (frozen_hours >= 0 AND frozen_hours <= 168)');
    this.addSql(`
      CREATE TABLE aps.schedule_run (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        site_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'CANCELLED', 'FAILED')),
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        heartbeat_at timestamptz NOT NULL,
        cancel_requested boolean NOT NULL DEFAULT false,
        elapsed_ms double precision,
        iterations int,
        best_weighted_tardiness double precision,
        schedule_version_id uuid REFERENCES aps.schedule_version (id) DEFERRABLE INITIALLY DEFERRED,
        error text
      )`);
    this.addSql('CREATE INDEX work_order_planned_order_idx ON aps.work_order (planned_order_id) WHERE planned_order_id IS NOT NULL');
    this.addSql("CREATE INDEX schedule_run_running_idx ON aps.schedule_run (heartbeat_at) WHERE status = 'RUNNING'");
  }
}
