import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import {
  apiResponseHeaders,
  corsHeaders,
  HttpRefusal,
  parseRequestBody,
  plexusMode,
  preflightHeaders,
  readBody,
  requireJsonContentType,
  sendRefusal,
  type PlexusMode,
  type RunningServer,
} from '@plexus/host';
import {
  createRouterCredentialSigner,
  IdentityError,
  mayWrite,
  routerCredentialHeader,
  viewerKey,
  type TokenVerifier,
  type Viewer,
} from '@plexus/identity';
import { buildASTSchema, parse } from 'graphql';
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { supergraphPath as committedSupergraphPath } from './composition.ts';
import { defaultLimitPolicy, limitsFor, OperationAnalyzer, OperationRefusal, type LimitPolicy } from './operation-limits.ts';
import { RateLimiter } from './rate-limiter.ts';
import type { RouterContext } from './router-context.ts';
import { SubgraphClient } from './subgraph-client.ts';
import { documentHash, type TrustedDocuments } from './trusted-documents.ts';

export interface RouterAuthentication {
  /** Verifies a bearer token: `createTokenVerifier` from @plexus/identity for an OpenID Connect issuer or the demo issuer. */
  verifyToken: TokenVerifier;
  /** Shared with the subgraphs: signs the credential they accept (at least 32 bytes). */
  routerSecret: string;
}

export interface RouterOptions {
  port: number;
  host?: string;
  /** Where each subgraph listens, by name; defaults to the URLs in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** Defaults to the committed `router/supergraph.graphql`. */
  supergraphPath?: string | URL;
  /** production: no introspection, landing page or field suggestions. Default: production when NODE_ENV is production. */
  mode?: PlexusMode;
  /** Bearer tokens verified at the router; fail closed: no token, no data. */
  auth: RouterAuthentication;
  limits?: LimitPolicy;
  /** Browser origins allowed to call the graph (CORS); none by default: the control tower calls from its server. */
  corsOrigins?: readonly string[];
  /** Per-subgraph fetch timeout in ms (a number for all, or by subgraph name with `default`). */
  subgraphTimeoutMs?: number | (Record<string, number> & { default: number });
  /** Merge identical in-flight subgraph queries of the same viewer (default on). */
  dedupe?: boolean;
  /** When given, viewers without one of its open roles may send only its documents (production: the control tower's). */
  trustedDocuments?: TrustedDocuments;
}

