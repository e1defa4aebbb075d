import type { KpiContribution, KpiPoint, Period } from '../kpi/kpi-definition.ts';
import { daysBetween } from '../kpi/kpi-period.rules.ts';
import { pageOf } from '../kpi/kpi-page.rules.ts';
import { daysIn, type DayWindow } from '../kpi/kpi-period.rules.ts';

/**
 * Cash-to-cash cycle time (KPIS.md, SCOR AM.1.1): days of supply + DSO − DPO,
 * with DSO = receivables / (annualised revenue / 365) and DPO = payables /
 * (annualised material cost / 365).
 *
 * Choices the definition leaves open, made here once:
 * - Revenue is what was invoiced to customers, material cost what suppliers
 *   invoiced, both on the day the invoice was issued or received, in the
 *   reporting currency. Annualising by the days of the period and dividing by
 *   365 leaves flow / days: the average revenue (material cost) of a day.
 * - Receivables (payables) of a period are the average over its days of what
 *   was open at each day's end: invoice amounts less the payments applied to
 *   them by then. SCOR divides a balance by a flow without naming the day of
 *   the balance; days of supply (DAYS_OF_INVENTORY) already averages the daily
 *   inventory value over the period, and the three terms are only comparable,
 *   and addable, when measured alike. An average also cannot be moved by a
 *   collection drive or a payment run on the period's last day. An invoice
 *   paid after the period counts as open on every day of it since its issue.
 * - A payment counts on the UTC day it arrived, never before its invoice's
 *   issue day (a prepayment settles the invoice the day it is issued), and
 *   never beyond the invoice amount: an overpayment is a credit to the
 *   customer, not a negative receivable.
 * - Days after today are not counted (as for days of inventory); a term with
 *   no flow in the period (nothing invoiced) has no days outstanding, and
 *   cash-to-cash is null when any of its terms is.
 */

export type Ledger = 'RECEIVABLE' | 'PAYABLE';

/** An open-balance change at the end of `day`: + an invoice's amount on issue, − each payment applied. */
export interface BalanceStep {
  day: string;
  delta: number;
}

/** One invoice's day: its balance change, and on its issue day the amount invoiced (revenue or material cost). */
export interface InvoiceDay extends BalanceStep {
  invoiced: number;
}

