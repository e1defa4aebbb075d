import { describe, expect, it } from 'vitest';
import { authorizeKpi, scopedFilter } from './kpi-query.rules.ts';

const own = '01930000-0000-7000-8000-0000000000a1';
const other = '01930000-0000-7000-8000-0000000000b2';
const third = '01930000-0000-7000-8000-0000000000c3';
const company = { supplierId: null, siteIds: null };
const supplier = { supplierId: own, siteIds: null };

describe('the supplier portal’s KPIs', () => {
  it('always filters a supplier user’s KPIs to its own supplier, and leaves company roles’ filters as asked', () => {
    expect(scopedFilter(null, supplier)).toEqual({ supplierId: own });
    expect(scopedFilter({ siteId: other }, supplier)).toEqual({ siteId: other, supplierId: own });
    expect(scopedFilter({ supplierId: own.toUpperCase() }, supplier)).toEqual({ supplierId: own });
    expect(scopedFilter({ supplierId: other }, company)).toEqual({ supplierId: other });
    expect(scopedFilter(undefined, company)).toBeUndefined();
  });

  it('refuses a supplier user another supplier’s scorecard and KPIs not measured per supplier', () => {
    expect(() => scopedFilter({ supplierId: other }, supplier)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeKpi({ name: 'OTIF', filters: ['siteId', 'customerId'] }, supplier)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeKpi({ name: 'SUPPLIER_PPM', filters: ['supplierId'] }, supplier)).not.toThrow();
    expect(() => authorizeKpi({ name: 'OTIF', filters: ['siteId'] }, company)).not.toThrow();
  });
});

describe('a site-scoped user’s KPIs', () => {
  it('are filtered to its only site, or the one of its sites it names', () => {
    expect(scopedFilter(null, { supplierId: null, siteIds: [own] })).toEqual({ siteId: own });
    expect(scopedFilter({ customerId: third }, { supplierId: null, siteIds: [own] })).toEqual({ customerId: third, siteId: own });
    expect(scopedFilter({ siteId: other.toUpperCase() }, { supplierId: null, siteIds: [own, other] })).toEqual({ siteId: other });
  });

  it('refuse another site, a missing site when it has several, and KPIs not measured per site', () => {
    expect(() => scopedFilter({ siteId: third }, { supplierId: null, siteIds: [own, other] })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => scopedFilter({}, { supplierId: null, siteIds: [own, other] })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => authorizeKpi({ name: 'OEE', filters: ['machineId', 'workCenterId'] }, { supplierId: null, siteIds: [own] })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeKpi({ name: 'OTIF', filters: ['siteId'] }, { supplierId: null, siteIds: [own] })).not.toThrow();
  });
});
