import { documentSequenceMigration, openSubgraphOrm, type Database, type EntityManager, type SubgraphOrm } from '@plexus/db';
import { awaitCommitHorizon, consumeEvents, consumerBatchSize, eventConsumerMigration, migrateEventStream } from '@plexus/events';
import { createRouterCredentialVerifier } from '@plexus/identity';
import { subgraphAuthenticationFromEnvironment, bearerAuthenticator, type SubgraphAuthentication } from './authentication.ts';
import { createSubgraphServer, listen, readSchema } from './subgraph-server.ts';
import type { BackgroundWork, SubgraphDeclaration } from './subgraph-declaration.ts';
import type { PlexusMode } from './mode.ts';
import { migrateAuditLog, mutationAuditPlugin } from './audit/mutation-audit.ts';
import { viewerOfContext, withViewer } from './viewer.ts';

/**
 * Opens a system's ORM on the database, after making sure the event stream
 * it writes into exists, and applies its migrations together with the
 * tables of the shared mechanisms (document numbers, consumer checkpoints),
 * so a system that numbers documents or consumes events creates nothing for it.
 */
export async function openSubgraph(declaration: SubgraphDeclaration, database: Database): Promise<SubgraphOrm> {
  await migrateEventStream(database);
  await migrateAuditLog(database);
  return openSubgraphOrm(database, {
    schema: declaration.name,
    entities: [...declaration.entities],
    migrations: [documentSequenceMigration(declaration.name), eventConsumerMigration(declaration.name), ...declaration.migrations],
  });
}

/** How long a drain waits for transactions already running to end before it fails. */
const drainWaitMs = 120_000;

async function consumeNew(declaration: SubgraphDeclaration, em: EntityManager, types?: ReadonlySet<string>): Promise<number> {
  let consumed = 0;
  for (const consumer of declaration.consumers ?? []) {
    if (types && !consumer.types.some((type) => types.has(type))) continue;
    // A batch short of full found everything committed before it; what comes later is the next drain's or poll's.
    for (let batch = consumerBatchSize; batch === consumerBatchSize; consumed += batch) batch = await consumeEvents(em.fork(), declaration.name, consumer);
  }
  return consumed;
}

/**
 * Applies every consumer of the system (or those of them listening to one of
 * `types`) to everything committed before the call; returns how many events
 * were consumed (a caller that must also hear what they wrote drains again
 * until nothing is). A poll need
 * not wait for running transactions (the next poll sees their events); a
 * caller that drains to read the effects of its own writes must.
 */
export async function drainConsumers(declaration: SubgraphDeclaration, em: EntityManager, types?: ReadonlySet<string>): Promise<number> {
  const listening = (declaration.consumers ?? []).some((consumer) => !types || consumer.types.some((type) => types.has(type)));
  if (!listening) return 0;
  await awaitCommitHorizon(em.fork(), { timeoutMs: drainWaitMs });
  return consumeNew(declaration, em, types);
}

export interface StartSubgraphOptions {
  /** 0 picks a free port. */
  port: number;
  /** One polling pace for every consumer and poller (tests set it past their end to keep background work quiet). */
  pollIntervalMs?: number | undefined;
  /** Pollers also wake at this process's own writes (SubgraphRuntime.reactsToWrites); default: unless `pollIntervalMs` paces them. */
  reactToWrites?: boolean | undefined;
  /** The router's secret and the bearer-token verifier of extra endpoints; default: from the environment (authentication.ts). */
  auth?: SubgraphAuthentication;
  /** Default: PLEXUS_MODE, else production when NODE_ENV is. */
  mode?: PlexusMode;
}

export interface RunningSubgraph {
  readonly name: string;
  readonly url: string;
  readonly em: EntityManager;
  /** Extra endpoints its background work opened, by name. */
  readonly endpoints: Readonly<Record<string, string>>;
  /** Consumes everything committed before the call, then what that sets off, and brings its background projections up to date: instead of waiting for the next poll. */
  drainConsumers(): Promise<number>;
  stop(): Promise<void>;
}

const defaultConsumerPollMs = 500;

/** Serves a declared system: its GraphQL server, its event consumers on a poll, and its background work. */
export async function startSubgraph(declaration: SubgraphDeclaration, database: Database, options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const auth = options.auth ?? subgraphAuthenticationFromEnvironment();
  const orm = await openSubgraph(declaration, database);
  const server = createSubgraphServer({
    name: declaration.name,
    typeDefs: readSchema(declaration.schema),
    resolvers: declaration.resolvers,
    plugins: [mutationAuditPlugin(orm.em, declaration.name, viewerOfContext)],
    viewerOf: viewerOfContext,
    ...(options.mode ? { mode: options.mode } : {}),
  });
  let background: BackgroundWork | undefined;
  const listening = await listen(server, {
    port: options.port,
    verifyCredential: createRouterCredentialVerifier(auth.routerSecret),
    context: (viewer) => withViewer(declaration.createContext(orm.em, viewer), viewer),
    stream: (name) => (background?.streams && Object.hasOwn(background.streams, name) ? background.streams[name] : undefined),
  });
  const port = Number(new URL(listening.url).port);
  const pollIntervalMs = (ownDefaultMs: number) => options.pollIntervalMs ?? ownDefaultMs;

  // One drain at a time: a poll that finds the previous one still running queues behind it.
  let draining: Promise<number> = Promise.resolve(0);
  const drain = (awaitRunning: boolean) => {
    const next = () => (awaitRunning ? drainConsumers(declaration, orm.em) : consumeNew(declaration, orm.em));
    draining = draining.then(next, next);
    return draining;
  };
  const consumerTimer = declaration.consumers?.length
    ? setInterval(() => void drain(false).catch((error: unknown) => console.error(`${declaration.name}: consuming events failed`, error)), pollIntervalMs(defaultConsumerPollMs))
    : undefined;
  consumerTimer?.unref();

  try {
    background = await declaration.background?.({
      name: declaration.name,
      database,
      em: orm.em,
      port,
      relatedPort: (offset) => (options.port === 0 ? 0 : port + offset),
      pollIntervalMs,
      reactsToWrites: options.reactToWrites ?? options.pollIntervalMs === undefined,
      authenticate: bearerAuthenticator(auth.verifyToken),
    });
  } catch (error) {
    clearInterval(consumerTimer);
    await listening.stop();
    await orm.close();
    throw error;
  }
  return {
    name: declaration.name,
    url: listening.url,
    em: orm.em,
    endpoints: background?.endpoints ?? {},
    drainConsumers: async () => (await drain(true)) + ((await background?.drain?.()) ?? 0),
    async stop() {
      clearInterval(consumerTimer);
      await background?.stop();
      await draining.catch(() => 0);
      await listening.stop();
      await orm.close();
    },
  };
}
