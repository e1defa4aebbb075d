import { Migration } from '@plexus/db';

export class WarehouseStock extends Migration {
  override name = '20261124-0001-warehouse-stock';

  up(): void {
    // Foreign keys are checked at commit: the unit of work inserts a document and its lines in one flush, in an order of its choosing.
    this.addSql(`
      CREATE TABLE wms.warehouse (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        site_id uuid NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE wms.location (
        id uuid PRIMARY KEY,
        warehouse_id uuid NOT NULL REFERENCES wms.warehouse (id) DEFERRABLE INITIALLY DEFERRED,
        code text NOT NULL,
        UNIQUE (warehouse_id, code)
      )`);
    this.addSql(`
      CREATE TABLE wms.lot (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        lot_number text NOT NULL,
        expiry_date date,
        received_at timestamptz NOT NULL,
        UNIQUE (item_id, lot_number)
      )`);
    // The CHECK is the last line of defence for "stock never negative"; shipping locks rows first.
    this.addSql(`
      CREATE TABLE wms.stock_balance (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES wms.location (id) DEFERRABLE INITIALLY DEFERRED,
        lot_id uuid NOT NULL REFERENCES wms.lot (id) DEFERRABLE INITIALLY DEFERRED,
        quantity numeric(18, 6) NOT NULL CHECK (quantity >= 0),
        UNIQUE (location_id, lot_id)
      )`);
    this.addSql('CREATE INDEX stock_balance_item_idx ON wms.stock_balance (item_id)');
    this.addSql(`
      CREATE TABLE wms.receipt (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        warehouse_id uuid NOT NULL REFERENCES wms.warehouse (id) DEFERRABLE INITIALLY DEFERRED,
        received_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE wms.receipt_line (
        id uuid PRIMARY KEY,
        receipt_id uuid NOT NULL REFERENCES wms.receipt (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        lot_id uuid NOT NULL REFERENCES wms.lot (id) DEFERRABLE INITIALLY DEFERRED,
        location_id uuid NOT NULL REFERENCES wms.location (id) DEFERRABLE INITIALLY DEFERRED,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0)
      )`);
    this.addSql('CREATE INDEX receipt_line_receipt_idx ON wms.receipt_line (receipt_id)');
    this.addSql(`
      CREATE TABLE wms.shipment (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        sales_order_id uuid NOT NULL,
        warehouse_id uuid NOT NULL REFERENCES wms.warehouse (id) DEFERRABLE INITIALLY DEFERRED,
        shipped_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX shipment_sales_order_idx ON wms.shipment (sales_order_id)');
    this.addSql(`
      CREATE TABLE wms.shipment_line (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES wms.shipment (id) DEFERRABLE INITIALLY DEFERRED,
        sales_order_line_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0)
      )`);
    this.addSql('CREATE INDEX shipment_line_shipment_idx ON wms.shipment_line (shipment_id)');
    this.addSql('CREATE INDEX shipment_line_order_line_idx ON wms.shipment_line (sales_order_line_id)');
    this.addSql(`
      CREATE TABLE wms.pick (
        id uuid PRIMARY KEY,
        shipment_line_id uuid NOT NULL REFERENCES wms.shipment_line (id) DEFERRABLE INITIALLY DEFERRED,
        lot_id uuid NOT NULL REFERENCES wms.lot (id) DEFERRABLE INITIALLY DEFERRED,
        location_id uuid NOT NULL REFERENCES wms.location (id) DEFERRABLE INITIALLY DEFERRED,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0)
      )`);
    this.addSql('CREATE INDEX pick_shipment_line_idx ON wms.pick (shipment_line_id)');
  }
}
