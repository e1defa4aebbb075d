import { openTestDatabase, type Database } from '@plexus/db';
import { discoverSubgraphs, openSubgraph, startSubgraph, type DiscoveredSubgraph, type RunningSubgraph } from '@plexus/host';
import { startRouter } from '@plexus/router';
import { postGraphQL, type GraphQLResponse, type ViewerOptions } from './graphql-client.ts';
import { runSimulation } from './simulation.ts';

/**
 * The whole graph in one process: every declared system and the router, each
 * on its own HTTP port, sharing one database. One process is what lets the
 * embedded database (a single PGlite instance) serve every subgraph; against a
 * PostgreSQL server each part can equally run on its own (`npm start -w …`).
 */
export interface Stack {
  readonly database: Database;
  readonly routerUrl: string;
  /** Each system's GraphQL URL, by name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Extra endpoints systems opened (e.g. `telemetry`, where machines POST NDJSON). */
  readonly endpoints: Readonly<Record<string, string>>;
  /** Sends one GraphQL request to the router over HTTP, as a client would. */
  query<Data = any>(query: string, variables?: Record<string, unknown>, options?: ViewerOptions): Promise<GraphQLResponse<Data>>;
  /** Lets every system's consumers hear everything written so far, instead of waiting for their next poll. */
  drainConsumers(): Promise<void>;
  /** Stops one subgraph, as if it crashed; the router keeps serving the rest. */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface DemoOptions {
  /** When the simulated history ends. */
  now?: Date;
  /** Its length in days. */
  days?: number;
  seed?: number;
  sizes?: Readonly<Record<string, number>>;
  log?: (line: string) => void;
}

export interface StackOptions {
  /** Defaults to a fresh test database (in memory, or on TEST_DATABASE_URL's server). */
  database?: Database;
  /** Simulate the demo company's history first when the event stream is empty. */
  seed?: 'demo' | false;
  /** Ports by system name and `router`; 0 or absent picks a free port. */
  ports?: Readonly<Record<string, number>>;
  /** What "now" is for the demo data. */
  today?: Date;
  demo?: DemoOptions;
  /** One polling pace for every system's consumers and pollers (ms); tests that count statements set it past their end. */
  pollIntervalMs?: number;
}

export const defaultDemo = { days: 100, seed: 20261124 } as const;

/** Whether the event stream is empty: no system has done anything yet. */
async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM analytics.supply_chain_event) AS empty');
  return row!.empty;
}

/**
 * Simulates the demo company's history through the systems' own services,
 * before any of them serves or polls, so the history is the same on every run.
 */
export async function simulateDemoCompany(systems: readonly DiscoveredSubgraph[], database: Database, options: DemoOptions = {}): Promise<void> {
  const opened = [];
  try {
    for (const { declaration } of systems) opened.push({ declaration, orm: await openSubgraph(declaration, database) });
    await runSimulation(
      opened.map(({ declaration, orm }) => ({ declaration, em: orm.em })),
      database,
      { now: options.now ?? new Date(), days: options.days ?? defaultDemo.days, seed: options.seed ?? defaultDemo.seed, sizes: options.sizes, log: options.log },
    );
  } finally {
    for (const { orm } of opened) await orm.close();
  }
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = options.database ?? (await openTestDatabase());
  const ports = options.ports ?? {};
  const systems = await discoverSubgraphs();
  const running = new Map<string, RunningSubgraph>();
  try {
    if ((options.seed ?? 'demo') === 'demo') {
      // Opening every system first creates the event stream the emptiness check reads.
      for (const { declaration } of systems) await (await openSubgraph(declaration, database)).close();
      if (await isEmpty(database)) await simulateDemoCompany(systems, database, { now: options.today, ...options.demo });
    }
    for (const { declaration } of systems) {
      running.set(declaration.name, await startSubgraph(declaration, database, { port: ports[declaration.name] ?? 0, pollIntervalMs: options.pollIntervalMs }));
    }
    const subgraphUrls = Object.fromEntries([...running].map(([name, subgraph]) => [name, subgraph.url]));
    const router = await startRouter({ port: ports.router ?? 0, subgraphUrls });
    const ownsDatabase = !options.database;
    return {
      database,
      routerUrl: router.url,
      subgraphUrls,
      endpoints: Object.assign({}, ...[...running.values()].map((subgraph) => subgraph.endpoints)),
      query: (query, variables, queryOptions) => postGraphQL(router.url, query, variables, queryOptions),
      async drainConsumers() {
        for (let consumed = -1; consumed !== 0; ) {
          consumed = 0;
          for (const subgraph of running.values()) consumed += await subgraph.drainConsumers();
        }
      },
      async stopSubgraph(name) {
        await running.get(name)?.stop();
        running.delete(name);
      },
      async stop() {
        await router.stop();
        for (const subgraph of [...running.values()].reverse()) await subgraph.stop();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    for (const subgraph of [...running.values()].reverse()) await subgraph.stop().catch(() => undefined);
    if (!options.database) await database.close();
    throw error;
  }
}
