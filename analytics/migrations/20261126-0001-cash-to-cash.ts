import { Migration } from '@plexus/db';

/**
 * Read models of the cash-to-cash projection, for customer invoices
 * (receivables) and supplier invoices (payables) alike, told apart by `ledger`:
 * - `trade_invoice`: one row per invoice as issued or received, with its
 *   counterparty (customer or supplier), site, amount in the reporting
 *   currency and due date.
 * - `trade_payment`: one row per payment event against an invoice, kept even
 *   when it commits before its invoice.
 * - `trade_balance_step`: each invoice's open amount as end-of-day changes
 *   (+ amount on issue, − each payment applied) and its amount on the issue
 *   day, recomputed from the two tables above whenever an event about the
 *   invoice arrives, so an average balance over any days is one pass over
 *   steps; read as such when a customer or supplier is asked for.
 * - `trade_daily`: the same summed per ledger, day and site, kept up to date
 *   with every change of steps (the old ones taken off, the new ones added),
 *   so the dashboard and site filters read a row per day instead of every
 *   invoice.
 */
export class CashToCash extends Migration {
  override name = '20261126-0001-cash-to-cash';

  async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE analytics.trade_invoice (
        invoice_id uuid PRIMARY KEY,
        ledger text NOT NULL CHECK (ledger IN ('RECEIVABLE', 'PAYABLE')),
        number text NOT NULL,
        counterparty_id uuid,
        site_id uuid,
        order_id uuid,
        issued_at timestamptz NOT NULL,
        issued_on date NOT NULL,
        due_date date NOT NULL,
        amount numeric NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE analytics.trade_payment (
        event_id uuid PRIMARY KEY,
        invoice_id uuid NOT NULL,
        number text NOT NULL,
        paid_on date NOT NULL,
        amount numeric NOT NULL
      )`);
    this.addSql('CREATE INDEX trade_payment_invoice_idx ON analytics.trade_payment (invoice_id)');
    this.addSql(`
      CREATE TABLE analytics.trade_balance_step (
        invoice_id uuid NOT NULL,
        day date NOT NULL,
        ledger text NOT NULL,
        counterparty_id uuid,
        site_id uuid,
        delta numeric NOT NULL,
        invoiced numeric NOT NULL,
        PRIMARY KEY (invoice_id, day)
      )`);
    this.addSql('CREATE INDEX trade_balance_step_day_idx ON analytics.trade_balance_step (ledger, day)');
    this.addSql('CREATE INDEX trade_balance_step_counterparty_idx ON analytics.trade_balance_step (counterparty_id, day)');
    this.addSql(`
      CREATE TABLE analytics.trade_daily (
        ledger text NOT NULL,
        day date NOT NULL,
        site_id uuid,
        balance_change numeric NOT NULL,
        invoiced numeric NOT NULL,
        CONSTRAINT trade_daily_key UNIQUE NULLS NOT DISTINCT (ledger, day, site_id)
      )`);
  }
}
