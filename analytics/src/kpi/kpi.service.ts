import { badInput } from '@plexus/host';
import type { AnalyticsContext } from '../context.ts';
import type { Grain, KpiContribution, KpiDefinition, KpiFilter, KpiPoint } from './kpi-definition.ts';
import {
  acceptsFilter,
  findDefinition,
  seriesPeriods,
  snapshotPeriods,
  validateFilter,
  validateOtifSettings,
  validatePage,
  validateRange,
  type OtifSettingsInput,
} from './kpi-query.rules.ts';
import { kpiDefinitions } from './kpi.registry.ts';

const today = (ctx: AnalyticsContext) => ctx.now().toISOString().slice(0, 10);

export interface KpiSeriesResult {
  definition: KpiDefinition;
  grain: Grain;
  points: KpiPoint[];
}

export interface KpiSeriesRequest {
  name: string;
  from: string;
  to: string;
  grain: Grain;
  filter?: KpiFilter | null;
  otif?: OtifSettingsInput | null;
}

export async function kpiSeries(ctx: AnalyticsContext, request: KpiSeriesRequest): Promise<KpiSeriesResult> {
  const definition = findDefinition(kpiDefinitions, request.name);
  const periods = seriesPeriods(request.from, request.to, request.grain);
  const query = {
    from: request.from,
    to: request.to,
    grain: request.grain,
    filter: validateFilter(definition, request.filter),
    otif: validateOtifSettings(request.otif),
    periods,
    today: today(ctx),
  };
  return { definition, grain: request.grain, points: await definition.series(ctx.em.fork(), query) };
}

export interface KpiSnapshot {
  definition: KpiDefinition;
  current: KpiPoint;
  previous: KpiPoint;
  change: number | null;
  status: 'ON_TARGET' | 'OFF_TARGET' | 'NO_DATA';
  trend: KpiPoint[];
}

/** Whether a value meets the target in the KPI's direction. */
export function snapshotStatus(definition: Pick<KpiDefinition, 'target' | 'higherIsBetter'>, value: number | null): KpiSnapshot['status'] {
  if (value === null) return 'NO_DATA';
  if (definition.target === null) return 'ON_TARGET';
  return (definition.higherIsBetter ? value >= definition.target : value <= definition.target) ? 'ON_TARGET' : 'OFF_TARGET';
}

/**
 * Dashboard tiles: each KPI's last twelve periods up to `asOf`, read in
 * parallel. Without `names`, KPIs that cannot take the filter are left out
 * (a machine filter keeps the OEE tiles); naming one that cannot is an error.
 */
export async function kpiSnapshots(
  ctx: AnalyticsContext,
  request: { names?: readonly string[] | null; grain: Grain; asOf?: string | null; filter?: KpiFilter | null },
): Promise<KpiSnapshot[]> {
  const asOf = request.asOf ?? today(ctx);
  if (asOf > today(ctx)) throw badInput(`asOf (${asOf}) is in the future`, { field: 'asOf' });
  const definitions = request.names?.length
    ? [...new Set(request.names)].map((name) => findDefinition(kpiDefinitions, name))
    : kpiDefinitions.filter((definition) => acceptsFilter(definition, request.filter));
  const periods = snapshotPeriods(asOf, request.grain);
  const otif = validateOtifSettings(null);
  const queries = definitions.map((definition) => ({ definition, filter: validateFilter(definition, request.filter) }));
  return Promise.all(
    queries.map(async ({ definition, filter }) => {
      const trend = await definition.series(ctx.em.fork(), { from: periods[0]!.start, to: asOf, grain: request.grain, filter, otif, periods, today: asOf });
      const current = trend.at(-1)!;
      const previous = trend.at(-2)!;
      return {
        definition,
        current,
        previous,
        change: current.value === null || previous.value === null ? null : current.value - previous.value,
        status: snapshotStatus(definition, current.value),
        trend,
      };
    }),
  );
}

export async function kpiContributions(
  ctx: AnalyticsContext,
  request: Omit<KpiSeriesRequest, 'grain'> & { onlyFailing: boolean; first: number; offset: number },
): Promise<{ totalCount: number; items: KpiContribution[] }> {
  const definition = findDefinition(kpiDefinitions, request.name);
  validateRange(request.from, request.to);
  validatePage(request.first, request.offset);
  const query = {
    from: request.from,
    to: request.to,
    filter: validateFilter(definition, request.filter),
    otif: validateOtifSettings(request.otif),
    today: today(ctx),
    onlyFailing: request.onlyFailing,
    first: request.first,
    offset: request.offset,
  };
  const page = await definition.contributions(ctx.em.fork(), query);
  if (page.items.length > 0 || query.offset === 0) return page;
  // Definitions count alongside the page's rows; a page past the end has none to carry the count.
  const { totalCount } = await definition.contributions(ctx.em.fork(), { ...query, first: 1, offset: 0 });
  return { totalCount, items: [] };
}

export const listKpiDefinitions = (): readonly KpiDefinition[] => kpiDefinitions;
