import { Migration } from '@plexus/db';

/**
 * Read models of the supplier performance projection:
 * - `supplier_po_line`: one row per purchase order line as placed, with its
 *   first confirmed and latest promised dates and its delivery assessment
 *   (due date, on-time quantity, on time in full, reasons) and first
 *   incoming inspection, recomputed whenever an event about the line arrives.
 * - `supplier_receipt`, `supplier_inspection`: receipts and incoming
 *   inspections against purchase order lines, one row per event line.
 *
 * Read models of the inventory projection:
 * - `inventory_snapshot`: end-of-day on-hand per warehouse and item, valued at
 *   standard cost; a hypertable in monthly chunks on TimescaleDB, range
 *   partitioned by year on plain PostgreSQL (a default partition catches the rest).
 * - `inventory_snapshot_taken`: which warehouse was counted on which day, so a
 *   count that found a warehouse empty still ends the previous count's stock
 *   (inventory turns carry a warehouse's last count forward to the next one).
 * - `inventory_daily_cogs`: shipped quantity and cost of goods sold per day,
 *   site and item, kept up to date by the projection as shipments arrive.
 */
export class SupplyInventory extends Migration {
  override name = '20261125-0004-supply-inventory';

  async up(): Promise<void> {
    const timescale = (await this.execute("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'")).length > 0;
    this.addSql(`
      CREATE TABLE analytics.inventory_snapshot (
        day date NOT NULL,
        site_id uuid,
        warehouse_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric NOT NULL,
        standard_cost numeric NOT NULL,
        value numeric NOT NULL,
        PRIMARY KEY (warehouse_id, day, item_id)
      )${timescale ? '' : ' PARTITION BY RANGE (day)'}`);
    if (timescale) {
      this.addSql("SELECT create_hypertable('analytics.inventory_snapshot', by_range('day', INTERVAL '1 month'))");
    } else {
      this.addSql('CREATE TABLE analytics.inventory_snapshot_default PARTITION OF analytics.inventory_snapshot DEFAULT');
      this.addSql(`
        DO $$
        DECLARE year date := date '2024-01-01';
        BEGIN
          WHILE year < date '2031-01-01' LOOP
            EXECUTE format(
              'CREATE TABLE analytics.inventory_snapshot_%s PARTITION OF analytics.inventory_snapshot FOR VALUES FROM (%L) TO (%L)',
              to_char(year, 'YYYY'), year, year + interval '1 year');
            year := year + interval '1 year';
          END LOOP;
        END $$`);
    }
    this.addSql('CREATE INDEX inventory_snapshot_item_idx ON analytics.inventory_snapshot (item_id, day)');
    this.addSql(`
      CREATE TABLE analytics.inventory_snapshot_taken (
        warehouse_id uuid NOT NULL,
        day date NOT NULL,
        site_id uuid,
        PRIMARY KEY (warehouse_id, day)
      )`);
    this.addSql(`
      CREATE TABLE analytics.inventory_daily_cogs (
        day date NOT NULL,
        site_id uuid,
        item_id uuid NOT NULL,
        quantity numeric NOT NULL,
        cost_of_goods_sold numeric NOT NULL,
        CONSTRAINT inventory_daily_cogs_key UNIQUE NULLS NOT DISTINCT (day, site_id, item_id)
      )`);
    this.addSql('CREATE INDEX inventory_daily_cogs_item_idx ON analytics.inventory_daily_cogs (item_id, day)');
    this.addSql(`
      CREATE TABLE analytics.supplier_po_line (
        line_id uuid PRIMARY KEY,
        purchase_order_id uuid,
        number text,
        line_number int,
        supplier_id uuid,
        site_id uuid,
        item_id uuid,
        quantity numeric,
        requested_date date,
        placed_at timestamptz,
        first_confirmed_date date,
        first_confirmed_at timestamptz,
        latest_promised_date date,
        latest_promised_at timestamptz,
        due_date date,
        on_time_quantity numeric,
        on_time_in_full boolean,
        reasons text[],
        first_inspected_at timestamptz,
        first_inspection_passed boolean
      )`);
    this.addSql('CREATE INDEX supplier_po_line_due_idx ON analytics.supplier_po_line (due_date)');
    this.addSql('CREATE INDEX supplier_po_line_inspected_idx ON analytics.supplier_po_line (first_inspected_at) WHERE first_inspected_at IS NOT NULL');
    this.addSql(`
      CREATE TABLE analytics.supplier_receipt (
        event_id uuid NOT NULL,
        position int NOT NULL,
        line_id uuid NOT NULL,
        time timestamptz NOT NULL,
        day date NOT NULL,
        accepted numeric NOT NULL,
        rejected numeric NOT NULL,
        PRIMARY KEY (event_id, position)
      )`);
    this.addSql('CREATE INDEX supplier_receipt_line_idx ON analytics.supplier_receipt (line_id)');
    this.addSql('CREATE INDEX supplier_receipt_day_idx ON analytics.supplier_receipt (day)');
    this.addSql(`
      CREATE TABLE analytics.supplier_inspection (
        event_id uuid PRIMARY KEY,
        line_id uuid NOT NULL,
        time timestamptz NOT NULL,
        passed boolean NOT NULL
      )`);
    this.addSql('CREATE INDEX supplier_inspection_line_idx ON analytics.supplier_inspection (line_id, time)');
  }
}
