import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { GraphQLScalarType, Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars.ts';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { DomainError } from '@plexus/errors';

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

export function readSchema(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}

const scalars: Record<string, GraphQLScalarType> = { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar };

/** The platform's scalars the SDL declares, then the features' maps merged type by type. */
function mergeResolvers<Context>(typeDefs: DocumentNode, maps: readonly object[]): GraphQLResolverMap<Context> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const definition of typeDefs.definitions) {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION && scalars[definition.name.value]) merged[definition.name.value] = scalars[definition.name.value] as never;
  }
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      merged[typeName] = fields instanceof GraphQLScalarType ? (fields as never) : { ...merged[typeName], ...fields };
    }
  }
  return merged as GraphQLResolverMap<Context>;
}

export interface SubgraphServerOptions<Context extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  /** One codegen `Resolvers` map per feature; merged type by type. */
  resolvers: readonly object[];
  plugins?: ApolloServerPlugin<Context>[];
}

export function createSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: mergeResolvers(options.typeDefs, options.resolvers) }]),
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
