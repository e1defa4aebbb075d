import { lineCents } from '../finance/money.ts';

/**
 * The general ledger's postings, generated from business events (double
 * entry, standard costing). Stock moves at standard cost: a receipt puts it
 * into inventory against goods received not invoiced (GR/IR), a shipment
 * takes it out to cost of goods sold, finished production adds it against
 * work in progress. The supplier's invoice clears GR/IR at standard cost and
 * the difference to what the supplier billed is purchase price variance.
 * Customer invoices are receivables against revenue (a corrected invoice
 * posts only its difference), payments move receivables and payables to
 * cash. Every entry balances to the cent.
 */

export const ledgerAccounts = [
  'CASH',
  'RECEIVABLES',
  'INVENTORY',
  'WORK_IN_PROGRESS',
  'GOODS_RECEIVED_NOT_INVOICED',
  'PAYABLES',
  'REVENUE',
  'COST_OF_GOODS_SOLD',
  'PURCHASE_PRICE_VARIANCE',
] as const;
export type LedgerAccount = (typeof ledgerAccounts)[number];

export interface JournalLine {
  account: LedgerAccount;
  debitCents: number;
  creditCents: number;
}

export interface Valued {
  quantity: number;
  standardCost: number;
}

export type BusinessFact =
  | { kind: 'GOODS_RECEIVED'; lines: Valued[] }
  | { kind: 'GOODS_SHIPPED'; lines: Valued[] }
  | { kind: 'PRODUCTION_COMPLETED'; lines: Valued[] }
  /** `previouslyBilledCents`: what earlier issues of the same invoice posted (0 for a new invoice). */
  | { kind: 'INVOICE_ISSUED'; amountCents: number; previouslyBilledCents: number }
  | { kind: 'CUSTOMER_PAYMENT'; amountCents: number }
  | { kind: 'SUPPLIER_INVOICE'; amountCents: number; lines: Valued[] }
  | { kind: 'SUPPLIER_PAYMENT'; amountCents: number };

export const standardValueCents = (lines: readonly Valued[]): number => lines.reduce((sum, line) => sum + lineCents(line.quantity, line.standardCost), 0);

/** Debit one account and credit the other; a negative amount reverses the sides, nothing is posted for zero. */
function pair(debit: LedgerAccount, credit: LedgerAccount, cents: number): JournalLine[] {
  if (cents === 0) return [];
  const [to, from] = cents > 0 ? [debit, credit] : [credit, debit];
  const amount = Math.abs(cents);
  return [
    { account: to, debitCents: amount, creditCents: 0 },
    { account: from, debitCents: 0, creditCents: amount },
  ];
}

/** The lines of the journal entry a business fact posts; none when it moves no money. */
export function journalLines(fact: BusinessFact): JournalLine[] {
  switch (fact.kind) {
    case 'GOODS_RECEIVED':
      return pair('INVENTORY', 'GOODS_RECEIVED_NOT_INVOICED', standardValueCents(fact.lines));
    case 'GOODS_SHIPPED':
      return pair('COST_OF_GOODS_SOLD', 'INVENTORY', standardValueCents(fact.lines));
    case 'PRODUCTION_COMPLETED':
      return pair('INVENTORY', 'WORK_IN_PROGRESS', standardValueCents(fact.lines));
    case 'INVOICE_ISSUED':
      return pair('RECEIVABLES', 'REVENUE', fact.amountCents - fact.previouslyBilledCents);
    case 'CUSTOMER_PAYMENT':
      return pair('CASH', 'RECEIVABLES', fact.amountCents);
    case 'SUPPLIER_PAYMENT':
      return pair('PAYABLES', 'CASH', fact.amountCents);
    case 'SUPPLIER_INVOICE': {
      const standard = standardValueCents(fact.lines);
      const variance = fact.amountCents - standard;
      const lines: JournalLine[] = [];
      if (standard !== 0) lines.push({ account: 'GOODS_RECEIVED_NOT_INVOICED', debitCents: standard, creditCents: 0 });
      if (variance !== 0) lines.push({ account: 'PURCHASE_PRICE_VARIANCE', debitCents: Math.max(variance, 0), creditCents: Math.max(-variance, 0) });
      if (fact.amountCents !== 0) lines.push({ account: 'PAYABLES', debitCents: 0, creditCents: fact.amountCents });
      return lines;
    }
  }
}

export const isBalanced = (lines: readonly JournalLine[]): boolean =>
  lines.reduce((sum, line) => sum + line.debitCents, 0) === lines.reduce((sum, line) => sum + line.creditCents, 0);

/** Debit minus credit per account over the entries given. */
export function balances(entries: readonly (readonly JournalLine[])[]): Map<LedgerAccount, number> {
  const byAccount = new Map<LedgerAccount, number>();
  for (const line of entries.flat()) byAccount.set(line.account, (byAccount.get(line.account) ?? 0) + line.debitCents - line.creditCents);
  return byAccount;
}
