import { describe, expect, it } from 'vitest';
import {
  balanceDays,
  invoiceDays,
  cashToCash,
  cashToCashContributions,
  cashToCashPoint,
  daysOutstanding,
  flowIn,
  openInvoiceContributions,
  outstandingPoint,
  type OpenInvoice,
} from './cash-to-cash.rules.ts';

const march = { from: '2026-03-01', last: '2026-03-31' };

describe('days of an invoice', () => {
  it('opens the amount on issue and takes off each payment on the day it arrived, in any order', () => {
    const days = invoiceDays({ issuedOn: '2026-03-01', amount: 3100 }, [
      { paidOn: '2026-04-05', amount: 2000 },
      { paidOn: '2026-03-11', amount: 1100 },
    ]);
    expect(days).toEqual([
      { day: '2026-03-01', delta: 3100, invoiced: 3100 },
      { day: '2026-03-11', delta: -1100, invoiced: 0 },
      { day: '2026-04-05', delta: -2000, invoiced: 0 },
    ]);
  });

  it('settles a prepayment on the issue day and never takes off more than the invoice amount', () => {
    expect(invoiceDays({ issuedOn: '2026-03-10', amount: 100 }, [{ paidOn: '2026-03-01', amount: 40 }])).toEqual([{ day: '2026-03-10', delta: 60, invoiced: 100 }]);
    expect(
      invoiceDays({ issuedOn: '2026-03-10', amount: 100 }, [
        { paidOn: '2026-03-12', amount: 70 },
        { paidOn: '2026-03-15', amount: 70 },
        { paidOn: '2026-03-20', amount: 5 },
      ]).map((entry) => [entry.day, entry.delta]),
    ).toEqual([
      ['2026-03-10', 100],
      ['2026-03-12', -70],
      ['2026-03-15', -30],
    ]);
  });

  it('opens nothing for an invoice paid in full on its issue day, balances being taken at the end of the day, but still counts it invoiced', () => {
    expect(invoiceDays({ issuedOn: '2026-03-10', amount: 100 }, [{ paidOn: '2026-03-10', amount: 100 }])).toEqual([{ day: '2026-03-10', delta: 0, invoiced: 100 }]);
  });
});

describe('average balance and days outstanding', () => {
  it('adds each day’s end balance over the window: an invoice paid after the window is open on every day of it since issue', () => {
    const steps = [
      ...invoiceDays({ issuedOn: '2026-03-01', amount: 3100 }, [
        { paidOn: '2026-03-11', amount: 1100 },
        { paidOn: '2026-04-05', amount: 2000 },
      ]),
      ...invoiceDays({ issuedOn: '2026-02-15', amount: 500 }, [{ paidOn: '2026-03-06', amount: 500 }]),
    ];
    // 10 days × 3,100 + 21 × 2,000 for the first; 5 days × 500 for the one from February.
    expect(balanceDays(steps, march)).toBe(31_000 + 42_000 + 2_500);
    expect(balanceDays(steps, { from: '2026-04-01', last: '2026-04-30' })).toBe(4 * 2000);
    expect(balanceDays(steps, { from: '2026-02-20', last: '2026-02-28' })).toBe(9 * 500);
  });

  it('divides the average balance by the annualised flow over 365, that is by the flow of an average day', () => {
    const outstanding = daysOutstanding(march, 86_500, 4100);
    expect(outstanding).toMatchObject({ days: 31, flow: 4100 });
    expect(outstanding.averageBalance).toBeCloseTo(86_500 / 31, 9);
    expect(outstanding.dailyFlow).toBeCloseTo(4100 / 31, 9);
    expect(outstanding.daysOutstanding).toBeCloseTo(86_500 / 4100, 9);
    expect(outstandingPoint({ start: '2026-03-01', end: '2026-03-31' }, outstanding)).toMatchObject({ numerator: 86_500 / 31, denominator: 4100 / 31 });
  });

  it('has no days outstanding without anything invoiced, and an empty point for a period in the future', () => {
    expect(daysOutstanding(march, 1000, 0).daysOutstanding).toBeNull();
    expect(outstandingPoint({ start: '2026-12-01', end: '2026-12-31' }, null)).toEqual({ periodStart: '2026-12-01', periodEnd: '2026-12-31', value: null, numerator: 0, denominator: 0 });
  });

  it('sums invoiced amounts inside the window only', () => {
    expect(
      flowIn(
        [
          { day: '2026-02-28', amount: 99 },
          { day: '2026-03-01', amount: 3100 },
          { day: '2026-03-21', amount: 1000 },
          { day: '2026-04-01', amount: 7 },
        ],
        march,
      ),
    ).toBe(4100);
  });
});

