import { execute } from '@plexus/db';
import { badInput } from '@plexus/errors';
import { siteScope, supplierScope } from '@plexus/host';
import type { AnalyticsContext } from '../context.ts';
import { sharedReads, type Grain, type KpiContribution, type KpiDefinition, type KpiFilter, type KpiPoint } from './kpi-definition.ts';
import {
  acceptsFilter,
  authorizeKpi,
  findDefinition,
  seriesPeriods,
  snapshotPeriods,
  scopedFilter,
  type KpiScope,
  validateFilter,
  validateOtifSettings,
  validatePage,
  validateRange,
  type OtifSettingsInput,
} from './kpi-query.rules.ts';
import { snapshotStatus, type KpiStatus } from './kpi-status.rules.ts';
import { kpiDefinitions } from './kpi.registry.ts';
import { projectionVersion } from '../projection/event-projection.ts';

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

const scopeOf = (ctx: AnalyticsContext): KpiScope => ({ supplierId: supplierScope(ctx.viewer), siteIds: siteScope(ctx.viewer) });

/** The KPI a request names, if the viewer may read it. */
function readableDefinition(ctx: AnalyticsContext, name: string): KpiDefinition {
  const definition = findDefinition(kpiDefinitions, name);
  authorizeKpi(definition, scopeOf(ctx));
  return definition;
}

export async function kpiSeries(ctx: AnalyticsContext, request: KpiSeriesRequest): Promise<KpiSeriesResult> {
  const definition = readableDefinition(ctx, request.name);
  const periods = seriesPeriods(request.from, request.to, request.grain);
  const query = {
    from: request.from,
    to: request.to,
    grain: request.grain,
    filter: validateFilter(definition, scopedFilter(request.filter, scopeOf(ctx))),
    otif: validateOtifSettings(request.otif),
    periods,
    today: today(ctx),
    now: ctx.now(),
    reads: sharedReads(),
  };
  return { definition, grain: request.grain, points: await definition.series(ctx.em.fork(), query) };
}

export interface KpiSnapshot {
  definition: KpiDefinition;
  current: KpiPoint;
  previous: KpiPoint;
  change: number | null;
  status: KpiStatus;
  trend: KpiPoint[];
}

/**
 * Dashboard tiles: each KPI's last twelve periods up to `asOf`, read in
 * parallel. Without `names`, KPIs that cannot take the filter are left out
 * (a machine filter keeps the OEE tiles); naming one that cannot is an error.
 * The unfiltered dashboard of today is materialized (see below).
 */
export async function kpiSnapshots(
  ctx: AnalyticsContext,
  request: { names?: readonly string[] | null; grain: Grain; asOf?: string | null; filter?: KpiFilter | null },
): Promise<KpiSnapshot[]> {
  const asOf = request.asOf ?? today(ctx);
  if (asOf > today(ctx)) throw badInput(`asOf (${asOf}) is in the future`, { field: 'asOf' });
  const filter = scopedFilter(request.filter, scopeOf(ctx));
  const definitions = request.names?.length
    ? [...new Set(request.names)].map((name) => readableDefinition(ctx, name))
    : kpiDefinitions.filter((definition) => acceptsFilter(definition, filter));
  const tiles = definitions.map((definition) => ({ definition, filter: validateFilter(definition, filter) }));
  if (asOf !== today(ctx) || tiles.some(({ filter }) => Object.keys(filter).length > 0)) return computeSnapshots(ctx, tiles, request.grain, asOf);
  const materialized = await materializedSnapshots(ctx, request.grain, asOf);
  return definitions.map((definition) => materialized.find((tile) => tile.definition === definition)!);
}

