import { Migration } from '@plexus/db';

/**
 * Rollups that let a KPI tile computed on request (a filtered or past-dated
 * dashboard) read hundreds of rows instead of a year of facts. Each is filled
 * here from the facts already projected, so an existing database needs no
 * replay, and kept by its projection from then on.
 *
 * - `order_fulfilment_order.delivered_day` / `cycle_days`: the UTC day of the
 *   last proof of delivery and the cycle time in days, computed by the
 *   database with the expression the cycle time KPIs used to evaluate per
 *   request, so their percentiles are the same to the bit.
 * - `order_fulfilment_cycle_daily`: per delivered day and site, how many
 *   orders (not cancelled) took each whole number of days, and their days
 *   summed: a percentile over a year finds its bucket here and then sorts
 *   only that bucket's orders of the period.
 * - `inventory_snapshot_taken.value`: the count's total value at standard
 *   cost, so the average inventory value over all items sums ~365 rows per
 *   warehouse instead of every item of every count.
 * - `inventory_daily_site_cogs`: cost of goods sold per day and site over all
 *   items. Numeric sums, so totals are exact whichever rows add up to them.
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
    this.addSql(`
      INSERT INTO analytics.order_fulfilment_cycle_daily (day, site_id, whole_days, orders, total_days)
      SELECT delivered_day, site_id, floor(cycle_days)::int, count(*), sum(cycle_days)
        FROM analytics.order_fulfilment_order
       WHERE NOT cancelled AND delivered_day IS NOT NULL
       GROUP BY 1, 2, 3`);
    // Delivered days whose cycle rows are stale: written with the facts, cleared by the projection's refresh.
    this.addSql('CREATE TABLE analytics.order_fulfilment_stale_delivered_day (day date PRIMARY KEY)');

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
  }
}
