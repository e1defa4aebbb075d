import { Migration } from '@plexus/db';

/**
 * Finite-capacity scheduling: the shop floor as mes and erp announced it
 * (work centers, machines, routings, released work orders and finished
 * operations), the planner's calendars and downtime, and the schedule
 * versions aps computes, publishes and keeps.
 */
export class ShopFloor extends Migration {
  override name = '20261130-0002-shop-floor';

  up(): void {
    this.addSql('CREATE TABLE aps.work_center (id uuid PRIMARY KEY, code text NOT NULL, name text NOT NULL, site_id uuid NOT NULL)');
    this.addSql('CREATE TABLE aps.machine (id uuid PRIMARY KEY, code text NOT NULL, name text NOT NULL, work_center_id uuid NOT NULL, site_id uuid NOT NULL)');
    this.addSql('CREATE INDEX machine_site_idx ON aps.machine (site_id)');
    this.addSql(`
      CREATE TABLE aps.routing_step (
        item_id uuid NOT NULL,
        sequence int NOT NULL,
        work_center_id uuid NOT NULL,
        setup_minutes numeric(12, 3) NOT NULL,
        run_seconds_per_unit numeric(12, 3) NOT NULL,
        machine_ids jsonb NOT NULL,
        PRIMARY KEY (item_id, sequence)
      )`);
    this.addSql(`
      CREATE TABLE aps.work_order (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        item_id uuid NOT NULL,
        site_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        due_date date NOT NULL,
        priority int NOT NULL,
        sales_order_id uuid,
        planned_order_id uuid,
        open boolean NOT NULL
      )`);
    this.addSql('CREATE INDEX work_order_open_idx ON aps.work_order (site_id) WHERE open');
    this.addSql('CREATE TABLE aps.operation_done (work_order_id uuid NOT NULL, sequence int NOT NULL, PRIMARY KEY (work_order_id, sequence))');

    this.addSql('CREATE TABLE aps.site_calendar (site_id uuid PRIMARY KEY, shifts jsonb NOT NULL, holidays jsonb NOT NULL)');
    this.addSql(`
      CREATE TABLE aps.machine_downtime (
        id uuid PRIMARY KEY,
        machine_id uuid NOT NULL,
        from_time timestamptz NOT NULL,
        to_time timestamptz NOT NULL CHECK (to_time > from_time),
        reason text NOT NULL
      )`);
    this.addSql('CREATE INDEX machine_downtime_machine_idx ON aps.machine_downtime (machine_id)');

    this.addSql(`
      CREATE TABLE aps.schedule_version (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        scenario_id uuid NOT NULL REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        site_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
        based_on_scenario_version int NOT NULL,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        origin text NOT NULL,
        kpis jsonb NOT NULL,
        skipped jsonb NOT NULL
      )`);
    this.addSql("CREATE UNIQUE INDEX schedule_version_one_published ON aps.schedule_version (scenario_id, site_id) WHERE status = 'PUBLISHED'");
    this.addSql(`
      CREATE TABLE aps.scheduled_operation (
        schedule_version_id uuid NOT NULL REFERENCES aps.schedule_version (id) DEFERRABLE INITIALLY DEFERRED,
        work_order_id uuid NOT NULL,
        sequence int NOT NULL,
        machine_id uuid NOT NULL,
        start_time timestamptz NOT NULL,
        end_time timestamptz NOT NULL,
        setup_minutes numeric(12, 3) NOT NULL,
        late boolean NOT NULL,
        PRIMARY KEY (schedule_version_id, work_order_id, sequence)
      )`);
  }
}
