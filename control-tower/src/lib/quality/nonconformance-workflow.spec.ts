import { describe, expect, it } from 'vitest';
import { dispositionChoices, mayClose, readDisposition, valuesOutside } from './nonconformance-workflow.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('the disposition workflow', () => {
  it('offers an open supplier NCR every disposition, return to supplier included, to quality engineers only', () => {
    const ncr = { status: 'OPEN', source: 'SUPPLIER' } as const;
    expect(dispositionChoices(ncr, ['quality'])).toEqual(['USE_AS_IS', 'CONCESSION', 'REWORK', 'SCRAP', 'RETURN_TO_SUPPLIER']);
    expect(dispositionChoices(ncr, ['admin'])).toHaveLength(5);
    expect(dispositionChoices(ncr, ['planner', 'operator', 'executive'])).toEqual([]);
  });

  it('sends back to the supplier only what a supplier delivered', () => {
    expect(dispositionChoices({ status: 'OPEN', source: 'INTERNAL' }, ['quality'])).not.toContain('RETURN_TO_SUPPLIER');
    expect(dispositionChoices({ status: 'OPEN', source: 'CUSTOMER' }, ['quality'])).toEqual(['USE_AS_IS', 'CONCESSION', 'REWORK', 'SCRAP']);
  });

  it('decides once, and closes only what is dispositioned', () => {
    expect(dispositionChoices({ status: 'DISPOSITIONED', source: 'SUPPLIER' }, ['quality'])).toEqual([]);
    expect(mayClose({ status: 'DISPOSITIONED', source: 'SUPPLIER' }, ['quality'])).toBe(true);
    expect(mayClose({ status: 'OPEN', source: 'SUPPLIER' }, ['quality'])).toBe(false);
    expect(mayClose({ status: 'DISPOSITIONED', source: 'SUPPLIER' }, ['buyer'])).toBe(false);
  });

  it('reads the form: a known disposition, with a justification where qms needs one', () => {
    expect(readDisposition(form({ disposition: 'SCRAP' }))).toEqual({ value: { disposition: 'SCRAP', note: null }, problem: null });
    expect(readDisposition(form({ disposition: 'CONCESSION', note: '  permit 12 ' }))).toEqual({ value: { disposition: 'CONCESSION', note: 'permit 12' }, problem: null });
    expect(readDisposition(form({ disposition: 'USE_AS_IS', note: '   ' })).problem).toBe('Use as is needs a justification.');
    expect(readDisposition(form({ disposition: 'BURN_IT' })).problem).toBe('Choose one of the dispositions offered.');
    expect(readDisposition(form({})).problem).toBe('Choose one of the dispositions offered.');
    expect(readDisposition(form({ disposition: 'REWORK', note: 'x'.repeat(1001) })).problem).toContain('1,000');
  });
});

describe('failed inspection results', () => {
  it('picks the measured values outside inclusive limits', () => {
    expect(valuesOutside({ kind: 'MEASURED', lowerLimit: 24.95, upperLimit: 25.05 }, [24.95, 25.06, 24.9, 25.05])).toEqual([25.06, 24.9]);
    expect(valuesOutside({ kind: 'MEASURED', lowerLimit: null, upperLimit: 10 }, [-100, 11])).toEqual([11]);
    expect(valuesOutside({ kind: 'ATTRIBUTE', lowerLimit: null, upperLimit: null }, null)).toEqual([]);
  });
});
