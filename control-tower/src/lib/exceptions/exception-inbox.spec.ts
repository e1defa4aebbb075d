import { describe, expect, it } from 'vitest';
import type { ExceptionStatus } from '../graphql/__generated__/operations.ts';
import { filterOf, formatAge, inboxHref, matches, mergeLive, readInboxQuery, readRuleForm, subjectHref } from './exception-inbox.ts';

const site = '0199a000-0000-7000-8000-000000000001';

describe('the exception inbox query', () => {
  it('shows what still needs someone by default and keeps filters in the URL', () => {
    const { query, problems } = readInboxQuery(new URLSearchParams());
    expect(problems).toEqual([]);
    expect(filterOf(query)).toEqual({ status: ['OPEN', 'ACKNOWLEDGED'] });
    const chosen = readInboxQuery(new URLSearchParams({ status: 'all', kind: 'machine_down', severity: 'HIGH', site, page: '2' })).query;
    expect(filterOf(chosen)).toEqual({ kind: ['MACHINE_DOWN'], severity: ['HIGH'], siteId: site });
    expect(inboxHref(chosen)).toBe(`/exceptions?status=ALL&kind=MACHINE_DOWN&severity=HIGH&site=${site}&page=2`);
    expect(inboxHref(chosen, { page: 1, status: 'ACTIVE', kind: null, severity: null, siteId: null })).toBe('/exceptions');
  });

  it('names each value that is not one and goes on without it', () => {
    const { query, problems } = readInboxQuery(new URLSearchParams({ status: 'LATE', kind: '<script>', site: "' OR 1=1", page: '-3' }));
    expect(problems).toHaveLength(4);
    expect(query).toEqual({ status: 'ACTIVE', kind: null, severity: null, siteId: null, page: 1 });
  });
});

describe('live changes', () => {
  const query = readInboxQuery(new URLSearchParams({ kind: 'MACHINE_DOWN' })).query;
  const row = (id: string, status: ExceptionStatus = 'OPEN') => ({ id, status, kind: 'MACHINE_DOWN', severity: 'LOW', siteId: site }) as const;

  it('belong to the list when they match its filters', () => {
    expect(matches(query, row('a'))).toBe(true);
    expect(matches(query, row('a', 'RESOLVED'))).toBe(false);
    expect(matches(query, { ...row('a'), kind: 'STOCK_OUT' })).toBe(false);
  });

  it('put a new one on top, replace a changed one in place, and take out one that no longer belongs', () => {
    const rows = [row('a'), row('b')];
    expect(mergeLive(rows, row('c'), true)).toEqual({ rows: [row('c'), row('a'), row('b')], added: true });
    expect(mergeLive(rows, row('b', 'ACKNOWLEDGED'), true)).toEqual({ rows: [row('a'), row('b', 'ACKNOWLEDGED')], added: false });
    expect(mergeLive(rows, row('a', 'RESOLVED'), false)).toEqual({ rows: [row('b')], added: false });
    expect(mergeLive(rows, row('z', 'RESOLVED'), false)).toEqual({ rows, added: false });
  });
});

describe('rows', () => {
  it('link their subject to its page, lots excepted', () => {
    expect(subjectHref({ subjectKind: 'SALES_ORDER', subjectId: 'x' })).toBe('/orders/x');
    expect(subjectHref({ subjectKind: 'PURCHASE_ORDER', subjectId: 'x' })).toBe('/purchasing/x');
    expect(subjectHref({ subjectKind: 'MACHINE', subjectId: 'x' })).toBe('/production/machines/x');
    expect(subjectHref({ subjectKind: 'ITEM', subjectId: 'x' })).toBe('/inventory?item=x');
    expect(subjectHref({ subjectKind: 'LOT', subjectId: 'x' })).toBeNull();
  });

  it('say their age in minutes, hours, then days, in the reader’s locale', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(formatAge('2026-03-10T11:55:00Z', now, 'en-US')).toBe('5 min');
    expect(formatAge('2026-03-10T09:00:00Z', now, 'en-US')).toBe('3 hr');
    expect(formatAge('2026-03-07T12:00:00Z', now, 'de-DE')).toBe('3 Tg.');
  });
});

describe('the rule form', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };
  const good = { kind: 'MACHINE_DOWN', enabled: 'on', raiseAt: '0', mediumAt: '15', highAt: '60', criticalAt: '240', ownerRole: 'operator' };

  it('reads numbers and the switch', () => {
    expect(readRuleForm(form(good))).toEqual({ value: { kind: 'MACHINE_DOWN', enabled: true, raiseAt: 0, mediumAt: 15, highAt: 60, criticalAt: 240, ownerRole: 'operator' }, problem: null });
    expect(readRuleForm(form({ ...good, enabled: '' })).value?.enabled).toBe(false);
  });

  it('names what is wrong instead of sending it', () => {
    expect(readRuleForm(form({ ...good, kind: 'WEATHER' })).problem).toMatch(/kind/);
    expect(readRuleForm(form({ ...good, highAt: 'ten' })).problem).toMatch(/High from/);
    expect(readRuleForm(form({ ...good, highAt: '500' })).problem).toMatch(/rise/);
  });
});
