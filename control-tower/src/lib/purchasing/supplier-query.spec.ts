import { describe, expect, it } from 'vitest';
import { readSupplierQuery, supplierHref } from './supplier-query.ts';

const today = '2026-05-14';
const read = (search: string) => readSupplierQuery(new URLSearchParams(search), today);

describe('the supplier page’s query', () => {
  it('shows the last 90 days and twelve weeks by default', () => {
    const { query, problems } = read('');
    expect(problems).toEqual([]);
    expect(query.grain).toBe('WEEK');
    expect(query.period).toBeNull();
    expect(query.scorecard).toEqual({ from: '2026-02-14', to: today });
    // 14 May 2026 is a Thursday: its week started on Monday the 11th, eleven weeks before that on 23 February.
    expect(query.window.from).toBe('2026-02-23');
    expect(query.window.to).toBe(today);
  });

  it('scores a period picked on the trend, up to today when it is the current one', () => {
    expect(read('grain=MONTH&period=2026-03-01').query.scorecard).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(read('grain=MONTH&period=2026-05-01').query.scorecard).toEqual({ from: '2026-05-01', to: today });
    expect(read('period=2026-05-04').query.scorecard).toEqual({ from: '2026-05-04', to: '2026-05-10' });
  });

  it('refuses a period the chart does not show and goes on with the last 90 days', () => {
    for (const period of ['2026-05-05', '2020-01-06', '2026-06-01', 'soon']) {
      const { query, problems } = read(`period=${period}`);
      expect(query.period).toBeNull();
      expect(problems).toEqual([expect.stringContaining('is not a period of this chart')]);
    }
    expect(read('grain=DAY').query.grain).toBe('WEEK');
  });

  it('writes only the choices that differ from the defaults', () => {
    expect(supplierHref('s-1', { grain: 'WEEK', period: null })).toBe('/purchasing/suppliers/s-1');
    expect(supplierHref('s-1', { grain: 'MONTH', period: '2026-03-01' })).toBe('/purchasing/suppliers/s-1?grain=MONTH&period=2026-03-01');
  });
});
