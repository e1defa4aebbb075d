import type { Grain } from '../graphql/__generated__/operations.ts';
import { addDays, periodEnd, periodStart, seriesWindow, type SeriesWindow } from '../kpi/periods.ts';

/** The supplier page's choices: the trend's grain, and the days its scorecard covers (the last 90, or a period picked on the trend). */
export interface SupplierQuery {
  grain: Extract<Grain, 'WEEK' | 'MONTH'>;
  /** The start of the trend's period the scorecard shows; null: the last 90 days. */
  period: string | null;
  window: SeriesWindow;
  scorecard: { from: string; to: string };
}

export const trendPeriods = 12;
export const scorecardDays = 90;

export function readSupplierQuery(params: URLSearchParams, today: string): { query: SupplierQuery; problems: string[] } {
  const problems: string[] = [];
  const grain = params.get('grain') === 'MONTH' ? 'MONTH' : 'WEEK';
  const window = seriesWindow(today, grain, trendPeriods);
  const asked = params.get('period');
  // Only a period the chart shows: anything else would be a scorecard nobody can see on the trend.
  const period = asked && asked >= window.from && asked <= today && periodStart(asked, grain) === asked ? asked : null;
  if (asked && !period) problems.push(`“${asked.slice(0, 20)}” is not a period of this chart; showing the last ${scorecardDays} days.`);
  const scorecard = period ? { from: period, to: [periodEnd(period, grain), today].sort()[0]! } : { from: addDays(today, 1 - scorecardDays), to: today };
  return { query: { grain, period, window, scorecard }, problems };
}

export function supplierHref(supplierId: string, query: Pick<SupplierQuery, 'grain' | 'period'>): string {
  const params = new URLSearchParams();
  if (query.grain !== 'WEEK') params.set('grain', query.grain);
  if (query.period) params.set('period', query.period);
  return `/purchasing/suppliers/${supplierId}${params.size ? `?${params}` : ''}`;
}
