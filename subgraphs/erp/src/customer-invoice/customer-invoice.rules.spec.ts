import { describe, expect, it } from 'vitest';
import { DomainError } from '@plexus/errors';
import { billDispatched, creditLines, invoiceCents, isAccurate, validateManualLines, validatePayment } from './customer-invoice.rules.ts';

const ordered = [
  { lineId: 'L1', itemId: 'pump', quantity: 10, unitPrice: 12.5 },
  { lineId: 'L2', itemId: 'valve', quantity: 4, unitPrice: 3.33 },
];

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};

describe('invoicing what was dispatched', () => {
  it('bills the shipped quantities of each order line at the order’s prices, lots merged', () => {
    const lines = billDispatched(ordered, [
      { salesOrderLineId: 'L2', itemId: 'valve', quantity: 1 },
      { salesOrderLineId: 'L1', itemId: 'pump', quantity: 6 },
      { salesOrderLineId: 'L1', itemId: 'pump', quantity: 2 },
    ]);
    expect(lines).toEqual([
      { salesOrderLineId: 'L1', itemId: 'pump', quantity: 8, unitPrice: 12.5 },
      { salesOrderLineId: 'L2', itemId: 'valve', quantity: 1, unitPrice: 3.33 },
    ]);
    expect(invoiceCents(lines)).toBe(10_333);
  });

  it('is accurate only when it bills exactly what was dispatched at the order’s prices', () => {
    const dispatched = [{ salesOrderLineId: 'L1', itemId: 'pump', quantity: 8 }];
    const right = [{ salesOrderLineId: 'L1', itemId: 'pump', quantity: 8, unitPrice: 12.5 }];
    expect(isAccurate(right, ordered, dispatched)).toBe(true);
    expect(isAccurate([{ ...right[0]!, quantity: 9 }], ordered, dispatched)).toBe(false);
    expect(isAccurate([{ ...right[0]!, unitPrice: 13 }], ordered, dispatched)).toBe(false);
    expect(isAccurate([...right, { salesOrderLineId: 'L2', itemId: 'valve', quantity: 1, unitPrice: 3.33 }], ordered, dispatched)).toBe(false);
    expect(isAccurate([], ordered, dispatched)).toBe(false);
  });

  it('refuses a clerk’s line for another order, of nothing, or at a negative price', () => {
    expect(codeOf(() => validateManualLines([], ordered))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateManualLines([{ salesOrderLineId: 'X', itemId: 'pump', quantity: 1, unitPrice: 1 }], ordered))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateManualLines([{ salesOrderLineId: 'L1', itemId: 'pump', quantity: 0, unitPrice: 1 }], ordered))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateManualLines([{ salesOrderLineId: 'L1', itemId: 'pump', quantity: 1, unitPrice: -1 }], ordered))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateManualLines([{ salesOrderLineId: 'L1', itemId: 'pump', quantity: 1, unitPrice: 0 }], ordered))).toBeNull();
  });
});

describe('credit notes and payments', () => {
  const invoiced = [{ salesOrderLineId: 'L1', quantity: 8, unitPrice: 12.5, creditedQuantity: 2 }];

  it('credit up to what each line still bills and what is still open', () => {
    expect(creditLines(invoiced, [{ salesOrderLineId: 'L1', quantity: 6 }], 7_500)).toEqual([{ salesOrderLineId: 'L1', quantity: 6, cents: 7_500 }]);
    expect(codeOf(() => creditLines(invoiced, [{ salesOrderLineId: 'L1', quantity: 7 }], 10_000))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => creditLines(invoiced, [{ salesOrderLineId: 'L1', quantity: 6 }], 7_499))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => creditLines(invoiced, [{ salesOrderLineId: 'L2', quantity: 1 }], 10_000))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => creditLines(invoiced, [], 10_000))).toBe('BAD_USER_INPUT');
  });

  it('take partial payments and the exact open amount, and refuse more or nothing', () => {
    expect(codeOf(() => validatePayment(1, 100))).toBeNull();
    expect(codeOf(() => validatePayment(100, 100))).toBeNull();
    expect(codeOf(() => validatePayment(101, 100))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validatePayment(0, 100))).toBe('BAD_USER_INPUT');
  });
});
