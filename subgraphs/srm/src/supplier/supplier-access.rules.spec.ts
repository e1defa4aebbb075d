import { describe, expect, it } from 'vitest';
import { noSupplier, supplierScope } from '@plexus/host';
import { isVisibleTo, scopedSupplierFilter } from './supplier-access.rules.ts';

const own = '01930000-0000-7000-8000-0000000000a1';
const other = '01930000-0000-7000-8000-0000000000b2';

describe('supplier scope', () => {
  it('confines a supplier user to its own supplier and lets every other role see all', () => {
    expect(supplierScope({ role: 'supplier', supplierId: own })).toBe(own);
    expect(supplierScope({ role: 'buyer' })).toBeNull();
    expect(supplierScope({ role: 'executive', supplierId: own })).toBeNull();
  });

  it('fails closed: a supplier user without a valid supplier sees nothing', () => {
    expect(supplierScope({ role: 'supplier' })).toBe(noSupplier);
    expect(supplierScope({ role: 'supplier', supplierId: 'acme' })).toBe(noSupplier);
    expect(isVisibleTo({ role: 'supplier' }, own)).toBe(false);
  });

  it('shows a supplier user its own records only', () => {
    expect(isVisibleTo({ role: 'supplier', supplierId: own }, own)).toBe(true);
    expect(isVisibleTo({ role: 'supplier', supplierId: own }, other)).toBe(false);
    expect(isVisibleTo({ role: 'planner' }, other)).toBe(true);
  });

  it('narrows a requested supplier filter to the scope', () => {
    expect(scopedSupplierFilter({ role: 'supplier', supplierId: own }, null)).toBe(own);
    expect(scopedSupplierFilter({ role: 'supplier', supplierId: own }, own)).toBe(own);
    expect(scopedSupplierFilter({ role: 'supplier', supplierId: own }, other)).toBe(noSupplier);
    expect(scopedSupplierFilter({ role: 'buyer' }, other)).toBe(other);
    expect(scopedSupplierFilter({ role: 'buyer' }, undefined)).toBeNull();
  });
});
