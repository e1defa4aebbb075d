import { Migration } from '@plexus/db';

export class SalesOrders extends Migration {
  override name = '20261124-0001-sales-orders';

  up(): void {
    this.addSql(`
      CREATE TABLE crm.customer (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        country char(2) NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE crm.sales_order (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        customer_id uuid NOT NULL REFERENCES crm.customer (id) DEFERRABLE INITIALLY DEFERRED,
        status text NOT NULL CHECK (status IN ('DRAFT', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
        ordered_at timestamptz NOT NULL,
        requested_date date NOT NULL,
        promised_date date,
        due_date date NOT NULL,
        currency char(3) NOT NULL,
        total_amount numeric(18, 4) NOT NULL,
        cancellation_reason text
      )`);
    this.addSql('CREATE INDEX sales_order_customer_idx ON crm.sales_order (customer_id)');
    this.addSql('CREATE INDEX sales_order_due_date_idx ON crm.sales_order (due_date)');
    this.addSql('CREATE INDEX sales_order_status_idx ON crm.sales_order (status)');
    this.addSql(`
      CREATE TABLE crm.sales_order_line (
        id uuid PRIMARY KEY,
        sales_order_id uuid NOT NULL REFERENCES crm.sales_order (id) DEFERRABLE INITIALLY DEFERRED,
        line_number int NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        unit_price numeric(18, 6) NOT NULL CHECK (unit_price >= 0),
        requested_date date NOT NULL,
        promised_date date,
        shipped_quantity numeric(18, 6) NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0),
        UNIQUE (sales_order_id, line_number)
      )`);
    this.addSql('CREATE INDEX sales_order_line_item_idx ON crm.sales_order_line (item_id)');
  }
}