const graphqlPath = '/graphql';
/** `/streams/<system>/<stream>`: a system's server-sent events, relayed for the signed-in viewer. */
const streamRoute = /^\/streams\/([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)$/;


/** Serves the supergraph with Apollo Gateway behind the router's own HTTP handling: identity, limits and hygiene come first. */
export async function startRouter(options: RouterOptions): Promise<RunningServer> {
  const supergraphSdl = await readFile(options.supergraphPath ?? committedSupergraphPath, 'utf8');
  const development = (options.mode ?? plexusMode()) === 'development';
  // Unless disabled, the gateway probes cloud metadata addresses and exports usage metrics to
  // Apollo; a control tower sends nothing off the machines it runs on.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const timeouts = options.subgraphTimeoutMs ?? 10_000;
  const clients: SubgraphClient[] = [];
  const subgraphUrlByName = new Map<string, string>();
  const gateway = new ApolloGateway({
    // The systems enforce `@authenticated` and `@requiresScopes` themselves (host, next to their data); Apollo
    // Gateway would refuse a supergraph that asks the router to, so it reads them as plain directives.
    supergraphSdl: supergraphSdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v[\d.]+"), for: SECURITY\)/g, '$1)'),
    buildService: ({ name, url }) => {
      subgraphUrlByName.set(name, options.subgraphUrls?.[name] ?? url ?? '');
      const client = new SubgraphClient({
        name,
        url: options.subgraphUrls?.[name] ?? url ?? '',
        timeoutMs: typeof timeouts === 'number' ? timeouts : (timeouts[name] ?? timeouts.default),
        dedupe: options.dedupe ?? true,
      });
      clients.push(client);
      return client;
    },
  });
  const server = new ApolloServer<RouterContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    // Operations are checked against the viewer's limits before Apollo sees them; a hash-only
    // persisted query registered by an analyst must not let a browser skip that.
    persistedQueries: false,
    nodeEnv: development ? 'development' : 'production',
    // The process that hosts the servers stops them in order on Ctrl-C; Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [
      // Nothing caches answers by their cache hints, so computing them is work without a reader.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...(development ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
    formatError: (formatted) => {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    },
  });
  await server.start();

  const analyzer = new OperationAnalyzer(buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true }));
  const policy = options.limits ?? defaultLimitPolicy;
  const rateLimiter = new RateLimiter();
  const allowedOrigins = new Set(options.corsOrigins ?? []);
  const auth = options.auth;
  const signer = createRouterCredentialSigner(auth.routerSecret);

  async function authenticate(request: IncomingMessage): Promise<Viewer> {
    const authorization = request.headers.authorization;
    if (!authorization) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Sign in: send a bearer token', { headers: { 'www-authenticate': 'Bearer' } });
    const [scheme, token, ...rest] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
      throw new HttpRefusal(401, 'UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"', { headers: { 'www-authenticate': 'Bearer' } });
    }
    try {
      return await auth.verifyToken(token);
    } catch (error) {
      if (!(error instanceof IdentityError)) {
        console.error('router: verifying a token failed', error);
        throw new HttpRefusal(503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'Tokens cannot be verified right now; try again shortly');
      }
      const status = error.code === 'UNAUTHENTICATED' ? 401 : 403;
      throw new HttpRefusal(status, error.code, error.message, status === 401 ? { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } } : {});
    }
  }

  async function contextFor(viewer: Viewer): Promise<RouterContext> {
    // The verified claims travel only inside the credential the router signs; a client's own headers never reach a subgraph.
    return { viewer, viewerKey: viewerKey(viewer), subgraphHeaders: { [routerCredentialHeader]: await signer.credentialFor(viewer) } };
  }

  async function execute(response: ServerResponse, httpGraphQLRequest: HTTPGraphQLRequest, context: RouterContext, headers: Record<string, string>) {
    const answer = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
    const responseHeaders: Record<string, string> = { ...apiResponseHeaders, ...headers };
    for (const [name, value] of answer.headers) responseHeaders[name] = value;
    response.writeHead(answer.status ?? 200, responseHeaders);
    if (answer.body.kind === 'complete') {
      response.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /**
   * Relays a system's stream of server-sent events to a signed-in viewer: the
   * token is verified here as for the graph, the system hears only the
   * router's credential, and the relay ends when either side closes.
   */
  async function relayStream(request: IncomingMessage, response: ServerResponse, cors: Record<string, string>, system: string, stream: string): Promise<void> {
    if (request.method !== 'GET') throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'Subscribe to a stream with GET', { headers: { allow: 'GET' } });
    const viewer = await authenticate(request);
    const limits = limitsFor(policy, viewer);
    const retryAfter = rateLimiter.take(viewer.sub, limits.requestsPerSecond, limits.burst);
    if (retryAfter > 0) throw new HttpRefusal(429, 'RATE_LIMITED', `Too many requests; retry in ${retryAfter} s`, { headers: { 'retry-after': String(retryAfter) } });
    const base = subgraphUrlByName.get(system);
    if (!base) throw new HttpRefusal(404, 'NOT_FOUND', `There is no system ${system}`);
    const { subgraphHeaders } = await contextFor(viewer);
    await new Promise<void>((resolve, reject) => {
      const upstream = httpRequest(new URL(`streams/${stream}`, base), { method: 'GET', headers: { ...subgraphHeaders, accept: 'text/event-stream' } }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, {
          ...cors,
          'content-type': answer.headers['content-type'] ?? 'application/json',
          'cache-control': 'no-cache, no-transform',
          'x-content-type-options': 'nosniff',
        });
        answer.pipe(response);
        answer.once('end', resolve);
        answer.once('error', resolve);
      });
      upstream.once('error', (error) => (response.headersSent ? resolve() : reject(new HttpRefusal(502, 'SUBGRAPH_UNAVAILABLE', `${system} did not answer: ${error.message}`))));
      response.once('close', () => {
        upstream.destroy();
        resolve();
      });
      upstream.end();
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse, cors: Record<string, string>): Promise<void> {
    const path = request.url?.split('?')[0];
    const stream = streamRoute.exec(path ?? '');
    if (stream) return relayStream(request, response, cors, stream[1]!, stream[2]!);
    if (path !== graphqlPath) throw new HttpRefusal(404, 'NOT_FOUND', `The graph is served at ${graphqlPath}`);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, ...preflightHeaders });
      response.end();
      return;
    }
    if (request.method === 'GET' && development && request.headers.accept?.includes('text/html')) {
      // Development only: Apollo's landing page to explore the graph.
      const headers = new HeaderMap([['accept', request.headers.accept]]);
      await execute(response, { method: 'GET', headers, search: '', body: undefined }, { viewerKey: '', subgraphHeaders: {} }, cors);
      return;
    }
    if (request.method !== 'POST') throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'Send operations with POST', { headers: { allow: 'POST, OPTIONS' } });
    requireJsonContentType(request);
    const viewer = await authenticate(request);
    const limits = limitsFor(policy, viewer);
    const retryAfter = rateLimiter.take(viewer.sub, limits.requestsPerSecond, limits.burst);
    if (retryAfter > 0) {
      throw new HttpRefusal(429, 'RATE_LIMITED', `Too many requests; retry in ${retryAfter} s`, { headers: { 'retry-after': String(retryAfter) } });
    }
    const body = parseRequestBody(await readBody(request, limits.maxBodyBytes));
    const trusted = options.trustedDocuments;
    if (trusted && !viewer.roles.some((role) => trusted.openRoles.includes(role)) && !trusted.hashes.has(documentHash(body.query))) {
      throw new HttpRefusal(403, 'UNTRUSTED_OPERATION', 'Only the control tower’s operations may be sent with this role');
    }
    const { operation } = analyzer.check(body.query, body.operationName, body.variables, limits);
    if (operation !== 'query' && !mayWrite(viewer)) {
      const roles = viewer.roles.join(' and ');
      throw new HttpRefusal(403, 'FORBIDDEN', `${/^[aeiou]/.test(roles) ? 'An' : 'A'} ${roles} may read but not change anything`);
    }
    const headers = new HeaderMap([
      ['content-type', 'application/json'],
      ['accept', request.headers.accept ?? 'application/json'],
    ]);
    await execute(response, { method: 'POST', headers, search: '', body }, await contextFor(viewer), cors);
  }

  const httpServer = createServer((request, response) => {
    let cors: Record<string, string> = {};
    // An allowed origin reads refusals too, so its page can say why.
    const refuse = (error: unknown) => {
      if (error instanceof HttpRefusal) {
        sendRefusal(response, error, { ...cors, ...(error.status === 413 ? { connection: 'close' } : {}) });
      } else if (error instanceof OperationRefusal) {
        sendRefusal(response, new HttpRefusal(400, error.code, error.message, { details: error.details }), cors);
      } else {
        console.error('router: request failed', error);
        sendRefusal(response, new HttpRefusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'), cors);
      }
    };
    try {
      cors = corsHeaders(request, allowedOrigins);
    } catch (error) {
      refuse(error);
      return;
    }
    handle(request, response, cors).catch(refuse);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? process.env.PLEXUS_HOST ?? '127.0.0.1', resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${graphqlPath}`,
    async stop() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await server.stop();
      await Promise.all(clients.map((client) => client.close()));
    },
  };
}
