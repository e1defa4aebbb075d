import { describe, expect, it } from 'vitest';
import { nextStep, proposerWords } from './portal-words.ts';

const proposed = (origin: string) => ({ origin, status: 'PROPOSED' });

describe('what an order waits for', () => {
  it('asks the supplier to confirm a sent order, and to answer the buyer first', () => {
    expect(nextStep({ status: 'SENT', changes: [] })).toBe('confirm with your dates');
    expect(nextStep({ status: 'SENT', changes: [proposed('BUYER')] })).toBe('answer the buyer’s proposal');
    expect(nextStep({ status: 'CONFIRMED', changes: [proposed('BUYER'), { origin: 'SUPPLIER', status: 'REJECTED' }] })).toBe('answer the buyer’s proposal');
  });

  it('says when the supplier waits on the buyer, and nothing once the order is settled', () => {
    expect(nextStep({ status: 'SENT', changes: [proposed('SUPPLIER')] })).toBe('confirm (your proposal waits for the buyer)');
    expect(nextStep({ status: 'CONFIRMED', changes: [proposed('SUPPLIER')] })).toBe('your proposal waits for the buyer');
    expect(nextStep({ status: 'CONFIRMED', changes: [{ origin: 'BUYER', status: 'ACCEPTED' }] })).toBeNull();
    expect(proposerWords('BUYER')).toBe('The buyer asked');
    expect(proposerWords('SUPPLIER')).toBe('You proposed');
  });
});
