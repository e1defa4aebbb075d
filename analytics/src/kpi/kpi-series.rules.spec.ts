import { describe, expect, it } from 'vitest';
import { periodsBetween } from './kpi-period.rules.ts';
import { scopePredicates } from './kpi-predicates.ts';
import { bucketByPeriod, pointsOf, totalsByPeriod, totalsOfRows } from './kpi-series.rules.ts';

describe('KPI series', () => {
  const weeks = periodsBetween('2026-03-01', '2026-03-15', 'WEEK');

  it('buckets days into ISO weeks as date_trunc does, leaving out days of no requested period', () => {
    const totals = totalsByPeriod(
      [
        { day: '2026-02-27', numerator: 1, denominator: 1 },
        { day: '2026-03-02', numerator: 1, denominator: 2 },
        { day: '2026-03-08', numerator: 2, denominator: 2 },
        { day: '2026-03-16', numerator: 9, denominator: 9 },
      ],
      weeks,
      'WEEK',
    );
    expect([...totals]).toEqual([
      ['2026-02-23', { numerator: 1, denominator: 1 }],
      ['2026-03-02', { numerator: 3, denominator: 4 }],
      ['2026-03-09', { numerator: 0, denominator: 0 }],
    ]);
  });

  it('leaves out days outside the window even when their period is requested', () => {
    const totals = totalsByPeriod([{ day: '2026-03-14', numerator: 1, denominator: 1 }], weeks, 'WEEK', { from: '2026-03-01', last: '2026-03-12' });
    expect(totals.get('2026-03-09')).toEqual({ numerator: 0, denominator: 0 });
  });

  it('accumulates any per-day value, not only fractions', () => {
    const months = periodsBetween('2026-01-01', '2026-02-28', 'MONTH');
    const byMonth = bucketByPeriod(
      [
        ['2026-01-31', [1]],
        ['2026-02-01', [2, 3]],
      ],
      months,
      'MONTH',
      { empty: (): number[] => [], add: (into, value) => into.push(...value) },
    );
    expect(Object.fromEntries(byMonth)).toEqual({ '2026-01-01': [1], '2026-02-01': [2, 3] });
  });

  it('gives one point per requested period, without a value where nothing counted, from SQL rows as from memory', () => {
    const rows = [{ period: '2026-03-02', numerator: '3', denominator: '4', statistic: null }];
    expect(pointsOf(weeks, totalsOfRows(rows))).toEqual([
      { periodStart: '2026-02-23', periodEnd: '2026-03-01', value: null, numerator: 0, denominator: 0 },
      { periodStart: '2026-03-02', periodEnd: '2026-03-08', value: 0.75, numerator: 3, denominator: 4 },
      { periodStart: '2026-03-09', periodEnd: '2026-03-15', value: null, numerator: 0, denominator: 0 },
    ]);
    const median = totalsOfRows([{ period: '2026-03-09', numerator: 10, denominator: 4, statistic: '2.5' }]);
    expect(pointsOf(weeks, median, ({ statistic }) => statistic ?? null)[2]).toMatchObject({ value: 2.5 });
  });
});

describe('KPI filter predicates', () => {
  it('apply only the values given: one id, several, or one the statement already bound', () => {
    expect(scopePredicates([{ column: 'site_id', value: null }, { column: 'item_id', value: undefined }])).toEqual({ where: 'TRUE', and: '', params: [] });
    const predicates = scopePredicates([
      { column: 'l.site_id', value: 'a', boundTo: 'q.site_id' },
      { column: 'l.item_id', value: 'b' },
      { column: 'l.machine_id', value: ['c', 'd'] },
      { column: 'l.customer_id', value: null },
    ]);
    expect(predicates).toEqual({
      where: 'l.site_id = q.site_id AND l.item_id = ?::uuid AND l.machine_id = ANY(?::uuid[])',
      and: ' AND l.site_id = q.site_id AND l.item_id = ?::uuid AND l.machine_id = ANY(?::uuid[])',
      params: ['b', '{"c","d"}'],
    });
  });
});
