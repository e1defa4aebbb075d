import type { EntityManager } from '@plexus/db';
import { execute } from '@plexus/db';
import type { DayWindow } from '../kpi/kpi-period.rules.ts';
import { balanceDays, daysOutstanding, flowIn, type BalanceStep, type DaysOutstanding, type Ledger, type OpenInvoice } from './cash-to-cash.rules.ts';
import { scopePredicates } from '../kpi/kpi-predicates.ts';

/**
 * Reads the cash-to-cash projection: series read the balance changes and
 * invoiced amounts per day (changes before the span folded into its first
 * day: the opening balance) in one statement whatever the number of periods,
 * from the daily totals, or from the invoices' own steps when a customer or
 * supplier is asked for; drill-downs add up each invoice's balance over the
 * window in the database and return one row per invoice open in it.
 */

/** Site, and customer (receivables) or supplier (payables). */
export interface TradeScope {
  siteId?: string | null | undefined;
  counterpartyId?: string | null | undefined;
}

function scopeSql(scope: TradeScope, alias: string): { sql: string; params: unknown[] } {
  const { and, params } = scopePredicates([
    { column: `${alias}.site_id`, value: scope.siteId },
    { column: `${alias}.counterparty_id`, value: scope.counterpartyId },
  ]);
  return { sql: and, params };
}

/** Per day of the span: the balance change (the first day also carrying every change before it) and the amount invoiced. */
async function dailyFacts(em: EntityManager, ledger: Ledger, scope: TradeScope, span: DayWindow): Promise<(BalanceStep & { invoiced: number })[]> {
  const [table, change, alias] = scope.counterpartyId ? ['analytics.trade_balance_step', 'delta', 's'] : ['analytics.trade_daily', 'balance_change', 'd'];
  const filter = scopeSql(scope, alias);
  const rows = await execute<{ day: string; delta: string | number; invoiced: string | number }[]>(
    em,
    `SELECT greatest(${alias}.day, ?::date)::text AS day, sum(${alias}.${change}) AS delta,
            coalesce(sum(${alias}.invoiced) FILTER (WHERE ${alias}.day >= ?::date), 0) AS invoiced
       FROM ${table} ${alias}
      WHERE ${alias}.ledger = ? AND ${alias}.day <= ?::date${filter.sql}
      GROUP BY 1`,
    [span.from, span.from, ledger, span.last, ...filter.params],
  );
  return rows.map((row) => ({ day: row.day, delta: Number(row.delta), invoiced: Number(row.invoiced) }));
}

/** Days outstanding of every window (null: a period entirely in the future), read over their union in one statement. */
export async function outstandingOfWindows(
  em: EntityManager,
  ledger: Ledger,
  scope: TradeScope,
  windows: readonly (DayWindow | null)[],
): Promise<(DaysOutstanding | null)[]> {
  const present = windows.filter((window): window is DayWindow => window !== null);
  if (present.length === 0) return windows.map(() => null);
  const span = { from: present[0]!.from, last: present.at(-1)!.last };
  const facts = await dailyFacts(em, ledger, scope, span);
  const flows = facts.map((fact) => ({ day: fact.day, amount: fact.invoiced }));
  return windows.map((window) => (window ? daysOutstanding(window, balanceDays(facts, window), flowIn(flows, window)) : null));
}

/** The invoices open on some day of the window, each with Σ of its open amount over the window's days and what was open at its end. */
export async function openInvoices(em: EntityManager, ledger: Ledger, scope: TradeScope, window: DayWindow): Promise<OpenInvoice[]> {
  const filter = scopeSql(scope, 's');
  const rows = await execute<{
    invoice_id: string;
    number: string;
    counterparty_id: string | null;
    order_id: string | null;
    issued_on: string;
    due_date: string;
    amount: string | number;
    balance_days: string | number;
    open_at_end: string | number;
  }[]>(
    em,
    `WITH open AS (
       SELECT s.invoice_id,
              sum(s.delta * (?::date - greatest(s.day, ?::date) + 1)) AS balance_days,
              sum(s.delta) AS open_at_end
         FROM analytics.trade_balance_step s
        WHERE s.ledger = ? AND s.day <= ?::date${filter.sql}
        GROUP BY s.invoice_id
       HAVING sum(s.delta * (?::date - greatest(s.day, ?::date) + 1)) > 0
     )
     SELECT i.invoice_id, i.number, i.counterparty_id, i.order_id, i.issued_on::text AS issued_on, i.due_date::text AS due_date, i.amount,
            o.balance_days, o.open_at_end
       FROM open o JOIN analytics.trade_invoice i ON i.invoice_id = o.invoice_id`,
    [window.last, window.from, ledger, window.last, ...filter.params, window.last, window.from],
  );
  return rows.map((row) => ({
    invoiceId: row.invoice_id,
    number: row.number,
    counterpartyId: row.counterparty_id,
    orderId: row.order_id,
    issuedOn: row.issued_on,
    dueDate: row.due_date,
    amount: Number(row.amount),
    balanceDays: Number(row.balance_days),
    openAtEnd: Number(row.open_at_end),
  }));
}
