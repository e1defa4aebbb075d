import { Migration } from '@plexus/db';

/**
 * Finance: receivables (customer accounts with billing terms, invoices,
 * credit notes, payments), payables (supplier accounts, the purchase-order
 * lines and receipts finance matches invoices against, supplier invoices
 * and payments) and the general ledger. Customers, suppliers, orders and
 * shipments belong to other systems and are referenced by id only; money is
 * in the reporting currency, to the cent. The tables matching rewrites in
 * bulk (order line references, supplier invoices and their lines) leave room
 * in each page (fillfactor 70), so a match updates rows in place without
 * touching their indexes (HOT updates).
 */
export class Finance extends Migration {
  override name = '20261130-0001-finance';

  up(): void {
    this.addSql(`
      CREATE TABLE erp.customer_account (
        customer_id uuid PRIMARY KEY,
        bill_on text NOT NULL CHECK (bill_on IN ('SHIPMENT', 'DELIVERY', 'MANUAL')),
        payment_days int NOT NULL CHECK (payment_days BETWEEN 0 AND 365),
        updated_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE erp.supplier_account (
        supplier_id uuid PRIMARY KEY,
        payment_days int NOT NULL CHECK (payment_days BETWEEN 0 AND 365),
        updated_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE erp.customer_invoice (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        sales_order_id uuid NOT NULL,
        shipment_id uuid NOT NULL UNIQUE,
        site_id uuid,
        currency char(3) NOT NULL,
        issued_at timestamptz NOT NULL,
        due_date date NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount >= 0),
        credited_amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (credited_amount >= 0),
        paid_amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
        accurate boolean NOT NULL,
        CHECK (credited_amount + paid_amount <= amount)
      )`);
    this.addSql('CREATE INDEX customer_invoice_customer_idx ON erp.customer_invoice (customer_id, issued_at)');
    this.addSql('CREATE INDEX customer_invoice_order_idx ON erp.customer_invoice (sales_order_id)');
    this.addSql(`
      CREATE TABLE erp.customer_invoice_line (
        id uuid PRIMARY KEY,
        invoice_id uuid NOT NULL REFERENCES erp.customer_invoice (id) DEFERRABLE INITIALLY DEFERRED,
        line_number int NOT NULL,
        sales_order_line_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        unit_price numeric(18, 6) NOT NULL CHECK (unit_price >= 0),
        credited_quantity numeric(18, 6) NOT NULL DEFAULT 0 CHECK (credited_quantity >= 0),
        UNIQUE (invoice_id, line_number),
        CHECK (credited_quantity <= quantity)
      )`);
    this.addSql(`
      CREATE TABLE erp.credit_note (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        invoice_id uuid NOT NULL REFERENCES erp.customer_invoice (id) DEFERRABLE INITIALLY DEFERRED,
        issued_at timestamptz NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        reason text NOT NULL,
        lines jsonb NOT NULL
      )`);
    this.addSql('CREATE INDEX credit_note_invoice_idx ON erp.credit_note (invoice_id)');
    this.addSql(`
      CREATE TABLE erp.customer_payment (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        invoice_id uuid NOT NULL REFERENCES erp.customer_invoice (id) DEFERRABLE INITIALLY DEFERRED,
        received_at timestamptz NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        reference text
      )`);
    this.addSql('CREATE INDEX customer_payment_invoice_idx ON erp.customer_payment (invoice_id)');
    this.addSql(`
      CREATE TABLE erp.purchase_order_line_ref (
        line_id uuid PRIMARY KEY,
        purchase_order_id uuid NOT NULL,
        purchase_order_number text NOT NULL,
        supplier_id uuid NOT NULL,
        site_id uuid,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL,
        unit_price numeric(18, 6) NOT NULL,
        cancelled boolean NOT NULL DEFAULT false,
        received_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        invoiced_quantity numeric(18, 6) NOT NULL DEFAULT 0
      ) WITH (fillfactor = 70)`);
    this.addSql('CREATE INDEX purchase_order_line_ref_order_idx ON erp.purchase_order_line_ref (purchase_order_id)');
    this.addSql(`
      CREATE TABLE erp.supplier_invoice (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        supplier_reference text NOT NULL,
        supplier_id uuid NOT NULL,
        purchase_order_id uuid NOT NULL,
        site_id uuid,
        invoice_date date NOT NULL,
        received_at timestamptz NOT NULL,
        due_date date NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount >= 0),
        paid_amount numeric(18, 2) NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
        status text NOT NULL CHECK (status IN ('BLOCKED', 'MATCHED')),
        UNIQUE (supplier_id, supplier_reference),
        CHECK (paid_amount <= amount)
      ) WITH (fillfactor = 70)`);
    this.addSql('CREATE INDEX supplier_invoice_supplier_idx ON erp.supplier_invoice (supplier_id, received_at)');
    this.addSql('CREATE INDEX supplier_invoice_blocked_idx ON erp.supplier_invoice (purchase_order_id) WHERE status = \'BLOCKED\'');
    this.addSql(`
      CREATE TABLE erp.supplier_invoice_line (
        id uuid PRIMARY KEY,
        invoice_id uuid NOT NULL REFERENCES erp.supplier_invoice (id) DEFERRABLE INITIALLY DEFERRED,
        line_number int NOT NULL,
        purchase_order_line_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        unit_price numeric(18, 6) NOT NULL CHECK (unit_price >= 0),
        ordered_unit_price numeric(18, 6) NOT NULL,
        matched boolean NOT NULL,
        block_codes text[] NOT NULL,
        block_reasons text[] NOT NULL,
        UNIQUE (invoice_id, line_number)
      ) WITH (fillfactor = 70)`);
    this.addSql('CREATE INDEX supplier_invoice_line_order_line_idx ON erp.supplier_invoice_line (purchase_order_line_id)');
    this.addSql(`
      CREATE TABLE erp.supplier_payment (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        invoice_id uuid NOT NULL REFERENCES erp.supplier_invoice (id) DEFERRABLE INITIALLY DEFERRED,
        paid_at timestamptz NOT NULL,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0)
      )`);
    this.addSql('CREATE INDEX supplier_payment_invoice_idx ON erp.supplier_payment (invoice_id)');
    this.addSql(`
      CREATE TABLE erp.journal_entry (
        id uuid PRIMARY KEY,
        posted_at timestamptz NOT NULL,
        source_event_id uuid NOT NULL UNIQUE,
        source_type text NOT NULL,
        subject_id uuid NOT NULL,
        description text NOT NULL
      )`);
    this.addSql('CREATE INDEX journal_entry_posted_idx ON erp.journal_entry (posted_at)');
    this.addSql('CREATE INDEX journal_entry_subject_idx ON erp.journal_entry (subject_id)');
    this.addSql(`
      CREATE TABLE erp.journal_line (
        entry_id uuid NOT NULL REFERENCES erp.journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
        position int NOT NULL,
        account text NOT NULL,
        debit numeric(18, 2) NOT NULL CHECK (debit >= 0),
        credit numeric(18, 2) NOT NULL CHECK (credit >= 0),
        PRIMARY KEY (entry_id, position),
        CHECK (debit = 0 OR credit = 0)
      )`);
    this.addSql('CREATE INDEX journal_line_account_idx ON erp.journal_line (account)');
  }
}
