import { execute, type EntityManager } from '@plexus/db';
import { authorize } from '@plexus/host';
import { badInput } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { ageOpenItems, type OpenItem } from './ageing.rules.ts';
import { calendarDate } from './calendar-date.ts';
import { financeReaders } from './finance-access.ts';

/**
 * What each customer invoice had open at the end of `asOf`: issued by then,
 * less the credit notes issued and payments received by then.
 */
async function openReceivables(em: EntityManager, asOf: string): Promise<OpenItem[]> {
  const rows = await execute<{ counterparty_id: string; due_date: string | Date; open_cents: string }[]>(
    em,
    `SELECT i.customer_id AS counterparty_id, i.due_date,
            round(i.amount * 100)
            - coalesce((SELECT round(sum(c.amount) * 100) FROM erp.credit_note c WHERE c.invoice_id = i.id AND c.issued_at < ?::date + 1), 0)
            - coalesce((SELECT round(sum(p.amount) * 100) FROM erp.customer_payment p WHERE p.invoice_id = i.id AND p.received_at < ?::date + 1), 0) AS open_cents
       FROM erp.customer_invoice i
      WHERE i.issued_at < ?::date + 1`,
    [asOf, asOf, asOf],
  );
  return rows.map((row) => ({ counterpartyId: row.counterparty_id, dueDate: calendarDate(row.due_date), openCents: Number(row.open_cents) }));
}

/** What each supplier invoice had open at the end of `asOf`: received by then, less the payments made by then. */
async function openPayables(em: EntityManager, asOf: string): Promise<OpenItem[]> {
  const rows = await execute<{ counterparty_id: string; due_date: string | Date; open_cents: string }[]>(
    em,
    `SELECT i.supplier_id AS counterparty_id, i.due_date,
            round(i.amount * 100)
            - coalesce((SELECT round(sum(p.amount) * 100) FROM erp.supplier_payment p WHERE p.invoice_id = i.id AND p.paid_at < ?::date + 1), 0) AS open_cents
       FROM erp.supplier_invoice i
      WHERE i.received_at < ?::date + 1`,
    [asOf, asOf],
  );
  return rows.map((row) => ({ counterpartyId: row.counterparty_id, dueDate: calendarDate(row.due_date), openCents: Number(row.open_cents) }));
}

function asOfDay(ctx: ErpContext, asOf: string | null | undefined): string {
  const day = asOf ?? ctx.now().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw badInput('asOf must be a date, YYYY-MM-DD', { field: 'asOf' });
  return day;
}

/** Receivables aged on a day (today unless asked): per customer and overall. */
export async function receivablesAgeing(ctx: ErpContext, asOf?: string | null) {
  authorize(ctx.viewer, 'read receivables', financeReaders);
  const day = asOfDay(ctx, asOf);
  return { asOf: day, ...ageOpenItems(await openReceivables(ctx.em, day), day) };
}

/** Payables aged on a day (today unless asked): per supplier and overall. */
export async function payablesAgeing(ctx: ErpContext, asOf?: string | null) {
  authorize(ctx.viewer, 'read payables', financeReaders);
  const day = asOfDay(ctx, asOf);
  return { asOf: day, ...ageOpenItems(await openPayables(ctx.em, day), day) };
}
