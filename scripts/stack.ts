import { openTestDatabase, type Database } from '@plexus/db';
import { startAnalytics } from '@plexus/analytics';
import { startCrm } from '@plexus/crm';
import { startErp } from '@plexus/erp';
import type { RunningServer } from '@plexus/host';
import { startRouter } from '@plexus/router';
import { startWms } from '@plexus/wms';
import { seedDemoData } from './demo-data.ts';
import { postGraphQL, type GraphQLResponse } from './graphql-client.ts';

/**
 * The whole graph in one process: every subgraph and the router, each on its
 * own HTTP port, sharing one database. One process is what lets the embedded
 * database (a single PGlite instance) serve every subgraph; against a
 * PostgreSQL server each part can equally run on its own (`npm start -w …`).
 */
export interface Stack {
  readonly database: Database;
  readonly routerUrl: string;
  readonly subgraphUrls: Readonly<Record<'analytics' | 'erp' | 'crm' | 'wms', string>>;
  /** Where machines and gateways POST NDJSON telemetry. */
  readonly telemetryUrl: string;
  /** Sends one GraphQL request to the router over HTTP, as a client would. */
  query<Data = any>(query: string, variables?: Record<string, unknown>, options?: { role?: string }): Promise<GraphQLResponse<Data>>;
  /** Stops one subgraph, as if it crashed; the router keeps serving the rest. */
  stopSubgraph(name: 'analytics' | 'erp' | 'crm' | 'wms'): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Defaults to a fresh test database (in memory, or on TEST_DATABASE_URL's server). */
  database?: Database;
  /** Load the deterministic demo dataset when the database has no orders yet. */
  seed?: 'demo' | false;
  /** 0 picks a free port. */
  ports?: Partial<Record<'router' | 'analytics' | 'erp' | 'crm' | 'wms', number>>;
  /** What "today" is for the demo data. */
  today?: Date;
  /** How often crm applies shipment events to its orders (ms). */
  fulfilmentPollMs?: number;
  /** How often analytics brings its projections up to date (ms); tests that count statements set it past their end. */
  projectorIntervalMs?: number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = options.database ?? (await openTestDatabase());
  const ports = options.ports ?? {};
  const subgraphs = new Map<string, RunningServer>();
  // analytics first: it creates the event stream every other subgraph writes into.
  const analytics = await startAnalytics(database, ports.analytics ?? 0, { projectorIntervalMs: options.projectorIntervalMs });
  subgraphs.set('analytics', analytics);
  subgraphs.set('erp', await startErp(database, ports.erp ?? 0));
  subgraphs.set('crm', await startCrm(database, ports.crm ?? 0, { fulfilmentPollMs: options.fulfilmentPollMs }));
  subgraphs.set('wms', await startWms(database, ports.wms ?? 0));
  const subgraphUrls = Object.fromEntries([...subgraphs].map(([name, server]) => [name, server.url])) as Stack['subgraphUrls'];
  if ((options.seed ?? 'demo') === 'demo') await seedDemoData(database, options.today ?? new Date());
  const router = await startRouter({ port: ports.router ?? 0, subgraphUrls });
  const ownsDatabase = !options.database;
  return {
    database,
    routerUrl: router.url,
    subgraphUrls,
    telemetryUrl: analytics.telemetryUrl,
    query: (query, variables, queryOptions) => postGraphQL(router.url, query, variables, queryOptions),
    async stopSubgraph(name) {
      await subgraphs.get(name)?.stop();
      subgraphs.delete(name);
    },
    async stop() {
      await router.stop();
      for (const server of [...subgraphs.values()].reverse()) await server.stop();
      if (ownsDatabase) await database.close();
    },
  };
}
