import type { EntityManager } from '@plexus/db';
import { execute } from '@plexus/db';
import { sqlArray } from '@plexus/db';
import type { SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import { invoiceDays, type Ledger } from './cash-to-cash.rules.ts';

/**
 * Customer and supplier invoices with their payments, kept from the event
 * stream so receivables and payables over a period add up stored balance
 * steps instead of replaying every invoice's history per request. A payment
 * may commit before the invoice it settles, so invoices and payments are
 * stored as they come and each touched invoice's steps are then recomputed
 * from everything known about it by the rules. The daily totals take off the
 * steps replaced and add the new ones: each event reaches the projection
 * once, so they stay exact.
 */

const json = (rows: unknown[]) => JSON.stringify(rows);
const dayOf = (time: Date) => time.toISOString().slice(0, 10);

type InvoiceEvent = SupplyChainEvent<'erp.InvoiceIssued'> | SupplyChainEvent<'erp.SupplierInvoiceReceived'>;
type PaymentEvent = SupplyChainEvent<'erp.CustomerPaymentReceived'> | SupplyChainEvent<'erp.SupplierPaymentMade'>;

/**
 * An invoice issued again under its id (a correction) replaces the one it
 * corrects when it is later in event time, whatever order they commit in,
 * and counts from the original's issue date: the customer owed from then
 * (KPIS.md). `issued_at` keeps the earliest issue, `revised_at` the version
 * the amount and terms come from.
 */
async function mergeInvoices(em: EntityManager, events: InvoiceEvent[]): Promise<string[]> {
  const merged = new Map<string, Record<string, unknown> & { issued_at: string; revised_at: string }>();
  for (const event of events) {
    const time = event.time.toISOString();
    const known = merged.get(event.subjectId);
    const issuedAt = known && known.issued_at < time ? known.issued_at : time;
    if (known && known.revised_at > time) {
      known.issued_at = issuedAt;
      known.issued_on = issuedAt.slice(0, 10);
      continue;
    }
    const ledger: Ledger = event.type === 'erp.InvoiceIssued' ? 'RECEIVABLE' : 'PAYABLE';
    merged.set(event.subjectId, {
      invoice_id: event.subjectId,
      ledger,
      number: event.payload.number,
      counterparty_id: ledger === 'RECEIVABLE' ? event.customerId : event.supplierId,
      site_id: event.siteId,
      order_id: event.orderId,
      issued_at: issuedAt,
      issued_on: issuedAt.slice(0, 10),
      revised_at: time,
      due_date: event.payload.dueDate,
      amount: event.payload.amount,
    });
  }
  if (merged.size === 0) return [];
  const newer = 'excluded.revised_at >= analytics.trade_invoice.revised_at';
  const fromNewer = (column: string) => `${column} = CASE WHEN ${newer} THEN excluded.${column} ELSE analytics.trade_invoice.${column} END`;
  await execute(
    em,
    `INSERT INTO analytics.trade_invoice (invoice_id, ledger, number, counterparty_id, site_id, order_id, issued_at, issued_on, revised_at, due_date, amount)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(invoice_id uuid, ledger text, number text, counterparty_id uuid, site_id uuid, order_id uuid,
                                                     issued_at timestamptz, issued_on date, revised_at timestamptz, due_date date, amount numeric)
     ON CONFLICT (invoice_id) DO UPDATE SET
       ${['ledger', 'number', 'counterparty_id', 'site_id', 'order_id', 'due_date', 'amount'].map(fromNewer).join(', ')},
       issued_at = least(excluded.issued_at, analytics.trade_invoice.issued_at),
       issued_on = least(excluded.issued_on, analytics.trade_invoice.issued_on),
       revised_at = greatest(excluded.revised_at, analytics.trade_invoice.revised_at)`,
    [json([...merged.values()])],
  );
  return [...merged.keys()];
}

async function insertPayments(em: EntityManager, events: PaymentEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({
    event_id: event.id,
    invoice_id: event.payload.invoiceId,
    number: event.payload.number,
    paid_on: dayOf(event.time),
    amount: event.payload.amount,
  }));
  await execute(
    em,
    `INSERT INTO analytics.trade_payment (event_id, invoice_id, number, paid_on, amount)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(event_id uuid, invoice_id uuid, number text, paid_on date, amount numeric)
     ON CONFLICT DO NOTHING`,
    [json(rows)],
  );
  return rows.map((row) => row.invoice_id);
}

interface StepRow {
  ledger: string;
  day: string;
  site_id: string | null;
  delta: string | number;
  invoiced: string | number;
}

