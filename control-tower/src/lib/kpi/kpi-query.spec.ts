import { describe, expect, it } from 'vitest';
import { isCalendarDate, kpiFilter, kpiHref, knownFilters, readKpiQuery, type KpiQueryField, type Problems } from './kpi-query.ts';

const today = '2026-11-30';
const site = '0196a1b2-0000-7000-8000-000000000001';
const read = (search: string) => readKpiQuery(new URLSearchParams(search), today);

describe('reading the KPI query from the URL', () => {
  it('defaults to this month with no filter', () => {
    expect(read('')).toEqual({ query: { grain: 'MONTH', asOf: null, siteId: null, customerId: null, itemId: null, supplierId: null }, problems: {} });
  });

  it('reads a grain, a day and filters, normalising case', () => {
    const { query, problems } = read(`grain=week&asOf=2026-11-02&site=${site.toUpperCase()}&supplier=${site}`);
    expect(problems).toEqual({});
    expect(query).toMatchObject({ grain: 'WEEK', asOf: '2026-11-02', siteId: site, supplierId: site });
    expect(kpiFilter(query)).toEqual({ siteId: site, supplierId: site });
  });

  it('turns hostile or malformed values into problems, never into the request', () => {
    const { query, problems } = read("grain=YEAR&asOf=2026-02-30&customer=' OR 1=1 --&item=%25&site=<script>&supplier=S-0001");
    expect(query).toEqual({ grain: 'MONTH', asOf: null, siteId: null, customerId: null, itemId: null, supplierId: null });
    expect(Object.keys(problems).sort()).toEqual(['asOf', 'customer', 'grain', 'item', 'site', 'supplier']);
    expect(problems.customer).toContain('is not a customer id');
  });

  it('refuses a day in the future', () => {
    expect(read('asOf=2026-12-01').problems.asOf).toBe('2026-12-01 is in the future; showing today.');
  });

  it('knows calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('drops a well-formed id the graph does not know, saying so', () => {
    const problems: Problems<KpiQueryField> = {};
    const query = knownFilters(read(`site=${site}`).query, { sites: [], customers: [], items: [], suppliers: [] }, problems);
    expect(query.siteId).toBeNull();
    expect(problems.site).toContain('There is no site');
  });

  it('writes links that leave defaults out', () => {
    expect(kpiHref('/', read('').query)).toBe('/');
    expect(kpiHref('/kpi/otif', read('grain=DAY').query, { page: 2, period: null })).toBe('/kpi/otif?grain=DAY&page=2');
  });
});