/** The tiles of KPIs with their filters, already validated for each. */
async function computeSnapshots(
  ctx: AnalyticsContext,
  tiles: readonly { definition: KpiDefinition; filter: KpiFilter }[],
  grain: Grain,
  asOf: string,
): Promise<KpiSnapshot[]> {
  const periods = snapshotPeriods(asOf, grain);
  const otif = validateOtifSettings(null);
  const reads = sharedReads();
  return Promise.all(
    tiles.map(async ({ definition, filter }) => {
      const trend = await definition.series(ctx.em.fork(), {
        from: periods[0]!.start,
        to: asOf,
        grain,
        filter,
        otif,
        periods,
        today: asOf,
        now: ctx.now(),
        reads,
      });
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

type StoredTile = Omit<KpiSnapshot, 'definition'> & { name: string };

/**
 * Every tile of the unfiltered dashboard for today, kept in
 * `analytics.kpi_snapshot` like a materialized view: served as stored while
 * the projections it was computed from have not moved, otherwise computed
 * and stored again. Executives open the same dashboard all day; it changes
 * only when events arrive, and then answers as fresh as the projections.
 */
async function materializedSnapshots(ctx: AnalyticsContext, grain: Grain, asOf: string): Promise<KpiSnapshot[]> {
  const version = await projectionVersion(ctx.em);
  const [stored] = await execute<{ tiles: StoredTile[] | string }[]>(
    ctx.em,
    'SELECT tiles FROM analytics.kpi_snapshot WHERE grain = ? AND as_of = ?::date AND projection_version = ?',
    [grain, asOf, version],
  );
  if (stored) {
    const tiles = (typeof stored.tiles === 'string' ? JSON.parse(stored.tiles) : stored.tiles) as StoredTile[];
    const byName = new Map(tiles.map(({ name, ...tile }) => [name, tile]));
    if (kpiDefinitions.every((definition) => byName.has(definition.name))) {
      return kpiDefinitions.map((definition) => ({ definition, ...byName.get(definition.name)! }));
    }
  }
  const started = performance.now();
  const computed = await computeSnapshots(
    ctx,
    kpiDefinitions.map((definition) => ({ definition, filter: {} })),
    grain,
    asOf,
  );
  const tiles: StoredTile[] = computed.map(({ definition, ...tile }) => ({ name: definition.name, ...tile }));
  await execute(
    ctx.em,
    `INSERT INTO analytics.kpi_snapshot (grain, as_of, projection_version, computed_at, compute_ms, tiles)
     VALUES (?, ?::date, ?, ?, ?, ?::jsonb)
     ON CONFLICT (grain) DO UPDATE SET as_of = excluded.as_of, projection_version = excluded.projection_version,
       computed_at = excluded.computed_at, compute_ms = excluded.compute_ms, tiles = excluded.tiles`,
    [grain, asOf, version, ctx.now(), performance.now() - started, JSON.stringify(tiles)],
  );
  return computed;
}

const dashboardGrains: readonly Grain[] = ['DAY', 'WEEK', 'MONTH'];

/** Recomputes the materialized dashboard where the projections have moved since it was stored. */
export async function refreshKpiSnapshots(ctx: AnalyticsContext): Promise<void> {
  for (const grain of dashboardGrains) await materializedSnapshots(ctx, grain, today(ctx));
}

/** Keeps the materialized dashboard warm, so the first reader after a change does not pay for it; one run at a time. */
export function startKpiSnapshotRefresher(newContext: () => AnalyticsContext, options: { intervalMs: number }): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => refreshKpiSnapshots(newContext())).catch((error: unknown) => console.error('analytics dashboard refresh:', error));
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

export async function kpiContributions(
  ctx: AnalyticsContext,
  request: Omit<KpiSeriesRequest, 'grain'> & { onlyFailing: boolean; first: number; offset: number },
): Promise<{ totalCount: number; items: KpiContribution[] }> {
  const definition = readableDefinition(ctx, request.name);
  validateRange(request.from, request.to);
  validatePage(request.first, request.offset);
  const query = {
    from: request.from,
    to: request.to,
    filter: validateFilter(definition, scopedFilter(request.filter, scopeOf(ctx))),
    otif: validateOtifSettings(request.otif),
    today: today(ctx),
    now: ctx.now(),
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

/** The KPIs the viewer may read: a supplier user, its scorecard's; a site-scoped user, those measured per site. */
export function listKpiDefinitions(ctx: AnalyticsContext): readonly KpiDefinition[] {
  const scope = scopeOf(ctx);
  return kpiDefinitions.filter(
    (definition) => (scope.supplierId === null || definition.filters.includes('supplierId')) && (scope.siteIds === null || definition.filters.includes('siteId')),
  );
}
