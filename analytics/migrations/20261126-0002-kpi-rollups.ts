import { Migration } from '@plexus/db';

/**
 * Rollups and indexes that let a KPI tile computed on request (a filtered or
 * past-dated dashboard) read hundreds of rows instead of a year of facts.
 * An existing database needs no replay: the rollups the projections rebuild
 * by day are filled by marking every day of the facts already projected
 * stale, for the projection's next refresh to rebuild with its own SQL; the
 * inventory totals (added up event by event) are summed here once.
 *
 * - `order_fulfilment_order.delivered_day` / `cycle_days`: the UTC day of the
 *   last proof of delivery and the cycle time in days, computed by the
 *   database with the expression the cycle time KPIs used to evaluate per
 *   request, so their percentiles are the same to the bit.
 * - indexes by item and by customer with the day the window filters on.
 * - `order_fulfilment_line_open_idx`: the backlog's short lines not cancelled
 *   with every column it reads (replaces the index of short lines alone).
 * - `order_fulfilment_cycle_daily`: per delivered day and site, how many
 *   orders (not cancelled) took each whole number of days, and their days
 *   summed: a percentile over a year finds its bucket here and then sorts
 *   only that bucket's orders of the period.
 * - `inventory_snapshot_taken.value`: the count's total value at standard
 *   cost, so the average inventory value over all items sums ~365 rows per
 *   warehouse instead of every item of every count.
 * - `inventory_daily_site_cogs`: cost of goods sold per day and site over all
 *   items. Numeric sums, so totals are exact whichever rows add up to them.
 * - `supplier_daily`: per day and site, the supplier KPIs' sums over placed
 *   purchase order lines, each by its own day: lines due and their ordered
 *   and on-time quantities by due day, receipts and their received and
 *   refused quantities by receipt day, first incoming inspections and those
 *   passed by the day of the first inspection.
 */
export class KpiRollups extends Migration {
  override name = '20261126-0002-kpi-rollups';

  async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE analytics.order_fulfilment_order
        ADD COLUMN delivered_day date GENERATED ALWAYS AS ((delivered_at AT TIME ZONE 'UTC')::date) STORED,
        ADD COLUMN cycle_days float8 GENERATED ALWAYS AS ((extract(epoch FROM delivered_at - placed_at) / 86400)::float8) STORED`);
    // A bucket of one period in day order is a short range; its orders sort in memory.
    this.addSql(`
      CREATE INDEX order_fulfilment_order_cycle_bucket_idx ON analytics.order_fulfilment_order (floor(cycle_days), delivered_day)
        INCLUDE (cycle_days, site_id) WHERE NOT cancelled`);
    // The backlog's short lines, with every column it reads: few rows (open ones), read without visiting the table.
    this.addSql('DROP INDEX analytics.order_fulfilment_line_short_idx');
    this.addSql(`
      CREATE INDEX order_fulfilment_line_open_idx ON analytics.order_fulfilment_line (commit_date)
        INCLUDE (line_id, order_id, order_number, line_number, customer_id, site_id, item_id, placed_at, quantity, unit_price, cancelled,
                 delivered_quantity, last_delivered_at)
        WHERE delivered_quantity < quantity AND NOT cancelled`);
    // Item and customer filters: their few rows by the window's day, instead of the whole window's rows ANDed with the item's.
    this.addSql('CREATE INDEX order_fulfilment_line_item_due_idx ON analytics.order_fulfilment_line (item_id, order_commit_date)');
    this.addSql('CREATE INDEX order_fulfilment_line_item_delivered_idx ON analytics.order_fulfilment_line (item_id, last_delivered_at)');
    this.addSql('CREATE INDEX order_fulfilment_daily_customer_idx ON analytics.order_fulfilment_daily (customer_id, day)');
    this.addSql('CREATE INDEX order_fulfilment_order_customer_idx ON analytics.order_fulfilment_order (customer_id, delivered_day) WHERE NOT cancelled');
    this.addSql(`
      CREATE TABLE analytics.order_fulfilment_cycle_daily (
        day date NOT NULL,
        site_id uuid,
        whole_days int NOT NULL,
        orders int NOT NULL,
        total_days float8 NOT NULL,
        CONSTRAINT order_fulfilment_cycle_daily_key UNIQUE NULLS NOT DISTINCT (day, site_id, whole_days)
      )`);
    // Delivered days whose cycle rows are stale: written with the facts, cleared by the projection's refresh.
    this.addSql('CREATE TABLE analytics.order_fulfilment_stale_delivered_day (day date PRIMARY KEY)');
    this.addSql(`
      INSERT INTO analytics.order_fulfilment_stale_delivered_day (day)
      SELECT DISTINCT delivered_day FROM analytics.order_fulfilment_order WHERE delivered_day IS NOT NULL`);

    this.addSql('ALTER TABLE analytics.inventory_snapshot_taken ADD COLUMN value numeric NOT NULL DEFAULT 0');
    this.addSql(`
      UPDATE analytics.inventory_snapshot_taken t SET value = s.value
        FROM (SELECT warehouse_id, day, sum(value) AS value FROM analytics.inventory_snapshot GROUP BY 1, 2) s
       WHERE s.warehouse_id = t.warehouse_id AND s.day = t.day`);
    this.addSql(`
      CREATE TABLE analytics.inventory_daily_site_cogs (
        day date NOT NULL,
        site_id uuid,
        cost_of_goods_sold numeric NOT NULL,
        CONSTRAINT inventory_daily_site_cogs_key UNIQUE NULLS NOT DISTINCT (day, site_id)
      )`);
    this.addSql(`
      INSERT INTO analytics.inventory_daily_site_cogs (day, site_id, cost_of_goods_sold)
      SELECT day, site_id, sum(cost_of_goods_sold) FROM analytics.inventory_daily_cogs GROUP BY 1, 2`);

    this.addSql(`
      ALTER TABLE analytics.supplier_po_line
        ADD COLUMN first_inspected_day date GENERATED ALWAYS AS ((first_inspected_at AT TIME ZONE 'UTC')::date) STORED`);
    this.addSql('CREATE INDEX supplier_po_line_first_inspected_day_idx ON analytics.supplier_po_line (first_inspected_day)');
    this.addSql('CREATE INDEX supplier_po_line_supplier_idx ON analytics.supplier_po_line (supplier_id, due_date)');
    this.addSql(`
      CREATE TABLE analytics.supplier_daily (
        day date NOT NULL,
        site_id uuid,
        lines_due int NOT NULL,
        lines_on_time_in_full int NOT NULL,
        ordered_quantity numeric NOT NULL,
        on_time_quantity numeric NOT NULL,
        receipts int NOT NULL,
        received_quantity numeric NOT NULL,
        rejected_quantity numeric NOT NULL,
        lines_first_inspected int NOT NULL,
        lines_first_passed int NOT NULL,
        CONSTRAINT supplier_daily_key UNIQUE NULLS NOT DISTINCT (day, site_id)
      )`);
    // Days whose supplier rows are stale: written with the facts, cleared by the projection's refresh.
    this.addSql('CREATE TABLE analytics.supplier_stale_day (day date PRIMARY KEY)');
    this.addSql(`
      INSERT INTO analytics.supplier_stale_day (day)
      SELECT due_date FROM analytics.supplier_po_line WHERE number IS NOT NULL AND due_date IS NOT NULL
      UNION SELECT r.day FROM analytics.supplier_receipt r
      UNION SELECT first_inspected_day FROM analytics.supplier_po_line WHERE first_inspected_day IS NOT NULL`);
  }
}
