import { Migration } from '@plexus/db';

/**
 * The shop floor: work centers, machines and their state history, work
 * orders with their operations, production reports, material consumed by
 * lot and the lot links genealogy walks. Items, sites, warehouses and lots
 * are other systems' and referenced by id only; mes keeps its own copies of
 * what it needs from their events (routings and bills of materials from erp,
 * lots and their holds from wms). Foreign keys inside mes are checked at
 * commit, since a unit of work inserts in an order of its choosing.
 */
export class ShopFloor extends Migration {
  override name = '20261130-0001-shop-floor';

  up(): void {
    this.addSql(`
      CREATE TABLE mes.work_center (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        site_id uuid NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE mes.machine (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        work_center_id uuid NOT NULL REFERENCES mes.work_center (id) DEFERRABLE INITIALLY DEFERRED,
        site_id uuid NOT NULL,
        ideal_cycle_seconds numeric(12, 3) NOT NULL CHECK (ideal_cycle_seconds > 0),
        state text NOT NULL CHECK (state IN ('RUNNING', 'IDLE', 'SETUP', 'DOWN', 'PLANNED_DOWNTIME', 'OFF_SHIFT')),
        state_reason text,
        state_since timestamptz NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX machine_work_center_idx ON mes.machine (work_center_id, code)');
    this.addSql(`
      CREATE TABLE mes.machine_state_change (
        id uuid PRIMARY KEY,
        machine_id uuid NOT NULL REFERENCES mes.machine (id) DEFERRABLE INITIALLY DEFERRED,
        at timestamptz NOT NULL,
        from_state text,
        to_state text NOT NULL,
        reason text
      )`);
    this.addSql('CREATE INDEX machine_state_change_machine_idx ON mes.machine_state_change (machine_id, at)');
    this.addSql(`
      CREATE TABLE mes.downtime_reason (
        code text PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('PLANNED', 'UNPLANNED', 'IDLE'))
      )`);
    // The taxonomy (after the six big losses): reference data every plant starts with.
    this.addSql(`
      INSERT INTO mes.downtime_reason (code, name, category) VALUES
        ('PREVENTIVE_MAINTENANCE', 'Preventive maintenance', 'PLANNED'),
        ('CLEANING', 'Scheduled cleaning', 'PLANNED'),
        ('TRIAL_RUN', 'Engineering trial', 'PLANNED'),
        ('MECHANICAL_FAILURE', 'Mechanical failure', 'UNPLANNED'),
        ('ELECTRICAL_FAILURE', 'Electrical failure', 'UNPLANNED'),
        ('TOOL_BREAKAGE', 'Tool breakage', 'UNPLANNED'),
        ('JAM', 'Jam or micro-stop', 'UNPLANNED'),
        ('QUALITY_ISSUE', 'Stopped for a quality issue', 'UNPLANNED'),
        ('NO_MATERIAL', 'Waiting for material', 'IDLE'),
        ('NO_OPERATOR', 'Waiting for an operator', 'IDLE'),
        ('NO_ORDER', 'No work order', 'IDLE'),
        ('WAITING_INSPECTION', 'Waiting for inspection', 'IDLE')`);
    this.addSql(`
      CREATE TABLE mes.routing (
        item_id uuid PRIMARY KEY,
        sku text NOT NULL,
        steps jsonb NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE mes.bill_of_materials (
        item_id uuid PRIMARY KEY,
        components jsonb NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE mes.work_order (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        item_id uuid NOT NULL,
        site_id uuid NOT NULL,
        warehouse_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        due_date date NOT NULL,
        priority int NOT NULL CHECK (priority BETWEEN 1 AND 9),
        status text NOT NULL CHECK (status IN ('RELEASED', 'IN_PROGRESS', 'COMPLETED')),
        sales_order_id uuid,
        planned_order_id uuid UNIQUE,
        over_report_tolerance numeric(8, 6) NOT NULL CHECK (over_report_tolerance >= 0),
        good_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        scrap_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        output_lot_id uuid NOT NULL UNIQUE,
        scheduled_end timestamptz,
        released_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    this.addSql('CREATE INDEX work_order_open_idx ON mes.work_order (status, priority, due_date)');
    this.addSql('CREATE INDEX work_order_sales_order_idx ON mes.work_order (sales_order_id) WHERE sales_order_id IS NOT NULL');
    this.addSql(`
      CREATE TABLE mes.operation_run (
        id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES mes.work_order (id) DEFERRABLE INITIALLY DEFERRED,
        sequence int NOT NULL,
        work_center_id uuid NOT NULL,
        machine_ids jsonb NOT NULL,
        setup_minutes numeric(12, 3) NOT NULL,
        run_seconds_per_unit numeric(12, 3) NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'SETUP', 'RUNNING', 'PAUSED', 'COMPLETED')),
        machine_id uuid REFERENCES mes.machine (id) DEFERRABLE INITIALLY DEFERRED,
        operator_id text,
        good_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        scrap_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        rework_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        labour_minutes numeric(12, 3) NOT NULL DEFAULT 0,
        started_at timestamptz,
        completed_at timestamptz,
        scheduled_start timestamptz,
        scheduled_end timestamptz,
        UNIQUE (work_order_id, sequence)
      )`);
    // At most one operation occupies a machine at a time.
    this.addSql(`CREATE UNIQUE INDEX operation_run_active_machine_idx ON mes.operation_run (machine_id) WHERE status IN ('SETUP', 'RUNNING', 'PAUSED')`);
    this.addSql('CREATE INDEX operation_run_machine_idx ON mes.operation_run (machine_id, started_at)');
    this.addSql(`
      CREATE TABLE mes.production_report (
        id uuid PRIMARY KEY,
        operation_run_id uuid NOT NULL REFERENCES mes.operation_run (id) DEFERRABLE INITIALLY DEFERRED,
        work_order_id uuid NOT NULL,
        machine_id uuid NOT NULL,
        operator_id text NOT NULL,
        good_quantity numeric(18, 6) NOT NULL CHECK (good_quantity >= 0),
        scrap_quantity numeric(18, 6) NOT NULL CHECK (scrap_quantity >= 0),
        scrap_reason text,
        rework_quantity numeric(18, 6) NOT NULL CHECK (rework_quantity >= 0),
        labour_minutes numeric(12, 3) NOT NULL CHECK (labour_minutes >= 0),
        reported_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX production_report_run_idx ON mes.production_report (operation_run_id, reported_at)');
    this.addSql(`
      CREATE TABLE mes.lot (
        id uuid PRIMARY KEY,
        lot_number text NOT NULL,
        item_id uuid NOT NULL,
        warehouse_id uuid NOT NULL,
        received_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        consumed_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        on_hold boolean NOT NULL DEFAULT false,
        hold_reason text,
        received_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX lot_item_idx ON mes.lot (item_id, warehouse_id, received_at)');
    this.addSql(`
      CREATE TABLE mes.material_consumption (
        id uuid PRIMARY KEY,
        work_order_id uuid NOT NULL REFERENCES mes.work_order (id) DEFERRABLE INITIALLY DEFERRED,
        lot_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        operator_id text NOT NULL,
        consumed_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX material_consumption_work_order_idx ON mes.material_consumption (work_order_id)');
    this.addSql('CREATE INDEX material_consumption_lot_idx ON mes.material_consumption (lot_id)');
    // Genealogy's edges: one per produced lot and component lot, walked in both directions by recursive SQL.
    this.addSql(`
      CREATE TABLE mes.lot_link (
        output_lot_id uuid NOT NULL,
        input_lot_id uuid NOT NULL,
        work_order_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        PRIMARY KEY (output_lot_id, input_lot_id)
      )`);
    this.addSql('CREATE INDEX lot_link_input_idx ON mes.lot_link (input_lot_id, output_lot_id)');
  }
}
