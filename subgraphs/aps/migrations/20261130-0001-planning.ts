import { Migration } from '@plexus/db';

/**
 * APS's own schema: read models built from other systems' events (never
 * their tables), the planner's parameters, scenarios and what planning
 * produces. Ids of other systems' records (items, sites, orders, machines)
 * carry no foreign key across schemas.
 */
export class PlanningReadModels extends Migration {
  override name = '20261130-0001-planning';

  up(): void {
    // Read models: erp items and bills of materials.
    this.addSql(`
      CREATE TABLE aps.item (
        id uuid PRIMARY KEY,
        sku text NOT NULL,
        name text NOT NULL,
        item_type text NOT NULL,
        standard_cost numeric(18, 6) NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE aps.bom_link (
        parent_id uuid NOT NULL,
        component_id uuid NOT NULL,
        quantity_per numeric(18, 6) NOT NULL,
        PRIMARY KEY (parent_id, component_id)
      )`);
    // crm: open sales-order lines and forecasts.
    this.addSql(`
      CREATE TABLE aps.sales_order_line (
        line_id uuid PRIMARY KEY,
        sales_order_id uuid NOT NULL,
        order_number text NOT NULL,
        site_id uuid,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        shipped_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        unit_price numeric(18, 6) NOT NULL,
        due_date date NOT NULL,
        open boolean NOT NULL
      )`);
    this.addSql('CREATE INDEX sales_order_line_item_idx ON aps.sales_order_line (item_id) WHERE open');
    this.addSql('CREATE INDEX sales_order_line_order_idx ON aps.sales_order_line (sales_order_id)');
    this.addSql(`
      CREATE TABLE aps.demand_forecast (
        item_id uuid NOT NULL,
        site_id uuid NOT NULL,
        source text NOT NULL,
        week_start date NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        PRIMARY KEY (item_id, site_id, source, week_start)
      )`);
    // srm: open purchase-order lines (scheduled receipts).
    this.addSql(`
      CREATE TABLE aps.purchase_order_line (
        line_id uuid PRIMARY KEY,
        purchase_order_id uuid NOT NULL,
        order_number text NOT NULL,
        site_id uuid,
        supplier_id uuid,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        received_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        due_date date NOT NULL,
        open boolean NOT NULL
      )`);
    this.addSql('CREATE INDEX purchase_order_line_order_idx ON aps.purchase_order_line (purchase_order_id)');
    // wms: on hand per warehouse and item.
    this.addSql(`
      CREATE TABLE aps.stock (
        warehouse_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        PRIMARY KEY (warehouse_id, item_id)
      )`);
    this.addSql('CREATE TABLE aps.warehouse (id uuid PRIMARY KEY, site_id uuid NOT NULL)');

    // The planner's parameters of an item.
    this.addSql(`
      CREATE TABLE aps.item_planning (
        item_id uuid PRIMARY KEY,
        source text NOT NULL CHECK (source IN ('MAKE', 'BUY')),
        lead_time_weeks int CHECK (lead_time_weeks >= 0),
        lot_rule jsonb,
        safety_stock numeric(18, 6) NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
        scrap_percent numeric(8, 4) NOT NULL DEFAULT 0,
        yield_percent numeric(8, 4) NOT NULL DEFAULT 100,
        master_scheduled boolean NOT NULL,
        demand_time_fence int NOT NULL DEFAULT 0,
        planning_time_fence int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL
      )`);

    // Scenarios: the live plan and copies that store only what they change.
    this.addSql(`
      CREATE TABLE aps.plan_scenario (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        live boolean NOT NULL,
        based_on_id uuid REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        created_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 0
      )`);
    this.addSql('CREATE UNIQUE INDEX plan_scenario_one_live ON aps.plan_scenario (live) WHERE live');
    // The live plan exists from the start: everything mes and srm follow is planned in it.
    this.addSql("INSERT INTO aps.plan_scenario (id, name, live, based_on_id, created_at, version) VALUES (gen_random_uuid(), 'Live plan', true, NULL, now(), 0)");
    this.addSql(`
      CREATE TABLE aps.scenario_change (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        kind text NOT NULL CHECK (kind IN ('DEMAND', 'MACHINE_DOWN', 'EXTRA_SHIFT', 'PRIORITY')),
        key text NOT NULL,
        value jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (scenario_id, kind, key)
      )`);

    // MRP runs and their planned orders.
    this.addSql(`
      CREATE TABLE aps.mrp_run (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        scenario_id uuid NOT NULL REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        site_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        periods jsonb NOT NULL,
        records jsonb NOT NULL,
        exceptions jsonb NOT NULL
      )`);
    this.addSql('CREATE INDEX mrp_run_scenario_idx ON aps.mrp_run (scenario_id, created_at DESC)');
    this.addSql(`
      CREATE TABLE aps.planned_order (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        mrp_run_id uuid REFERENCES aps.mrp_run (id) DEFERRABLE INITIALLY DEFERRED,
        scenario_id uuid NOT NULL REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        site_id uuid NOT NULL,
        item_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PURCHASE', 'PRODUCTION')),
        status text NOT NULL CHECK (status IN ('PLANNED', 'FIRM', 'RELEASED')),
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        release_date date NOT NULL,
        due_date date NOT NULL,
        pegs jsonb NOT NULL,
        pegged_sales_order_ids jsonb NOT NULL,
        supplier_id uuid,
        released_at timestamptz
      )`);
    this.addSql('CREATE INDEX planned_order_run_idx ON aps.planned_order (mrp_run_id)');
    this.addSql("CREATE INDEX planned_order_firm_idx ON aps.planned_order (scenario_id, site_id) WHERE status IN ('FIRM', 'RELEASED')");
  }
}
