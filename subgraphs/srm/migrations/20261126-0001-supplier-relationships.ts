import { Migration } from '@plexus/db';

/**
 * Suppliers and everything bought from them. Items and sites are erp's and
 * referenced by id only (no foreign key across schemas); foreign keys inside
 * srm are checked at commit, since a unit of work inserts a document and its
 * lines in an order of its choosing.
 */
export class SupplierRelationships extends Migration {
  override name = '20261126-0001-supplier-relationships';

  up(): void {
    this.addSql(`
      CREATE TABLE srm.supplier (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        country char(2) NOT NULL,
        status text NOT NULL CHECK (status IN ('PROSPECT', 'APPROVED', 'CONDITIONAL', 'BLOCKED')),
        status_reason text,
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE srm.supplier_certificate (
        id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL REFERENCES srm.supplier (id) DEFERRABLE INITIALLY DEFERRED,
        kind text NOT NULL,
        number text NOT NULL,
        valid_until date NOT NULL,
        UNIQUE (supplier_id, kind)
      )`);
    this.addSql(`
      CREATE TABLE srm.supplier_item (
        id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL REFERENCES srm.supplier (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        supplier_sku text,
        currency char(3) NOT NULL,
        lead_time_days int NOT NULL CHECK (lead_time_days >= 0),
        minimum_order_quantity numeric(18, 6) NOT NULL CHECK (minimum_order_quantity > 0),
        order_multiple numeric(18, 6) NOT NULL CHECK (order_multiple > 0),
        over_delivery_tolerance numeric(8, 6) NOT NULL CHECK (over_delivery_tolerance >= 0),
        price_breaks jsonb NOT NULL,
        UNIQUE (supplier_id, item_id)
      )`);
    this.addSql('CREATE INDEX supplier_item_item_idx ON srm.supplier_item (item_id)');
    this.addSql(`
      CREATE TABLE srm.rfq (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        needed_by date NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'AWARDED', 'CANCELLED')),
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE srm.supplier_quote (
        id uuid PRIMARY KEY,
        rfq_id uuid NOT NULL REFERENCES srm.rfq (id) DEFERRABLE INITIALLY DEFERRED,
        supplier_id uuid NOT NULL REFERENCES srm.supplier (id) DEFERRABLE INITIALLY DEFERRED,
        status text NOT NULL CHECK (status IN ('INVITED', 'QUOTED', 'DECLINED', 'AWARDED', 'LOST')),
        unit_price numeric(18, 6) CHECK (unit_price >= 0),
        currency char(3),
        lead_time_days int CHECK (lead_time_days >= 0),
        valid_until date,
        submitted_at timestamptz,
        UNIQUE (rfq_id, supplier_id)
      )`);
    this.addSql('CREATE INDEX supplier_quote_supplier_idx ON srm.supplier_quote (supplier_id)');
    this.addSql(`
      CREATE TABLE srm.purchase_order (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        supplier_id uuid NOT NULL REFERENCES srm.supplier (id) DEFERRABLE INITIALLY DEFERRED,
        site_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')),
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        confirmed_at timestamptz,
        requested_date date NOT NULL,
        promised_date date,
        total_amount numeric(18, 4) NOT NULL,
        cancellation_reason text
      )`);
    this.addSql('CREATE INDEX purchase_order_supplier_idx ON srm.purchase_order (supplier_id, created_at)');
    this.addSql('CREATE INDEX purchase_order_status_idx ON srm.purchase_order (status)');
    this.addSql(`
      CREATE TABLE srm.purchase_order_line (
        id uuid PRIMARY KEY,
        purchase_order_id uuid NOT NULL REFERENCES srm.purchase_order (id) DEFERRABLE INITIALLY DEFERRED,
        line_number int NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        unit_price numeric(18, 6) NOT NULL CHECK (unit_price >= 0),
        requested_date date NOT NULL,
        confirmed_date date,
        promised_date date,
        received_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        rejected_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        over_delivery_tolerance numeric(8, 6) NOT NULL,
        UNIQUE (purchase_order_id, line_number)
      )`);
    this.addSql('CREATE INDEX purchase_order_line_item_idx ON srm.purchase_order_line (item_id)');
    this.addSql(`
      CREATE TABLE srm.purchase_order_change (
        id uuid PRIMARY KEY,
        purchase_order_id uuid NOT NULL REFERENCES srm.purchase_order (id) DEFERRABLE INITIALLY DEFERRED,
        origin text NOT NULL CHECK (origin IN ('BUYER', 'SUPPLIER')),
        status text NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
        reason text NOT NULL,
        lines jsonb NOT NULL,
        proposed_at timestamptz NOT NULL,
        responded_at timestamptz,
        response_note text
      )`);
    // One open proposal per order: the other party answers before anyone proposes again.
    this.addSql(`CREATE UNIQUE INDEX purchase_order_change_open_idx ON srm.purchase_order_change (purchase_order_id) WHERE status = 'PROPOSED'`);
    this.addSql('CREATE INDEX purchase_order_change_order_idx ON srm.purchase_order_change (purchase_order_id, proposed_at)');
    this.addSql(`
      CREATE TABLE srm.asn (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        purchase_order_id uuid NOT NULL REFERENCES srm.purchase_order (id) DEFERRABLE INITIALLY DEFERRED,
        supplier_id uuid NOT NULL REFERENCES srm.supplier (id) DEFERRABLE INITIALLY DEFERRED,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'RECEIVED')),
        submitted_at timestamptz NOT NULL,
        expected_arrival timestamptz NOT NULL,
        received_at timestamptz
      )`);
    this.addSql('CREATE INDEX asn_order_idx ON srm.asn (purchase_order_id)');
    this.addSql('CREATE INDEX asn_supplier_idx ON srm.asn (supplier_id, submitted_at)');
    this.addSql(`
      CREATE TABLE srm.asn_line (
        id uuid PRIMARY KEY,
        asn_id uuid NOT NULL REFERENCES srm.asn (id) DEFERRABLE INITIALLY DEFERRED,
        purchase_order_line_id uuid NOT NULL REFERENCES srm.purchase_order_line (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        lot_number text NOT NULL,
        expiry_date date,
        received_quantity numeric(18, 6) NOT NULL DEFAULT 0
      )`);
    this.addSql('CREATE INDEX asn_line_asn_idx ON srm.asn_line (asn_id)');
    this.addSql('CREATE INDEX asn_line_order_line_idx ON srm.asn_line (purchase_order_line_id)');
    // What the warehouse reported per line (wms.GoodsReceived): the scorecard and the line's receipts read it.
    this.addSql(`
      CREATE TABLE srm.purchase_receipt (
        event_id uuid NOT NULL,
        position int NOT NULL,
        purchase_order_line_id uuid NOT NULL REFERENCES srm.purchase_order_line (id) DEFERRABLE INITIALLY DEFERRED,
        receipt_number text NOT NULL,
        received_at timestamptz NOT NULL,
        day date NOT NULL,
        accepted numeric(18, 6) NOT NULL,
        rejected numeric(18, 6) NOT NULL,
        lot_number text NOT NULL,
        PRIMARY KEY (event_id, position)
      )`);
    this.addSql('CREATE INDEX purchase_receipt_line_idx ON srm.purchase_receipt (purchase_order_line_id, received_at)');
    this.addSql(`
      CREATE TABLE srm.demand_plan (
        supplier_id uuid NOT NULL REFERENCES srm.supplier (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (supplier_id, item_id, week_start)
      )`);
  }
}
