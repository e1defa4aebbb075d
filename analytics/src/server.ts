import { openSubgraphOrm, type Database } from '@plexus/db';
import { DateScalar, DateTimeScalar, JSONScalar, readSchema, serveSubgraph, type RunningServer } from '@plexus/host';
import { analyticsMigrations } from '../migrations/index.ts';
import { createAnalyticsContext, type AnalyticsContext } from './context.ts';
import { timelineResolvers } from './timeline/timeline.resolvers.ts';

export const analyticsTypeDefs = readSchema(new URL('../schema.graphql', import.meta.url));

/** Creates the event stream; every other subgraph writes into it, so this runs first. */
export function openAnalytics(database: Database) {
  return openSubgraphOrm(database, { schema: 'analytics', entities: [], migrations: analyticsMigrations });
}

export async function startAnalytics(database: Database, port: number): Promise<RunningServer> {
  const orm = await openAnalytics(database);
  return serveSubgraph<AnalyticsContext>({
    name: 'analytics',
    typeDefs: analyticsTypeDefs,
    resolvers: [{ Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar }, timelineResolvers],
    orm,
    port,
    createContext: createAnalyticsContext,
  });
}
