import type { EntityManager } from '@plexus/db';
import { sharedReads, type KpiDefinition, type KpiFilter, type SharedReads } from '../kpi/kpi-definition.ts';
import { sharedTurnsOfWindows } from '../inventory/inventory.kpis.ts';
import { periodWindows, type DayWindow } from '../kpi/kpi-period.rules.ts';
import { cashToCashContributions, cashToCashPoint, openInvoiceContributions, outstandingPoint, type CashToCashTerms, type Ledger } from './cash-to-cash.rules.ts';
import { openInvoices, outstandingOfWindows, type TradeScope } from './cash-to-cash.service.ts';

/** Cash-to-cash cycle time and its receivable and payable terms (KPIS.md, SCOR AM.1.1), as the `kpi` queries serve them. */

const scopeOf = (ledger: Ledger, filter: KpiFilter): TradeScope => ({
  siteId: filter.siteId,
  counterpartyId: ledger === 'RECEIVABLE' ? filter.customerId : filter.supplierId,
});

/** Days outstanding of the windows, read once per request for DSO or DPO and cash-to-cash. */
const sharedOutstandingOfWindows = (reads: SharedReads, em: EntityManager, ledger: Ledger, scope: TradeScope, windows: readonly (DayWindow | null)[]) =>
  reads.once(`outstanding:${JSON.stringify([ledger, scope, windows])}`, () => outstandingOfWindows(em, ledger, scope, windows));

function outstandingKpi(ledger: Ledger): Pick<KpiDefinition, 'series' | 'contributions'> {
  return {
    async series(em, query) {
      const outstanding = await sharedOutstandingOfWindows(query.reads, em, ledger, scopeOf(ledger, query.filter), periodWindows(query.periods, query));
      return query.periods.map((period, index) => outstandingPoint(period, outstanding[index]!));
    },
    async contributions(em, query) {
      const [window] = periodWindows([{ start: query.from, end: query.to }], query);
      if (!window) return { totalCount: 0, items: [] };
      const scope = scopeOf(ledger, query.filter);
      const [outstanding] = await outstandingOfWindows(em, ledger, scope, [window]);
      return openInvoiceContributions(ledger, await openInvoices(em, ledger, scope, window), outstanding!, query);
    },
  };
}

/** The three terms over the same windows and site; days of supply is DAYS_OF_INVENTORY's own computation. */
async function termsOfWindows(
  em: EntityManager,
  filter: KpiFilter,
  windows: readonly (DayWindow | null)[],
  reads: SharedReads,
): Promise<(CashToCashTerms | null)[]> {
  const site = { siteId: filter.siteId };
  const inventory = await sharedTurnsOfWindows(reads, em, site, windows);
  const receivables = await sharedOutstandingOfWindows(reads, em, 'RECEIVABLE', site, windows);
  const payables = await sharedOutstandingOfWindows(reads, em, 'PAYABLE', site, windows);
  return windows.map((window, index) =>
    window
      ? {
          daysOfInventory: inventory[index]?.daysOfInventory ?? null,
          daysSalesOutstanding: receivables[index]?.daysOutstanding ?? null,
          daysPayableOutstanding: payables[index]?.daysOutstanding ?? null,
        }
      : null,
  );
}

const daysDefinition =
  'annualised by the days of the period (days after today not counted), so flow / days; receivables and payables are the average over the ' +
  'period’s days of what was open at each day’s end (invoice amount less payments applied by then), the way days of inventory averages the ' +
  'daily inventory value: SCOR divides a balance by a flow without naming the balance’s day, and the terms of cash-to-cash only add up when ' +
  'measured alike; an average also cannot be moved by a collection drive or payment run on the last day. An invoice paid after the period is ' +
  'open on each of its days since issue; a payment never counts before its invoice nor beyond its amount. Null when nothing was invoiced.';

export const cashToCashKpis: KpiDefinition[] = [
  {
    name: 'CASH_TO_CASH',
    label: 'Cash-to-cash cycle time',
    description:
      'KPIS.md, SCOR AM.1.1: days of supply (DAYS_OF_INVENTORY over the same period and site) + days sales outstanding − days payable ' +
      'outstanding, in days; null when any term is. The drill-down lists the three terms, each signed as it enters the sum. Target: APQC ' +
      'Open Standards Benchmarking, cross-industry top performers at 33.2 days or less (bottom performers 74 or more), as published in ' +
      'CFO’s Metric of the Month, September 2020; an industry’s own peers are the better yardstick.',
    unit: 'DAYS',
    higherIsBetter: false,
    target: 33.2,
    filters: ['siteId'],
    async series(em, query) {
      const windows = periodWindows(query.periods, query);
      const terms = await termsOfWindows(em, query.filter, windows, query.reads);
      return query.periods.map((period, index) => cashToCashPoint(period, windows[index]!, terms[index]!));
    },
    async contributions(em, query) {
      const [window] = periodWindows([{ start: query.from, end: query.to }], query);
      if (!window) return { totalCount: 0, items: [] };
      const [terms] = await termsOfWindows(em, query.filter, [window], sharedReads());
      return cashToCashContributions(terms!, window);
    },
  },
  {
    name: 'DAYS_SALES_OUTSTANDING',
    label: 'Days sales outstanding',
    description:
      'KPIS.md, SCOR (cash-to-cash): receivables / (annualised revenue / 365), revenue being the customer invoices issued in the period, ' +
      `${daysDefinition} The drill-down lists the customer invoices open in the period, largest share first, each with the days it adds ` +
      '(OVERDUE: still open after its due date at the period’s end); nothing passes or fails. No target: DSO is read against the payment ' +
      'terms given to customers.',
    unit: 'DAYS',
    higherIsBetter: false,
    target: null,
    filters: ['siteId', 'customerId'],
    ...outstandingKpi('RECEIVABLE'),
  },
  {
    name: 'DAYS_PAYABLE_OUTSTANDING',
    label: 'Days payable outstanding',
    description:
      'KPIS.md, SCOR (cash-to-cash): payables / (annualised material cost / 365), material cost being the supplier invoices received in the ' +
      `period, ${daysDefinition} The drill-down lists the supplier invoices open in the period, largest share first (OVERDUE: still open ` +
      'after its due date at the period’s end). Higher shortens cash-to-cash; no target, since paying later than agreed terms costs ' +
      'supplier goodwill and prices.',
    unit: 'DAYS',
    higherIsBetter: true,
    target: null,
    filters: ['siteId', 'supplierId'],
    ...outstandingKpi('PAYABLE'),
  },
];
