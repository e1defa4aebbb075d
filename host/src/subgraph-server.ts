import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { GraphQLScalarType, Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars.ts';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError } from '@plexus/errors';
import { IdentityError, routerCredentialHeader, type RouterCredentialVerifier, type Viewer as VerifiedViewer } from '@plexus/identity';
import { apiResponseHeaders, HttpRefusal, parseRequestBody, readBody, requireJsonContentType, sendRefusal } from './graphql-over-http.ts';
import { enforceFieldRules } from './field-rules.ts';
import { plexusMode, type PlexusMode } from './mode.ts';
import { viewerFromIdentity, type Viewer } from './viewer.ts';

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
  const refusal = databaseRefusal(original);
  if (refusal) {
    return { message: refusal.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: refusal.code } };
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

/**
 * What PostgreSQL refused because of a value the client sent, as a client's
 * error (the transaction has rolled back, nothing was written): a malformed
 * or out-of-range value (data exceptions, class 22: "abc" where a UUID
 * belongs, a number past its column), a duplicate, a reference to nothing,
 * a broken constraint. Services should refuse these first with their own
 * words; this keeps the ones they miss from being internal errors.
 */
function databaseRefusal(error: unknown): { code: string; message: string } | undefined {
  const sqlState = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof sqlState !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(sqlState)) return undefined;
  if (sqlState === '22P02') return { code: 'BAD_USER_INPUT', message: 'A value in the request is malformed; ids are UUIDs' };
  console.warn(`subgraph: the database refused a value a service did not check (SQLSTATE ${sqlState})`);
  if (sqlState.startsWith('22')) return { code: 'BAD_USER_INPUT', message: 'A value in the request is malformed or out of range' };
  if (sqlState === '23505') return { code: 'CONFLICT', message: 'The request conflicts with an existing record' };
  if (sqlState === '23503') return { code: 'BAD_USER_INPUT', message: 'The request refers to a record that does not exist' };
  return { code: 'BAD_USER_INPUT', message: 'A value in the request breaks a rule of the record' };
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
  /** production: no introspection and no field suggestions in errors. */
  mode?: PlexusMode;
  /** The viewer of a request's context, for the field rules the SDL declares (`@requiresScopes`); without it every such field is refused. */
  viewerOf?: (context: unknown) => Viewer | undefined;
}

export function createSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): ApolloServer<Context> {
  const development = (options.mode ?? plexusMode()) === 'development';
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: mergeResolvers(options.typeDefs, options.resolvers) }]);
  enforceFieldRules(schema, options.typeDefs, options.viewerOf ?? (() => undefined));
  return new ApolloServer<Context>({
    schema,
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    nodeEnv: development ? 'development' : 'production',
    // The process that hosts the servers stops them in order on Ctrl-C; Apollo must not race it.
    stopOnTerminationSignals: false,
    // Federated tracing is for Apollo's hosted studio, which Plexus does not use; only the router calls a
    // subgraph, so there is no landing page to serve and no cache hints anyone reads.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...(options.plugins ?? [])],
  });
}

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

export interface ListenOptions<Context> {
  /** 0 picks a free one. */
  port: number;
  /** Loopback unless PLEXUS_HOST says otherwise. */
  host?: string;
  /** Who the request is from, by the router's credential header; throws an IdentityError when it is missing or not the router's. */
  verifyCredential: RouterCredentialVerifier;
  /** The request's context for the viewer the router vouched for. */
  context: (viewer: Viewer) => Context;
  /** Largest body accepted (default PLEXUS_SUBGRAPH_MAX_BODY_BYTES, else 32 MiB: the router's entity fetches for a large page). */
  maxBodyBytes?: number;
  /** The system's event streams by name (`GET /streams/<name>`, relayed by the router), once its background work opened them. */
  stream?: (name: string) => StreamHandler | undefined;
}

/**
 * A stream of server-sent events a system serves beside its graph, to the
 * router alone, for the viewer the router vouched for: it writes the answer
 * (status, headers, events) and ends it when the request closes.
 */
export type StreamHandler = (viewer: Viewer, request: IncomingMessage, response: ServerResponse) => void;

const streamPath = /^\/streams\/([a-z][a-z0-9-]*)$/;

function subgraphMaxBodyBytes(): number {
  const raw = process.env.PLEXUS_SUBGRAPH_MAX_BODY_BYTES;
  const bytes = raw ? Number(raw) : 32 * 1024 * 1024;
  if (!Number.isInteger(bytes) || bytes < 1) throw new Error(`PLEXUS_SUBGRAPH_MAX_BODY_BYTES must be a whole number of bytes ≥ 1, got ${raw}`);
  return bytes;
}

/**
 * Serves a subgraph over HTTP for the router alone: a request without the
 * router's credential is refused with 401 before its body is read; a body
 * that is not JSON, too large or of another content type gets a
 * GraphQL-shaped 4xx with a code, never an HTML page, stack or path.
 */
export async function listen<Context extends BaseContext>(server: ApolloServer<Context>, options: ListenOptions<Context>): Promise<RunningServer> {
  await server.start();
  const maxBodyBytes = options.maxBodyBytes ?? subgraphMaxBodyBytes();

  async function verify(request: IncomingMessage): Promise<VerifiedViewer> {
    try {
      return await options.verifyCredential(request.headers[routerCredentialHeader]);
    } catch (error) {
      if (error instanceof IdentityError) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Subgraphs answer the router only: send requests to the graph');
      throw error;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://subgraph').pathname;
    const stream = streamPath.exec(path);
    if (stream) {
      const handler = options.stream?.(stream[1]!);
      if (!handler) throw new HttpRefusal(404, 'NOT_FOUND', `There is no stream ${stream[1]}`);
      if (request.method !== 'GET') throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'Subscribe to a stream with GET', { headers: { allow: 'GET' } });
      handler(viewerFromIdentity(await verify(request)), request, response);
      return;
    }
    if (path !== '/') throw new HttpRefusal(404, 'NOT_FOUND', 'Subgraphs are served at /');
    if (request.method !== 'POST') throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'Send operations with POST', { headers: { allow: 'POST' } });
    const verified = await verify(request);
    requireJsonContentType(request);
    const body = parseRequestBody(await readBody(request, maxBodyBytes));
    const viewer = viewerFromIdentity(verified);
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
      context: async () => options.context(viewer),
    });
    const headers: Record<string, string> = { ...apiResponseHeaders };
    for (const [name, value] of answer.headers) headers[name] = value;
    response.writeHead(answer.status ?? 200, headers);
    if (answer.body.kind === 'complete') {
      response.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const httpServer = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        sendRefusal(response, error, error.status === 413 ? { connection: 'close' } : {});
        return;
      }
      console.error('subgraph: request failed', error);
      sendRefusal(response, new HttpRefusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
    });
  });
  // The router keeps its connections to a system open for 30 s; closing them sooner races its next request on them.
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? process.env.PLEXUS_HOST ?? '127.0.0.1', resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    async stop() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await server.stop();
    },
  };
}
