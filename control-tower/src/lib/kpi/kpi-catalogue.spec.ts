import { describe, expect, it } from 'vitest';
import { contributionHref } from './contribution-links.ts';
import { changeDirection, tileStatus, formatKpiChange, formatKpiValue, formatTarget, groupTiles, kpiNameOf, kpiSlug, kpiStatusLabel } from './kpi-catalogue.ts';

describe('KPI tiles in plain words', () => {
  it('says "no data yet" for a missing value, never 0', () => {
    expect(formatKpiValue(null, 'RATIO')).toBe('no data yet');
    expect(formatKpiValue(0, 'RATIO')).toBe('0%');
  });

  it('shows each unit plainly', () => {
    expect(formatKpiValue(0.9184, 'RATIO')).toBe('91.8%');
    expect(formatKpiValue(4.25, 'DAYS')).toBe('4.3 days');
    expect(formatKpiValue(6.04, 'TURNS')).toBe('6 turns a year');
    expect(formatKpiValue(1234.4, 'PPM')).toBe('1,234 ppm');
    expect(formatKpiValue(0.9184, 'RATIO', 'de-DE')).toMatch(/^91,8\s%$/);
  });

  it('gives changes in percentage points for ratios and says which way is better', () => {
    expect(formatKpiChange(-0.0125, 'RATIO')).toBe('−1.3 pts');
    expect(formatKpiChange(2, 'DAYS')).toBe('+2 days');
    expect(formatKpiChange(null, 'DAYS')).toBe('no change to compare');
    expect(changeDirection(2, false)).toBe('worse');
    expect(changeDirection(0.01, true)).toBe('better');
    expect(changeDirection(0, true)).toBe('flat');
  });

  it('states targets with their direction, and their absence', () => {
    expect(formatTarget(0.95, 'RATIO', true)).toBe('target at least 95%');
    expect(formatTarget(10, 'DAYS', false)).toBe('target at most 10 days');
    expect(formatTarget(null, 'DAYS', false)).toBe('no target');
    expect(kpiStatusLabel('NO_DATA')).toBe('no data yet');
    expect(kpiStatusLabel('NO_TARGET')).toBe('no target');
    expect(tileStatus({ status: 'ON_TARGET', target: null })).toBe('NO_TARGET');
    expect(tileStatus({ status: 'NO_DATA', target: null })).toBe('NO_DATA');
    expect(tileStatus({ status: 'OFF_TARGET', target: 0.95 })).toBe('OFF_TARGET');
  });

  it('groups tiles by section, in reading order, keeping unknown KPIs', () => {
    const groups = groupTiles([{ name: 'CASH_TO_CASH' }, { name: 'OTIF' }, { name: 'NEW_MEASURE' }, { name: 'OEE' }]);
    expect(groups.map((group) => [group.id, group.tiles.map((tile) => tile.name)])).toEqual([
      ['customer', ['OTIF']],
      ['operations', ['OEE']],
      ['finance', ['CASH_TO_CASH']],
      ['other', ['NEW_MEASURE']],
    ]);
  });

  it('round-trips KPI names through their path segment', () => {
    expect(kpiSlug('PERFECT_ORDER_RATE')).toBe('perfect-order-rate');
    expect(kpiNameOf('perfect-order-rate')).toBe('PERFECT_ORDER_RATE');
  });
});

describe('links from a contribution to its record', () => {
  it('opens the record, or the order that holds a line', () => {
    expect(contributionHref({ subjectType: 'SalesOrder', subjectId: 'o1' })).toBe('/orders/o1');
    expect(contributionHref({ subjectType: 'SalesOrderLine', subjectId: 'l1', orderId: 'o1' })).toBe('/orders/o1');
    expect(contributionHref({ subjectType: 'PurchaseOrderLine', subjectId: 'l1', orderId: 'p1' })).toBe('/purchasing/p1');
    expect(contributionHref({ subjectType: 'WorkOrder', subjectId: 'w1' })).toBe('/production/work-orders/w1');
    expect(contributionHref({ subjectType: 'Machine', subjectId: 'm1' })).toBe('/production/machines/m1');
    expect(contributionHref({ subjectType: 'SupplierInvoice', subjectId: 'i1' })).toBe('/finance/invoices/i1');
    expect(contributionHref({ subjectType: 'Kpi', subjectId: 'DAYS_SALES_OUTSTANDING' })).toBe('/kpi/days-sales-outstanding');
  });

  it('has no link for a line without its order or an unknown subject', () => {
    expect(contributionHref({ subjectType: 'SalesOrderLine', subjectId: 'l1', orderId: null })).toBeNull();
    expect(contributionHref({ subjectType: 'Spaceship', subjectId: 'x' })).toBeNull();
  });
});
