import { Migration } from '@plexus/db';

/**
 * KPIS.md settled what it had left open, and the order fulfilment facts
 * follow it:
 * - `excluded`: only an order the customer cancelled before its commit date
 *   is out of perfect order and OTIF; the company's cancellations and late
 *   ones count as due and not perfect (`cancelled` still takes any
 *   cancelled order out of the backlog and the cycle time).
 * - `shipped_quantity`, `last_shipped_at` and `order_fulfilment_shipment`:
 *   the backlog counts only quantities still to ship, so its index of open
 *   lines is on what shipped, not on what was delivered.
 * - `trade_invoice.revised_at`: a corrected invoice replaces the original
 *   from the original's issue date (`issued_at` keeps the first issue, the
 *   amount comes from the latest version).
 * The order-fulfilment and cash-to-cash projections start over from the stream: it derives
 * each order from all its events, so re-deriving every one replaces the
 * facts under the new rules (documentation accuracy against what was
 * delivered, cancellations) and marks every day they touch stale for its
 * refresh to rebuild the rollups; cash-to-cash re-adds every invoice from
 * its first issue.
 */
export class KpisThatTellTheTruth extends Migration {
  override name = '20261130-0002-kpis-that-tell-the-truth';

  async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE analytics.order_fulfilment_line
        ADD COLUMN excluded boolean NOT NULL DEFAULT false,
        ADD COLUMN shipped_quantity numeric NOT NULL DEFAULT 0,
        ADD COLUMN last_shipped_at timestamptz`);
    this.addSql(`
      CREATE TABLE analytics.order_fulfilment_shipment (
        line_id uuid NOT NULL,
        order_id uuid NOT NULL,
        shipment_id uuid NOT NULL,
        position int NOT NULL,
        shipped_at timestamptz NOT NULL,
        quantity numeric NOT NULL,
        right_item boolean NOT NULL,
        PRIMARY KEY (line_id, shipment_id, position)
      )`);
    this.addSql('CREATE INDEX order_fulfilment_shipment_order_idx ON analytics.order_fulfilment_shipment (order_id)');
    this.addSql('DROP INDEX analytics.order_fulfilment_line_open_idx');
    // The backlog's lines still to ship, with every column it reads: few rows (open ones), read without visiting the table.
    this.addSql(`
      CREATE INDEX order_fulfilment_line_to_ship_idx ON analytics.order_fulfilment_line (commit_date)
        INCLUDE (line_id, order_id, order_number, line_number, customer_id, site_id, item_id, placed_at, quantity, unit_price, cancelled,
                 shipped_quantity, last_shipped_at)
        WHERE shipped_quantity < quantity AND NOT cancelled`);
    this.addSql('CREATE INDEX order_fulfilment_line_shipped_idx ON analytics.order_fulfilment_line (last_shipped_at)');
    this.addSql('ALTER TABLE analytics.trade_invoice ADD COLUMN revised_at timestamptz NOT NULL DEFAULT now()');
    this.addSql('ALTER TABLE analytics.trade_invoice ALTER COLUMN revised_at DROP DEFAULT');
    // Cash-to-cash adds balance steps up into daily totals: starting over means emptying what it added.
    for (const table of ['trade_daily', 'trade_balance_step', 'trade_payment', 'trade_invoice']) this.addSql(`DELETE FROM analytics.${table}`);
    this.addSql("DELETE FROM analytics.event_checkpoint WHERE consumer IN ('order-fulfilment', 'cash-to-cash')");
  }
}
