import { describe, expect, it } from 'vitest';
import { assertClosable, assertDisposition, validateNewNonconformance } from './nonconformance.rules.ts';

const open = { number: 'NCR-1', status: 'OPEN' as const, source: 'SUPPLIER' as const };

describe('the disposition workflow', () => {
  it('lets an open nonconformance be dispositioned once, then closed', () => {
    for (const disposition of ['REWORK', 'SCRAP', 'RETURN_TO_SUPPLIER'] as const) expect(() => assertDisposition(open, disposition, null)).not.toThrow();
    expect(() => assertDisposition(open, 'CONCESSION', 'Customer deviation permit 42')).not.toThrow();
    expect(() => assertClosable({ ...open, status: 'DISPOSITIONED' })).not.toThrow();
  });

  it.each([
    ['a second disposition', { ...open, status: 'DISPOSITIONED' as const }, 'SCRAP' as const],
    ['a disposition after closing', { ...open, status: 'CLOSED' as const }, 'REWORK' as const],
    ['returning what was made here to a supplier', { ...open, source: 'INTERNAL' as const }, 'RETURN_TO_SUPPLIER' as const],
  ])('refuses %s as a conflict', (_, ncr, disposition) => {
    expect(() => assertDisposition(ncr, disposition, 'why')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('refuses closing before a disposition', () => {
    expect(() => assertClosable(open)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('needs a justification to use material as it is or under concession', () => {
    expect(() => assertDisposition(open, 'USE_AS_IS', '  ')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'note' } }));
    expect(() => assertDisposition(open, 'CONCESSION', null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('a new nonconformance', () => {
  it.each([
    ['no description', { description: ' ' }, 'description'],
    ['no quantity', { quantity: 0 }, 'quantity'],
    ['a supplier nonconformance without its supplier', { supplierId: null }, 'supplierId'],
  ])('refuses %s', (_, overrides, field) => {
    expect(() => validateNewNonconformance({ source: 'SUPPLIER', description: 'Burrs', quantity: 5, supplierId: 's', ...overrides })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }),
    );
  });
});
