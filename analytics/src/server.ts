import { openSubgraphOrm, type Database } from '@plexus/db';
import { DateScalar, DateTimeScalar, JSONScalar, readSchema, serveSubgraph, type RunningServer } from '@plexus/host';
import { analyticsMigrations } from '../migrations/index.ts';
import { createAnalyticsContext, type AnalyticsContext } from './context.ts';
import { inventoryResolvers } from './inventory/inventory.resolvers.ts';
import { kpiResolvers } from './kpi/kpi.resolvers.ts';
import { productionResolvers } from './production/production.resolvers.ts';
import { startProjector } from './projection/event-projection.ts';
import { timelineResolvers } from './timeline/timeline.resolvers.ts';

export const analyticsTypeDefs = readSchema(new URL('../schema.graphql', import.meta.url));

/** Creates the event stream; every other subgraph writes into it, so this runs first. */
export function openAnalytics(database: Database) {
  return openSubgraphOrm(database, { schema: 'analytics', entities: [], migrations: analyticsMigrations });
}

export interface AnalyticsOptions {
  /** How often KPI facts and snapshots catch up with the event stream (ms). */
  projectorIntervalMs?: number | undefined;
}

export async function startAnalytics(database: Database, port: number, options: AnalyticsOptions = {}): Promise<RunningServer> {
  const orm = await openAnalytics(database);
  const projector = startProjector(orm.em, { intervalMs: options.projectorIntervalMs ?? 1000 });
  const server = await serveSubgraph<AnalyticsContext>({
    name: 'analytics',
    typeDefs: analyticsTypeDefs,
    resolvers: [{ Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar }, timelineResolvers, kpiResolvers, inventoryResolvers, productionResolvers],
    orm,
    port,
    createContext: createAnalyticsContext,
  });
  return {
    url: server.url,
    async stop() {
      await projector.stop();
      await server.stop();
    },
  };
}
