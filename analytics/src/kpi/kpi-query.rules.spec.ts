import { describe, expect, it } from 'vitest';
import { authorizeKpi, supplierScopedFilter } from './kpi-query.rules.ts';

const own = '01930000-0000-7000-8000-0000000000a1';
const other = '01930000-0000-7000-8000-0000000000b2';

describe('the supplier portal’s KPIs', () => {
  it('always filters a supplier user’s KPIs to its own supplier, and leaves company roles’ filters as asked', () => {
    expect(supplierScopedFilter(null, own)).toEqual({ supplierId: own });
    expect(supplierScopedFilter({ siteId: other }, own)).toEqual({ siteId: other, supplierId: own });
    expect(supplierScopedFilter({ supplierId: own.toUpperCase() }, own)).toEqual({ supplierId: own });
    expect(supplierScopedFilter({ supplierId: other }, null)).toEqual({ supplierId: other });
    expect(supplierScopedFilter(undefined, null)).toBeUndefined();
  });

  it('refuses a supplier user another supplier’s scorecard and KPIs not measured per supplier', () => {
    expect(() => supplierScopedFilter({ supplierId: other }, own)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeKpi({ name: 'OTIF', filters: ['siteId', 'customerId'] }, own)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeKpi({ name: 'SUPPLIER_PPM', filters: ['supplierId'] }, own)).not.toThrow();
    expect(() => authorizeKpi({ name: 'OTIF', filters: ['siteId'] }, null)).not.toThrow();
  });
});
