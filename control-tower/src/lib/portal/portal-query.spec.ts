import { describe, expect, it } from 'vitest';
import { forecastByItem, forecastHref, forecastPages, forecastWeekStarts, readForecastQuery, readScorecardQuery } from './portal-query.ts';

// 30 November 2026 is a Monday.
const today = '2026-12-02';

describe('the forecast’s weeks', () => {
  it('start this week and run twelve weeks by default', () => {
    expect(readForecastQuery(new URLSearchParams(''), today)).toEqual({ query: { from: '2026-11-30', weeks: 12 }, problems: [] });
    expect(readForecastQuery(new URLSearchParams('from=2026-12-17&weeks=4'), today).query).toEqual({ from: '2026-12-14', weeks: 4 });
  });

  it('refuse a past week, a non-date and a number of weeks out of range, and go on with the defaults', () => {
    const { query, problems } = readForecastQuery(new URLSearchParams('from=2026-11-01&weeks=99'), today);
    expect(query).toEqual({ from: '2026-11-30', weeks: 12 });
    expect(problems).toEqual(['2026-11-01 lies before this week; the forecast starts this week.', '“99” is not a number of weeks from 1 to 26; showing 12.']);
    expect(readForecastQuery(new URLSearchParams('from=<script>'), today).problems).toEqual(['“<script>” is not a date (YYYY-MM-DD); showing from this week.']);
  });

  it('page by as many weeks, never before this one', () => {
    expect(forecastHref({ from: '2026-11-30', weeks: 12 }, today)).toBe('/portal/forecast');
    expect(forecastPages({ from: '2026-11-30', weeks: 12 }, today)).toEqual({ earlier: null, later: '/portal/forecast?from=2027-02-22' });
    expect(forecastPages({ from: '2026-12-14', weeks: 4 }, today)).toEqual({ earlier: '/portal/forecast?weeks=4', later: '/portal/forecast?from=2027-01-11&weeks=4' });
  });

  it('group srm’s item-weeks by item in SKU order, every week of the window shown, with totals', () => {
    const item = (sku: string) => ({ id: sku, sku, name: sku, unitOfMeasure: 'EA' });
    const weekStarts = forecastWeekStarts({ from: '2026-11-30', weeks: 3 });
    expect(weekStarts).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    const rows = forecastByItem(
      [
        { item: item('RM-013'), weekStart: '2026-12-07', firmQuantity: 0, plannedQuantity: 77 },
        { item: item('RM-001'), weekStart: '2026-11-30', firmQuantity: 10, plannedQuantity: 5 },
        { item: item('RM-013'), weekStart: '2026-11-30', firmQuantity: 243, plannedQuantity: 0 },
      ],
      weekStarts,
    );
    expect(rows.map((row) => [row.item.sku, row.weeks.map((week) => week.firmQuantity + week.plannedQuantity), row.firmTotal, row.plannedTotal])).toEqual([
      ['RM-001', [15, 0, 0], 10, 5],
      ['RM-013', [243, 77, 0], 243, 77],
    ]);
  });
});

describe('the scorecard’s period', () => {
  it('is the month by default, the week on request, and 90 days of lines either way', () => {
    expect(readScorecardQuery(new URLSearchParams(''), today)).toEqual({ grain: 'MONTH', window: { from: '2026-09-04', to: today }, problems: [] });
    expect(readScorecardQuery(new URLSearchParams('grain=week'), today).grain).toBe('WEEK');
    expect(readScorecardQuery(new URLSearchParams('grain=YEAR'), today).problems).toEqual(['“YEAR” is not a period; showing months.']);
  });
});
