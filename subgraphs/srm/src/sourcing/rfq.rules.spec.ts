import { describe, expect, it } from 'vitest';
import { compareQuotes, validateNewRfq, validateQuote } from './rfq.rules.ts';

const rfq = { quantity: 1000, neededBy: '2026-12-20' };
const today = '2026-12-01';
const offer = (supplierId: string, unitPrice: number, leadTimeDays: number) => ({ quoteId: `q-${supplierId}`, supplierId, unitPrice, leadTimeDays, validUntil: '2026-12-31' });

describe('comparing quotes', () => {
  it('prefers the reliable supplier over one a little cheaper that is often late and rejected', () => {
    const history = new Map([
      ['cheap', { onTimeDelivery: 0.6, ppm: 8000 }],
      ['reliable', { onTimeDelivery: 0.98, ppm: 100 }],
    ]);
    const ranked = compareQuotes(rfq, [offer('cheap', 1.9, 10), offer('reliable', 2, 10)], history, today);
    expect(ranked.map((ranked) => [ranked.supplierId, ranked.rank])).toEqual([
      ['reliable', 1],
      ['cheap', 2],
    ]);
    expect(ranked[0]).toMatchObject({ totalPrice: 2000, meetsNeedDate: true, onTimeDelivery: 0.98, ppm: 100 });
  });

  it('takes a much cheaper offer when history is alike', () => {
    const ranked = compareQuotes(rfq, [offer('a', 2, 10), offer('b', 1.2, 10)], new Map(), today);
    expect(ranked[0]!.supplierId).toBe('b');
    expect(ranked[0]!.score).toBeCloseTo(0.5 + 0.3 * 0.95 + 0.2 * 0.95);
  });

  it('marks down an offer that arrives after the date needed, and breaks ties by lead time', () => {
    const ranked = compareQuotes(rfq, [offer('slow', 2, 25), offer('quick', 2, 5), offer('quicker', 2, 3)], new Map(), today);
    expect(ranked.map((ranked) => ranked.supplierId)).toEqual(['quicker', 'quick', 'slow']);
    expect(ranked[2]!.meetsNeedDate).toBe(false);
  });

  it('leaves out quotes no longer valid', () => {
    expect(compareQuotes(rfq, [{ ...offer('old', 1, 5), validUntil: '2026-11-30' }, offer('new', 2, 5)], new Map(), today).map((ranked) => ranked.supplierId)).toEqual(['new']);
  });
});

describe('RFQs and quotes', () => {
  it('refuses an RFQ without suppliers, with one twice, for nothing or for the past', () => {
    expect(() => validateNewRfq({ quantity: 1, neededBy: today, supplierIds: [] }, today)).toThrow(expect.objectContaining({ details: { field: 'supplierIds' } }));
    expect(() => validateNewRfq({ quantity: 1, neededBy: today, supplierIds: ['a', 'a'] }, today)).toThrow(expect.objectContaining({ details: { field: 'supplierIds' } }));
    expect(() => validateNewRfq({ quantity: 0, neededBy: today, supplierIds: ['a'] }, today)).toThrow(expect.objectContaining({ details: { field: 'quantity' } }));
    expect(() => validateNewRfq({ quantity: 1, neededBy: '2026-11-30', supplierIds: ['a'] }, today)).toThrow(expect.objectContaining({ details: { field: 'neededBy' } }));
  });

  it('takes quotes only while the RFQ is open and from invited suppliers that have not declined', () => {
    const terms = { unitPrice: 2, currency: 'eur', leadTimeDays: 5, validUntil: '2026-12-31' };
    expect(validateQuote({ number: 'RFQ-1', status: 'OPEN' }, 'INVITED', terms, today).currency).toBe('EUR');
    expect(() => validateQuote({ number: 'RFQ-1', status: 'AWARDED' }, 'INVITED', terms, today)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => validateQuote({ number: 'RFQ-1', status: 'OPEN' }, 'DECLINED', terms, today)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => validateQuote({ number: 'RFQ-1', status: 'OPEN' }, 'INVITED', { ...terms, validUntil: '2026-11-01' }, today)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