/** The invoice's open amount as steps by day, from its amount and its payments in any order; its issue day is always there. */
export function invoiceDays(invoice: { issuedOn: string; amount: number }, payments: readonly { paidOn: string; amount: number }[]): InvoiceDay[] {
  const byDay = new Map<string, InvoiceDay>([[invoice.issuedOn, { day: invoice.issuedOn, delta: invoice.amount, invoiced: invoice.amount }]]);
  let paid = 0;
  for (const payment of [...payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn))) {
    const applied = Math.min(payment.amount, invoice.amount - paid);
    if (applied <= 0) continue;
    paid += applied;
    const day = payment.paidOn > invoice.issuedOn ? payment.paidOn : invoice.issuedOn;
    const entry = byDay.get(day) ?? byDay.set(day, { day, delta: 0, invoiced: 0 }).get(day)!;
    entry.delta -= applied;
  }
  return [...byDay.values()].filter((entry) => entry.delta !== 0 || entry.invoiced !== 0).sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Σ over the window's days of the balance open at each day's end, from steps
 * of any number of invoices: a step adds its delta to every day from its own
 * (or the window's first) to the window's last.
 */
export function balanceDays(steps: readonly BalanceStep[], window: DayWindow): number {
  let total = 0;
  for (const step of steps) {
    if (step.day > window.last) continue;
    total += step.delta * (daysBetween(step.day > window.from ? step.day : window.from, window.last) + 1);
  }
  return total;
}

export const flowIn = (daily: readonly { day: string; amount: number }[], window: DayWindow) =>
  daily.filter((entry) => entry.day >= window.from && entry.day <= window.last).reduce((total, entry) => total + entry.amount, 0);

export interface DaysOutstanding {
  from: string;
  to: string;
  days: number;
  /** Receivables or payables, averaged over the days. */
  averageBalance: number;
  /** Revenue or material cost invoiced in the period. */
  flow: number;
  /** Annualised flow / 365. */
  dailyFlow: number;
  /** null when nothing was invoiced. */
  daysOutstanding: number | null;
}

export function daysOutstanding(window: DayWindow, balanceDayTotal: number, flow: number): DaysOutstanding {
  const days = daysIn(window);
  const annualisedFlow = (flow * 365) / days;
  const dailyFlow = annualisedFlow / 365;
  const averageBalance = balanceDayTotal / days;
  return { from: window.from, to: window.last, days, averageBalance, flow, dailyFlow, daysOutstanding: flow > 0 ? averageBalance / dailyFlow : null };
}

/** A point carries the average balance over the daily flow; the value is their quotient. */
export function outstandingPoint(period: Period, outstanding: DaysOutstanding | null): KpiPoint {
  return {
    periodStart: period.start,
    periodEnd: period.end,
    value: outstanding?.daysOutstanding ?? null,
    numerator: outstanding?.averageBalance ?? 0,
    denominator: outstanding?.dailyFlow ?? 0,
  };
}

export interface CashToCashTerms {
  daysOfInventory: number | null;
  daysSalesOutstanding: number | null;
  daysPayableOutstanding: number | null;
}

export function cashToCash(terms: CashToCashTerms): number | null {
  const { daysOfInventory, daysSalesOutstanding, daysPayableOutstanding } = terms;
  if (daysOfInventory === null || daysSalesOutstanding === null || daysPayableOutstanding === null) return null;
  return daysOfInventory + daysSalesOutstanding - daysPayableOutstanding;
}

/** The value in days over the days measured, so a period with nothing measured (in the future) has denominator 0. */
export function cashToCashPoint(period: Period, window: DayWindow | null, terms: CashToCashTerms | null): KpiPoint {
  const value = terms ? cashToCash(terms) : null;
  return { periodStart: period.start, periodEnd: period.end, value, numerator: value ?? 0, denominator: window ? daysIn(window) : 0 };
}

/** Cash-to-cash drills down to its three terms, each signed as it enters the sum; their own KPIs drill further. */
export function cashToCashContributions(terms: CashToCashTerms, window: DayWindow): { totalCount: number; items: KpiContribution[] } {
  const term = (name: string, label: string, days: number | null, sign: 1 | -1): KpiContribution => ({
    subjectType: 'Kpi',
    subjectId: name,
    label: `${label} ${sign < 0 ? '(subtracted) ' : ''}· ${days === null ? 'nothing to divide by in the period' : `${round(days)} days`}`,
    orderId: null,
    time: null,
    numerator: days === null ? 0 : sign * days,
    denominator: 1,
    passed: null,
    reasons: [],
  });
  const items = [
    term('DAYS_OF_INVENTORY', `Days of inventory ${window.from} to ${window.last}`, terms.daysOfInventory, 1),
    term('DAYS_SALES_OUTSTANDING', `Days sales outstanding ${window.from} to ${window.last}`, terms.daysSalesOutstanding, 1),
    term('DAYS_PAYABLE_OUTSTANDING', `Days payable outstanding ${window.from} to ${window.last}`, terms.daysPayableOutstanding, -1),
  ];
  return { totalCount: items.length, items };
}

/** An invoice with an open amount on some day of the window. */
export interface OpenInvoice {
  invoiceId: string;
  number: string;
  counterpartyId: string | null;
  orderId: string | null;
  issuedOn: string;
  dueDate: string;
  amount: number;
  /** Σ over the window's days of its open amount. */
  balanceDays: number;
  /** Open at the end of the window's last day. */
  openAtEnd: number;
}

const ledgerWords = {
  RECEIVABLE: { subjectType: 'CustomerInvoice', counterparty: 'customer' },
  PAYABLE: { subjectType: 'SupplierInvoice', counterparty: 'supplier' },
} as const;

/**
 * The invoices behind receivables (payables), largest share of the average
 * first. Each one's numerator is its share of the average balance over the
 * same daily flow, so its numerator / denominator is the days it adds to DSO
 * (DPO) and the items add up to the KPI's value. OVERDUE: still open at the
 * window's end after its due date. Nothing passes or fails.
 */
export function openInvoiceContributions(
  ledger: Ledger,
  invoices: readonly OpenInvoice[],
  outstanding: DaysOutstanding,
  page: { first: number; offset: number },
): { totalCount: number; items: KpiContribution[] } {
  const words = ledgerWords[ledger];
  const largestFirst = [...invoices].sort((a, b) => b.balanceDays - a.balanceDays || a.number.localeCompare(b.number));
  // Nothing passes or fails here, so there is nothing to leave out: every invoice, a page of them.
  const shown = pageOf(largestFirst.map((invoice) => ({ ...invoice, passed: null })), { first: page.first, offset: page.offset });
  return {
    totalCount: shown.totalCount,
    items: shown.items.map((invoice) => {
      const share = invoice.balanceDays / outstanding.days;
      const overdueDays = invoice.openAtEnd > 0 && invoice.dueDate < outstanding.to ? daysBetween(invoice.dueDate, outstanding.to) : 0;
      return {
        subjectType: words.subjectType,
        subjectId: invoice.invoiceId,
        label:
          `${invoice.number} · ${words.counterparty} ${invoice.counterpartyId ?? 'unknown'} · issued ${invoice.issuedOn}, due ${invoice.dueDate} · ` +
          `${round(invoice.openAtEnd)} of ${round(invoice.amount)} open on ${outstanding.to}` +
          `${overdueDays > 0 ? `, overdue ${overdueDays} days` : ''} · average open ${round(share)}` +
          (outstanding.dailyFlow > 0 ? ` · ${round(share / outstanding.dailyFlow)} days` : ''),
        orderId: invoice.orderId,
        time: new Date(`${invoice.issuedOn}T00:00:00Z`),
        numerator: share,
        denominator: outstanding.dailyFlow,
        passed: null,
        reasons: overdueDays > 0 ? ['OVERDUE'] : [],
      };
    }),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
