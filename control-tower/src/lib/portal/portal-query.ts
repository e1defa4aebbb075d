import type { Grain } from '../graphql/__generated__/operations.ts';
import { isCalendarDate } from '../kpi/kpi-query.ts';
import { addDays, periodStart } from '../kpi/periods.ts';
import { readPage } from '../paging.ts';

/**
 * The portal pages' choices in the URL. Reading them never throws: a value
 * that is not one is a problem shown above the page, which goes on without it.
 */

export const portalOrdersPageSize = 25;

export const readPortalHomeQuery = (params: URLSearchParams) => {
  const { page, problem } = readPage(params);
  return { page, problems: problem ? [problem] : [] };
};

export const portalHomeHref = (page: number) => (page > 1 ? `/portal?page=${page}` : '/portal');

/** The forecast's window: from a week's Monday, a number of weeks (srm's default twelve, at most half a year). */
export interface ForecastQuery {
  from: string;
  weeks: number;
}

export const defaultForecastWeeks = 12;
export const maxForecastWeeks = 26;

export function readForecastQuery(params: URLSearchParams, today: string): { query: ForecastQuery; problems: string[] } {
  const problems: string[] = [];
  const thisWeek = periodStart(today, 'WEEK');
  const rawFrom = params.get('from')?.trim();
  let from = thisWeek;
  if (rawFrom) {
    if (!isCalendarDate(rawFrom)) problems.push(`“${rawFrom.slice(0, 20)}” is not a date (YYYY-MM-DD); showing from this week.`);
    // A past week's forecast is gone (what was firm has arrived or not): the forecast looks ahead only.
    else if (rawFrom < thisWeek) problems.push(`${rawFrom} lies before this week; the forecast starts this week.`);
    else from = periodStart(rawFrom, 'WEEK');
  }
  const rawWeeks = params.get('weeks')?.trim();
  let weeks = defaultForecastWeeks;
  if (rawWeeks) {
    const asked = Number(rawWeeks);
    if (Number.isInteger(asked) && asked >= 1 && asked <= maxForecastWeeks) weeks = asked;
    else problems.push(`“${rawWeeks.slice(0, 20)}” is not a number of weeks from 1 to ${maxForecastWeeks}; showing ${defaultForecastWeeks}.`);
  }
  return { query: { from, weeks }, problems };
}

export function forecastHref(query: ForecastQuery, today: string): string {
  const params = new URLSearchParams();
  if (query.from !== periodStart(today, 'WEEK')) params.set('from', query.from);
  if (query.weeks !== defaultForecastWeeks) params.set('weeks', String(query.weeks));
  return params.size ? `/portal/forecast?${params}` : '/portal/forecast';
}

/** The same number of weeks before (never before this week) and after. */
export function forecastPages(query: ForecastQuery, today: string): { earlier: string | null; later: string } {
  const thisWeek = periodStart(today, 'WEEK');
  const before = [addDays(query.from, -7 * query.weeks), thisWeek].sort().at(-1)!;
  return {
    earlier: query.from > thisWeek ? forecastHref({ ...query, from: before }, today) : null,
    later: forecastHref({ ...query, from: addDays(query.from, 7 * query.weeks) }, today),
  };
}

export interface ForecastRow {
  item: { id: string; sku: string; name: string; unitOfMeasure: string };
  weeks: { weekStart: string; firmQuantity: number; plannedQuantity: number }[];
  firmTotal: number;
  plannedTotal: number;
}

/** The Mondays of the forecast's window. */
export const forecastWeekStarts = (query: ForecastQuery) => Array.from({ length: query.weeks }, (_, index) => addDays(query.from, 7 * index));

/**
 * srm's item-weeks grouped by item (in SKU order), every week of the window
 * shown (srm leaves out weeks with nothing firm or planned), with totals.
 */
export function forecastByItem(
  weeks: readonly { weekStart: string; firmQuantity: number; plannedQuantity: number; item: ForecastRow['item'] }[],
  weekStarts: readonly string[],
): ForecastRow[] {
  const items = new Map<string, ForecastRow['item']>();
  for (const week of weeks) items.set(week.item.id, week.item);
  return [...items.values()]
    .sort((a, b) => a.sku.localeCompare(b.sku))
    .map((item) => {
      const known = weeks.filter((week) => week.item.id === item.id);
      const rows = weekStarts.map((weekStart) => {
        const week = known.find((candidate) => candidate.weekStart === weekStart);
        return { weekStart, firmQuantity: week?.firmQuantity ?? 0, plannedQuantity: week?.plannedQuantity ?? 0 };
      });
      return {
        item,
        weeks: rows,
        firmTotal: rows.reduce((sum, week) => sum + week.firmQuantity, 0),
        plannedTotal: rows.reduce((sum, week) => sum + week.plannedQuantity, 0),
      };
    });
}

/** The scorecard's period: KPI tiles by week or month, and srm's lines over the last 90 days. */
export type ScorecardGrain = Extract<Grain, 'WEEK' | 'MONTH'>;

export const scorecardDays = 90;

export function readScorecardQuery(params: URLSearchParams, today: string): { grain: ScorecardGrain; window: { from: string; to: string }; problems: string[] } {
  const raw = params.get('grain');
  const grain: ScorecardGrain = raw?.toUpperCase() === 'WEEK' ? 'WEEK' : 'MONTH';
  const problems = raw && !['WEEK', 'MONTH'].includes(raw.toUpperCase()) ? [`“${raw.slice(0, 20)}” is not a period; showing months.`] : [];
  return { grain, window: { from: addDays(today, 1 - scorecardDays), to: today }, problems };
}

export const scorecardHref = (grain: ScorecardGrain) => (grain === 'MONTH' ? '/portal/scorecard' : '/portal/scorecard?grain=WEEK');
