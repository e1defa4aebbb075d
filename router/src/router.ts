import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { viewerRoleHeader, viewerSitesHeader, viewerSupplierHeader, viewerUserHeader, type RunningServer } from '@plexus/host';
import {
  anonymousViewer,
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
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { supergraphPath as committedSupergraphPath } from './composition.ts';
import { apiResponseHeaders, corsHeaders, HttpRefusal, parseRequestBody, preflightHeaders, readBody, requireJsonContentType, sendRefusal } from './graphql-over-http.ts';
import { defaultLimitPolicy, limitsFor, OperationAnalyzer, OperationRefusal, type LimitPolicy } from './operation-limits.ts';
import { RateLimiter } from './rate-limiter.ts';
import type { RouterContext } from './router-context.ts';
import { SubgraphClient } from './subgraph-client.ts';

export interface RouterAuthentication {
  /** Verifies a bearer token: `createTokenVerifier` from @plexus/identity for an OpenID Connect issuer or the demo issuer. */
  verifyToken: TokenVerifier;
  /** Shared with the subgraphs: signs the credential they accept (at least 32 bytes). */
  routerSecret: string;
  /** Requests without a token may read (never write) as the anonymous viewer. Off unless switched on. */
  anonymousRead?: boolean;
}

export interface RouterOptions {
  port: number;
  host?: string;
  /** Where each subgraph listens, by name; defaults to the URLs in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** Defaults to the committed `router/supergraph.graphql`. */
  supergraphPath?: string | URL;
  /** production: no introspection, landing page or field suggestions. Default: production when NODE_ENV is production. */
  mode?: 'production' | 'development';
  /**
   * Bearer tokens verified at the router; fail closed. Without it the router
   * still applies limits, but forwards the client's viewer headers as before:
   * only for the test stack until it signs its requests in.
   */
  auth?: RouterAuthentication;
  limits?: LimitPolicy;
  /** Browser origins allowed to call the graph (CORS); none by default: the control tower calls from its server. */
  corsOrigins?: readonly string[];
  /** Per-subgraph fetch timeout in ms (a number for all, or by subgraph name with `default`). */
  subgraphTimeoutMs?: number | (Record<string, number> & { default: number });
  /** Merge identical in-flight subgraph queries of the same viewer (default on). */
  dedupe?: boolean;
}

const graphqlPath = '/graphql';

/** Who the client says it is, passed on as is only while the router runs without authentication. */
const claimedViewerHeaders = [viewerRoleHeader, viewerUserHeader, viewerSupplierHeader, viewerSitesHeader];

/** Serves the supergraph with Apollo Gateway behind the router's own HTTP handling: identity, limits and hygiene come first. */
export async function startRouter(options: RouterOptions): Promise<RunningServer> {
  const supergraphSdl = await readFile(options.supergraphPath ?? committedSupergraphPath, 'utf8');
  const development = (options.mode ?? (process.env.NODE_ENV === 'production' ? 'production' : 'development')) === 'development';
  // Unless disabled, the gateway probes cloud metadata addresses and exports usage metrics to
  // Apollo; a control tower sends nothing off the machines it runs on.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const timeouts = options.subgraphTimeoutMs ?? 10_000;
  const clients: SubgraphClient[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
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
  const signer = auth ? createRouterCredentialSigner(auth.routerSecret) : undefined;

  async function authenticate(request: IncomingMessage): Promise<Viewer> {
    const authorization = request.headers.authorization;
    if (!authorization) {
      if (auth!.anonymousRead) return anonymousViewer;
      throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Sign in: send a bearer token', { headers: { 'www-authenticate': 'Bearer' } });
    }
    const [scheme, token, ...rest] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
      throw new HttpRefusal(401, 'UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"', { headers: { 'www-authenticate': 'Bearer' } });
    }
    try {
      return await auth!.verifyToken(token);
    } catch (error) {
      if (!(error instanceof IdentityError)) {
        console.error('router: verifying a token failed', error);
        throw new HttpRefusal(503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'Tokens cannot be verified right now; try again shortly');
      }
      const status = error.code === 'UNAUTHENTICATED' ? 401 : 403;
      throw new HttpRefusal(status, error.code, error.message, status === 401 ? { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } } : {});
    }
  }

  async function contextFor(request: IncomingMessage, viewer: Viewer | undefined): Promise<RouterContext> {
    if (viewer) {
      const subgraphHeaders: Record<string, string> = { [routerCredentialHeader]: await signer!.credentialFor(viewer) };
      // Until every subgraph verifies the credential, the verified claims also travel as the
      // viewer headers host reads today (one role: the token's first); never the client's own.
      if (!viewer.anonymous) {
        subgraphHeaders[viewerRoleHeader] = viewer.roles[0]!;
        subgraphHeaders[viewerUserHeader] = viewer.sub;
        if (viewer.supplierId) subgraphHeaders[viewerSupplierHeader] = viewer.supplierId;
        if (viewer.sites) subgraphHeaders[viewerSitesHeader] = viewer.sites.join(',');
      }
      return { viewer, viewerKey: viewerKey(viewer), subgraphHeaders };
    }
    const subgraphHeaders: Record<string, string> = {};
    for (const header of claimedViewerHeaders) {
      const value = request.headers[header];
      if (typeof value === 'string') subgraphHeaders[header] = value;
    }
    return { viewerKey: `claimed:${JSON.stringify(subgraphHeaders)}`, subgraphHeaders };
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

  async function handle(request: IncomingMessage, response: ServerResponse, cors: Record<string, string>): Promise<void> {
    const path = request.url?.split('?')[0];
    if (path !== graphqlPath) throw new HttpRefusal(404, 'NOT_FOUND', `The graph is served at ${graphqlPath}`);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, ...preflightHeaders });
      response.end();
      return;
    }
    if (request.method === 'GET' && development && request.headers.accept?.includes('text/html')) {
      // Development only: Apollo's landing page to explore the graph.
      const headers = new HeaderMap([['accept', request.headers.accept]]);
      await execute(response, { method: 'GET', headers, search: '', body: undefined }, { viewerKey: 'role:', subgraphHeaders: {} }, cors);
      return;
    }
    if (request.method !== 'POST') throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'Send operations with POST', { headers: { allow: 'POST, OPTIONS' } });
    requireJsonContentType(request);
    const viewer = auth ? await authenticate(request) : undefined;
    const limits = limitsFor(policy, viewer);
    const caller = viewer && !viewer.anonymous ? `user:${viewer.sub}` : `address:${request.socket.remoteAddress}`;
    const retryAfter = rateLimiter.take(caller, limits.requestsPerSecond, limits.burst);
    if (retryAfter > 0) {
      throw new HttpRefusal(429, 'RATE_LIMITED', `Too many requests; retry in ${retryAfter} s`, { headers: { 'retry-after': String(retryAfter) } });
    }
    const body = parseRequestBody(await readBody(request, limits.maxBodyBytes));
    const { operation } = analyzer.check(body.query, body.operationName, body.variables, limits);
    if (operation !== 'query' && viewer?.anonymous) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Sign in to change anything', { headers: { 'www-authenticate': 'Bearer' } });
    if (operation !== 'query' && viewer && !mayWrite(viewer)) {
      const roles = viewer.roles.join(' and ');
      throw new HttpRefusal(403, 'FORBIDDEN', `${/^[aeiou]/.test(roles) ? 'An' : 'A'} ${roles} may read but not change anything`);
    }
    const headers = new HeaderMap([
      ['content-type', 'application/json'],
      ['accept', request.headers.accept ?? 'application/json'],
    ]);
    await execute(response, { method: 'POST', headers, search: '', body }, await contextFor(request, viewer), cors);
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