describe('cash-to-cash', () => {
  it('adds days of inventory and DSO and subtracts DPO, and is unknown when any term is', () => {
    expect(cashToCash({ daysOfInventory: 62, daysSalesOutstanding: 21, daysPayableOutstanding: 26.5 })).toBe(56.5);
    expect(cashToCash({ daysOfInventory: null, daysSalesOutstanding: 21, daysPayableOutstanding: 26.5 })).toBeNull();
    expect(cashToCash({ daysOfInventory: 62, daysSalesOutstanding: 21, daysPayableOutstanding: null })).toBeNull();
    const point = cashToCashPoint({ start: '2026-03-01', end: '2026-03-31' }, march, { daysOfInventory: 62, daysSalesOutstanding: 21, daysPayableOutstanding: 26.5 });
    expect(point).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-31', value: 56.5, numerator: 56.5, denominator: 31 });
    expect(cashToCashPoint({ start: '2026-12-01', end: '2026-12-31' }, null, null)).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('drills down to its three terms, signed as they enter the sum', () => {
    const page = cashToCashContributions({ daysOfInventory: 62, daysSalesOutstanding: 21, daysPayableOutstanding: 26.5 }, march);
    expect(page.items.map((item) => [item.subjectId, item.numerator])).toEqual([
      ['DAYS_OF_INVENTORY', 62],
      ['DAYS_SALES_OUTSTANDING', 21],
      ['DAYS_PAYABLE_OUTSTANDING', -26.5],
    ]);
    expect(page.items.reduce((total, item) => total + item.numerator, 0)).toBe(56.5);
  });
});

describe('open invoices behind receivables', () => {
  const invoice = (number: string, balanceDays: number, openAtEnd: number, dueDate: string): OpenInvoice => ({
    invoiceId: number,
    number,
    counterpartyId: 'c1',
    orderId: null,
    issuedOn: '2026-03-01',
    dueDate,
    amount: 3100,
    balanceDays,
    openAtEnd,
  });

  it('lists the largest share first, each adding its share of the average over the daily revenue, overdue ones marked', () => {
    const outstanding = daysOutstanding(march, 86_500, 4100);
    const page = openInvoiceContributions(
      'RECEIVABLE',
      [invoice('INV-4', 2500, 0, '2026-03-10'), invoice('INV-1', 73_000, 2000, '2026-03-25'), invoice('INV-2', 11_000, 1000, '2026-04-20')],
      outstanding,
      { first: 2, offset: 0 },
    );
    expect(page.totalCount).toBe(3);
    expect(page.items.map((item) => [item.subjectId, item.reasons])).toEqual([
      ['INV-1', ['OVERDUE']],
      ['INV-2', []],
    ]);
    expect(page.items[0]!.numerator / page.items[0]!.denominator).toBeCloseTo(73_000 / 4100, 9);
    expect(page.items[0]).toMatchObject({
      subjectType: 'CustomerInvoice',
      passed: null,
      label: 'INV-1 · customer c1 · issued 2026-03-01, due 2026-03-25 · 2000 of 3100 open on 2026-03-31, overdue 6 days · average open 2354.84 · 17.8 days',
    });
  });
});
