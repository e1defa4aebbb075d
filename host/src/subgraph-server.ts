import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { GraphQLScalarType, parse, type GraphQLFormattedError } from 'graphql';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@plexus/db';
import { DomainError } from './domain-error.ts';
import { viewerFromHeaders, type Viewer } from './viewer.ts';

/**
 * Turns whatever a resolver threw into what a client may see: domain refusals
 * keep their code and message; anything else becomes a bare internal error,
 * so no stack trace, SQL or driver message reaches a client.
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Duck-typed: graphql's ESM and CommonJS builds are both loaded, so `instanceof GraphQLError` is unreliable.
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...original.details },
    };
  }
  if (isMalformedValue(original)) {
    return {
      message: 'A value in the request is malformed; ids are UUIDs',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error(error);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** PostgreSQL's invalid_text_representation: the client sent e.g. "abc" where a UUID belongs; the transaction has rolled back. */
function isMalformedValue(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '22P02';
}

export function readSchema(url: URL): ReturnType<typeof parse> {
  return parse(readFileSync(url, 'utf8'));
}

function mergeResolvers<Context>(maps: object[]): GraphQLResolverMap<Context> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      merged[typeName] = fields instanceof GraphQLScalarType ? (fields as never) : { ...merged[typeName], ...fields };
    }
  }
  return merged as GraphQLResolverMap<Context>;
}

export interface SubgraphServerOptions<Context extends BaseContext> {
  name: string;
  typeDefs: ReturnType<typeof parse>;
  /** One codegen `Resolvers` map per feature; merged type by type. */
  resolvers: object[];
  plugins?: ApolloServerPlugin<Context>[];
}

export function createSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: mergeResolvers(options.resolvers) }]),
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
    // The process that hosts the servers stops them in order on Ctrl-C; Apollo must not race it.
    stopOnTerminationSignals: false,
    // Federated tracing is for Apollo's hosted studio, which Plexus does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...(options.plugins ?? [])],
  });
}

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves a subgraph whose ORM is already open: one request context per HTTP
 * request (its own EntityManager fork and viewer), and stopping closes the ORM.
 */
export async function serveSubgraph<Context extends BaseContext>(
  options: SubgraphServerOptions<Context> & {
    orm: { em: EntityManager; close(): Promise<void> };
    port: number;
    createContext: (em: EntityManager, viewer: Viewer) => Context;
  },
): Promise<RunningServer> {
  const server = createSubgraphServer<Context>(options);
  const running = await listen(server, options.port, async (request) => options.createContext(options.orm.em, viewerFromHeaders(request.headers)));
  return {
    url: running.url,
    async stop() {
      await running.stop();
      await options.orm.close();
    },
  };
}

/** Listens on `port` (0 picks a free one) on loopback unless `host` says otherwise. */
export async function listen<Context extends BaseContext>(
  server: ApolloServer<Context>,
  port: number,
  context: (request: { headers: IncomingHttpHeaders }) => Promise<Context>,
  host = process.env.PLEXUS_HOST ?? '127.0.0.1',
): Promise<RunningServer> {
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context: ({ req }) => context(req) });
  return { url, stop: () => server.stop() };
}
