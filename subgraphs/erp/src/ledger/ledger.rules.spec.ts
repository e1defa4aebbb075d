import { describe, expect, it } from 'vitest';
import { lineCents } from '../finance/money.ts';
import { balances, isBalanced, journalLines, ledgerAccounts, type BusinessFact } from './ledger.rules.ts';

/** mulberry32: a small seeded generator, so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Expected {
  inventory: number;
  receivables: number;
  payables: number;
  cash: number;
}

/**
 * A random but possible history: goods received, made and shipped (never more
 * than in stock), invoices issued, corrected, paid in part; supplier invoices
 * at prices off standard, paid in part. Returns the facts and what the books
 * must show, kept independently of the posting rules.
 */
function history(seed: number, length: number): { facts: BusinessFact[]; expected: Expected } {
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const quantity = () => 1 + Math.floor(random() * 500) / (random() < 0.3 ? 7 : 1);
  const cost = () => Math.round(random() * 100_000) / 1000;
  const facts: BusinessFact[] = [];
  const expected: Expected = { inventory: 0, receivables: 0, payables: 0, cash: 0 };
  const stock: { quantity: number; standardCost: number }[] = [];
  const invoices: { billed: number; open: number }[] = [];
  const supplierInvoices: { open: number }[] = [];
  for (let step = 0; step < length; step += 1) {
    const kind = pick(['GOODS_RECEIVED', 'PRODUCTION_COMPLETED', 'GOODS_SHIPPED', 'INVOICE_ISSUED', 'CORRECTION', 'CUSTOMER_PAYMENT', 'SUPPLIER_INVOICE', 'SUPPLIER_PAYMENT'] as const);
    if (kind === 'GOODS_RECEIVED' || kind === 'PRODUCTION_COMPLETED') {
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ quantity: quantity(), standardCost: cost() }));
      stock.push(...lines);
      expected.inventory += lines.reduce((sum, line) => sum + lineCents(line.quantity, line.standardCost), 0);
      facts.push({ kind, lines });
    } else if (kind === 'GOODS_SHIPPED' && stock.length > 0) {
      const lot = stock.splice(Math.floor(random() * stock.length), 1)[0]!;
      expected.inventory -= lineCents(lot.quantity, lot.standardCost);
      facts.push({ kind, lines: [lot] });
    } else if (kind === 'INVOICE_ISSUED') {
      const amountCents = Math.floor(random() * 10_000_000);
      invoices.push({ billed: amountCents, open: amountCents });
      expected.receivables += amountCents;
      facts.push({ kind, amountCents, previouslyBilledCents: 0 });
    } else if (kind === 'CORRECTION' && invoices.length > 0) {
      const invoice = pick(invoices);
      const credit = Math.floor(random() * invoice.open);
      const corrected = invoice.billed - credit;
      facts.push({ kind: 'INVOICE_ISSUED', amountCents: corrected, previouslyBilledCents: invoice.billed });
      invoice.billed = corrected;
      invoice.open -= credit;
      expected.receivables -= credit;
    } else if (kind === 'CUSTOMER_PAYMENT' && invoices.some((invoice) => invoice.open > 0)) {
      const invoice = pick(invoices.filter((candidate) => candidate.open > 0));
      const amountCents = 1 + Math.floor(random() * invoice.open);
      invoice.open -= amountCents;
      expected.receivables -= amountCents;
      expected.cash += amountCents;
      facts.push({ kind, amountCents });
    } else if (kind === 'SUPPLIER_INVOICE') {
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ quantity: quantity(), standardCost: cost() }));
      const amountCents = Math.max(0, lines.reduce((sum, line) => sum + lineCents(line.quantity, line.standardCost * (0.9 + random() * 0.2)), 0));
      supplierInvoices.push({ open: amountCents });
      expected.payables -= amountCents;
      facts.push({ kind, amountCents, lines });
    } else if (kind === 'SUPPLIER_PAYMENT' && supplierInvoices.some((invoice) => invoice.open > 0)) {
      const invoice = pick(supplierInvoices.filter((candidate) => candidate.open > 0));
      const amountCents = 1 + Math.floor(random() * invoice.open);
      invoice.open -= amountCents;
      expected.payables += amountCents;
      expected.cash -= amountCents;
      facts.push({ kind, amountCents });
    }
  }
  return { facts, expected };
}

describe('the general ledger', () => {
  it('posts a supplier invoice above standard cost to GR/IR, price variance and payables', () => {
    expect(journalLines({ kind: 'SUPPLIER_INVOICE', amountCents: 21_000, lines: [{ quantity: 100, standardCost: 2 }] })).toEqual([
      { account: 'GOODS_RECEIVED_NOT_INVOICED', debitCents: 20_000, creditCents: 0 },
      { account: 'PURCHASE_PRICE_VARIANCE', debitCents: 1_000, creditCents: 0 },
      { account: 'PAYABLES', debitCents: 0, creditCents: 21_000 },
    ]);
  });

  it('posts only the difference of a corrected invoice, reversing revenue when it was lowered', () => {
    expect(journalLines({ kind: 'INVOICE_ISSUED', amountCents: 6_000, previouslyBilledCents: 8_000 })).toEqual([
      { account: 'REVENUE', debitCents: 2_000, creditCents: 0 },
      { account: 'RECEIVABLES', debitCents: 0, creditCents: 2_000 },
    ]);
    expect(journalLines({ kind: 'INVOICE_ISSUED', amountCents: 8_000, previouslyBilledCents: 8_000 })).toEqual([]);
  });

  it('always balances, and its balances are what happened, over 500 random histories of business events', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 500; seed += 1) {
      const { facts, expected } = history(seed, 60);
      const entries = facts.map(journalLines);
      entries.forEach((lines, index) => {
        if (!isBalanced(lines)) problems.push(`seed ${seed}, entry ${index}: unbalanced`);
        for (const line of lines) {
          if (!ledgerAccounts.includes(line.account)) problems.push(`seed ${seed}, entry ${index}: account ${line.account}`);
          if (!Number.isInteger(line.debitCents) || !Number.isInteger(line.creditCents)) problems.push(`seed ${seed}, entry ${index}: not whole cents`);
          if (line.debitCents < 0 || line.creditCents < 0 || (line.debitCents !== 0 && line.creditCents !== 0)) problems.push(`seed ${seed}, entry ${index}: not one side`);
        }
      });
      const totals = balances(entries);
      const actual = {
        trialBalance: [...totals.values()].reduce((sum, value) => sum + value, 0),
        inventory: totals.get('INVENTORY') ?? 0,
        receivables: totals.get('RECEIVABLES') ?? 0,
        payables: totals.get('PAYABLES') ?? 0,
        cash: totals.get('CASH') ?? 0,
      };
      const wanted = { trialBalance: 0, ...expected };
      for (const key of Object.keys(wanted) as (keyof typeof wanted)[]) {
        if (actual[key] !== wanted[key]) problems.push(`seed ${seed}: ${key} ${actual[key]} instead of ${wanted[key]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
