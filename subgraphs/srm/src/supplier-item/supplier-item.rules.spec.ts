import { describe, expect, it } from 'vitest';
import { orderQuantityProblem, roundUpToOrderable, unitPriceFor, validateTerms } from './supplier-item.rules.ts';

const terms = {
  currency: 'eur',
  leadTimeDays: 10,
  minimumOrderQuantity: 100,
  orderMultiple: 50,
  overDeliveryTolerance: 0.05,
  priceBreaks: [
    { minimumQuantity: 1000, unitPrice: 1.6 },
    { minimumQuantity: 100, unitPrice: 2 },
    { minimumQuantity: 500, unitPrice: 1.8 },
  ],
};

describe('price breaks', () => {
  const { priceBreaks } = validateTerms(terms);

  it('are sorted by quantity when terms are set', () => {
    expect(priceBreaks.map((priceBreak) => priceBreak.minimumQuantity)).toEqual([100, 500, 1000]);
  });

  it.each([
    [100, 2],
    [499, 2],
    [500, 1.8],
    [999.5, 1.8],
    [1000, 1.6],
    [25_000, 1.6],
    [99, null],
  ])('price %d units at %s', (quantity, price) => {
    expect(unitPriceFor(priceBreaks, quantity)).toBe(price);
  });

  it.each([
    [{ currency: 'euro' }, 'currency'],
    [{ leadTimeDays: -1 }, 'leadTimeDays'],
    [{ leadTimeDays: 2.5 }, 'leadTimeDays'],
    [{ minimumOrderQuantity: 0 }, 'minimumOrderQuantity'],
    [{ orderMultiple: -5 }, 'orderMultiple'],
    [{ overDeliveryTolerance: 1.5 }, 'overDeliveryTolerance'],
    [{ priceBreaks: [] }, 'priceBreaks'],
    [{ priceBreaks: [{ minimumQuantity: 200, unitPrice: 2 }] }, 'priceBreaks'],
    [{ priceBreaks: [{ minimumQuantity: 100, unitPrice: 2 }, { minimumQuantity: 100, unitPrice: 1 }] }, 'priceBreaks'],
    [{ priceBreaks: [{ minimumQuantity: 100, unitPrice: -1 }] }, 'priceBreaks'],
  ])('refuses %o naming %s', (change, field) => {
    expect(() => validateTerms({ ...terms, ...change })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }));
  });
});

describe('order quantities', () => {
  it('are at least the minimum and whole multiples', () => {
    expect(orderQuantityProblem(terms, 150)).toBeNull();
    expect(orderQuantityProblem(terms, 50)).toMatch(/minimum order quantity of 100/);
    expect(orderQuantityProblem(terms, 120)).toMatch(/multiple of 50/);
    expect(orderQuantityProblem({ minimumOrderQuantity: 0.1, orderMultiple: 0.1 }, 0.3)).toBeNull();
  });

  it('round a need up to the next quantity the supplier sells', () => {
    expect(roundUpToOrderable(terms, 20)).toBe(100);
    expect(roundUpToOrderable(terms, 101)).toBe(150);
    expect(roundUpToOrderable(terms, 150)).toBe(150);
  });
});