/** Adds the steps to the daily totals per ledger, day and site; days whose changes cancel out are not written. */
async function addToDaily(em: EntityManager, steps: readonly StepRow[]): Promise<void> {
  const byKey = new Map<string, { ledger: string; day: string; site_id: string | null; balance_change: number; invoiced: number }>();
  for (const step of steps) {
    const key = `${step.ledger}|${step.day}|${step.site_id}`;
    const entry = byKey.get(key) ?? byKey.set(key, { ledger: step.ledger, day: step.day, site_id: step.site_id, balance_change: 0, invoiced: 0 }).get(key)!;
    entry.balance_change += Number(step.delta);
    entry.invoiced += Number(step.invoiced);
  }
  const changed = [...byKey.values()].filter((entry) => entry.balance_change !== 0 || entry.invoiced !== 0);
  if (changed.length === 0) return;
  await execute(
    em,
    `INSERT INTO analytics.trade_daily (ledger, day, site_id, balance_change, invoiced)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(ledger text, day date, site_id uuid, balance_change numeric, invoiced numeric)
     ON CONFLICT ON CONSTRAINT trade_daily_key DO UPDATE
       SET balance_change = analytics.trade_daily.balance_change + excluded.balance_change,
           invoiced = analytics.trade_daily.invoiced + excluded.invoiced`,
    [json(changed)],
  );
}

/** Replaces the balance steps of the invoices by those of their amount and every payment stored against them. */
async function restep(em: EntityManager, invoiceIds: readonly string[]): Promise<void> {
  if (invoiceIds.length === 0) return;
  const invoices = await execute<{
    invoice_id: string;
    ledger: Ledger;
    counterparty_id: string | null;
    site_id: string | null;
    issued_on: string;
    amount: string | number;
    payments: { paidOn: string; amount: string | number }[] | string;
  }[]>(
    em,
    `SELECT i.invoice_id, i.ledger, i.counterparty_id, i.site_id, i.issued_on::text AS issued_on, i.amount,
            coalesce((SELECT jsonb_agg(jsonb_build_object('paidOn', p.paid_on::text, 'amount', p.amount))
                        FROM analytics.trade_payment p WHERE p.invoice_id = i.invoice_id), '[]'::jsonb) AS payments
       FROM analytics.trade_invoice i
      WHERE i.invoice_id = ANY(?::uuid[])`,
    [sqlArray(invoiceIds)],
  );
  const steps = invoices.flatMap((invoice) => {
    const payments = (typeof invoice.payments === 'string' ? JSON.parse(invoice.payments) : invoice.payments) as { paidOn: string; amount: string | number }[];
    return invoiceDays(
      { issuedOn: invoice.issued_on, amount: Number(invoice.amount) },
      payments.map((payment) => ({ paidOn: payment.paidOn, amount: Number(payment.amount) })),
    ).map((step) => ({ invoice_id: invoice.invoice_id, ledger: invoice.ledger, counterparty_id: invoice.counterparty_id, site_id: invoice.site_id, ...step }));
  });
  const replaced = await execute<StepRow[]>(
    em,
    'DELETE FROM analytics.trade_balance_step WHERE invoice_id = ANY(?::uuid[]) RETURNING ledger, day::text AS day, site_id, delta, invoiced',
    [sqlArray(invoiceIds)],
  );
  const takenOff = replaced.map((row) => ({ ...row, delta: -Number(row.delta), invoiced: -Number(row.invoiced) }));
  if (steps.length > 0) {
    await execute(
    em,
      `INSERT INTO analytics.trade_balance_step (invoice_id, day, ledger, counterparty_id, site_id, delta, invoiced)
       SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(invoice_id uuid, day date, ledger text, counterparty_id uuid, site_id uuid, delta numeric, invoiced numeric)`,
      [json(steps)],
    );
  }
  await addToDaily(em, [...takenOff, ...steps]);
}

const ofType = <T extends SupplyChainEvent['type']>(events: SupplyChainEvent[], ...types: T[]) =>
  events.filter((event): event is SupplyChainEvent<T> => (types as string[]).includes(event.type));

export const cashToCashProjection: EventProjection = {
  name: 'cash-to-cash',
  types: ['erp.InvoiceIssued', 'erp.CustomerPaymentReceived', 'erp.SupplierInvoiceReceived', 'erp.SupplierPaymentMade'],
  async apply(em, events) {
    const touched = new Set([
      ...(await mergeInvoices(em, [...ofType(events, 'erp.InvoiceIssued'), ...ofType(events, 'erp.SupplierInvoiceReceived')])),
      ...(await insertPayments(em, [...ofType(events, 'erp.CustomerPaymentReceived'), ...ofType(events, 'erp.SupplierPaymentMade')])),
    ]);
    await restep(em, [...touched]);
  },
};
