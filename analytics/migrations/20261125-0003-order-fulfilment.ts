import { Migration } from '@plexus/db';

/**
 * Order fulfilment facts kept by the order-fulfilment projection: one row per
 * sales order with its completion, one row per sales order line with its
 * perfect-order components (0/1) and reasons, one row per delivered line for
 * OTIF under any settings, and a daily rollup per commit day × site, with and
 * without the customer, that the dashboard's unfiltered, site and customer
 * series read. Plain tables: they are keyed by order, not by time, and rows
 * change when an order's later events arrive.
 */
export class OrderFulfilment extends Migration {
  override name = '20261125-0003-order-fulfilment';

  async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE analytics.order_fulfilment_line (
        line_id uuid PRIMARY KEY,
        order_id uuid NOT NULL,
        order_number text NOT NULL,
        line_number int NOT NULL,
        customer_id uuid,
        site_id uuid,
        item_id uuid NOT NULL,
        placed_at timestamptz NOT NULL,
        requested_date date NOT NULL,
        commit_date date NOT NULL,
        order_commit_date date NOT NULL,
        quantity numeric NOT NULL,
        unit_price numeric NOT NULL,
        cancelled boolean NOT NULL,
        on_time smallint NOT NULL,
        in_full smallint NOT NULL,
        damage_free smallint NOT NULL,
        documentation_accurate smallint NOT NULL,
        reasons text[] NOT NULL,
        delivered_quantity numeric NOT NULL,
        last_delivered_at timestamptz
      )`);
    this.addSql('CREATE INDEX order_fulfilment_line_order_idx ON analytics.order_fulfilment_line (order_id)');
    this.addSql('CREATE INDEX order_fulfilment_line_due_idx ON analytics.order_fulfilment_line (order_commit_date)');
    this.addSql('CREATE INDEX order_fulfilment_line_commit_idx ON analytics.order_fulfilment_line (commit_date)');
    this.addSql('CREATE INDEX order_fulfilment_line_delivered_idx ON analytics.order_fulfilment_line (last_delivered_at)');
    this.addSql('CREATE INDEX order_fulfilment_line_short_idx ON analytics.order_fulfilment_line (commit_date) WHERE delivered_quantity < quantity');
    this.addSql('CREATE INDEX order_fulfilment_line_item_idx ON analytics.order_fulfilment_line (item_id, commit_date)');
    // Per order, for the cycle time: the last proof of delivery once every line has one.
    this.addSql(`
      CREATE TABLE analytics.order_fulfilment_order (
        order_id uuid PRIMARY KEY,
        order_number text NOT NULL,
        customer_id uuid,
        site_id uuid,
        placed_at timestamptz NOT NULL,
        delivered_at timestamptz,
        cancelled boolean NOT NULL
      )`);
    this.addSql('CREATE INDEX order_fulfilment_order_delivered_idx ON analytics.order_fulfilment_order (delivered_at)');
    this.addSql(`
      CREATE TABLE analytics.order_fulfilment_delivery (
        line_id uuid NOT NULL,
        order_id uuid NOT NULL,
        shipment_id uuid NOT NULL,
        position int NOT NULL,
        delivered_at timestamptz NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric NOT NULL,
        right_item boolean NOT NULL,
        PRIMARY KEY (line_id, shipment_id, position)
      )`);
    this.addSql('CREATE INDEX order_fulfilment_delivery_order_idx ON analytics.order_fulfilment_delivery (order_id)');
    this.addSql(`
      CREATE TABLE analytics.order_fulfilment_daily (
        day date NOT NULL,
        site_id uuid,
        -- false: all customers of the day and site together (customer_id null), so unfiltered series read few rows.
        by_customer boolean NOT NULL,
        customer_id uuid,
        orders_due int NOT NULL,
        perfect_orders int NOT NULL,
        on_time_orders int NOT NULL,
        in_full_orders int NOT NULL,
        damage_free_orders int NOT NULL,
        documentation_accurate_orders int NOT NULL,
        lines_due int NOT NULL,
        otif_lines int NOT NULL
      )`);
    this.addSql('CREATE INDEX order_fulfilment_daily_day_idx ON analytics.order_fulfilment_daily (by_customer, day)');
    // Commit days whose rollup rows are stale: written with the facts, cleared by the refresh.
    this.addSql('CREATE TABLE analytics.order_fulfilment_stale_day (day date PRIMARY KEY)');
  }
}
