import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { openTestDatabase, type Database, type DatabaseTemplate } from '@plexus/db';
import type { IncomingHttpHeaders } from 'node:http';
import { bearerAuthenticator, discoverSubgraphs, openSubgraph, startSubgraph, type DiscoveredSubgraph, type RunningSubgraph, type Viewer } from '@plexus/host';
import { createRouterCredentialSigner, createTokenVerifier, routerCredentialHeader, viewerFromClaims } from '@plexus/identity';
import { defaultDemoUsers, startDemoIssuer, type DemoIssuer, type DemoUser, type TokenOptions } from '@plexus/identity/demo-issuer';
import { startRouter } from '@plexus/router';
import { mergeLimits } from '@plexus/router/configuration';
import { defaultLimitPolicy, type LimitPolicy } from '@plexus/router/operation-limits';
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
  /** The built-in token issuer the router trusts (OpenID discovery, JWKS, a demo user per role). */
  readonly issuerUrl: string;
  /** Each system's GraphQL URL, by name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Extra endpoints systems opened (e.g. `telemetry`, where machines POST NDJSON). */
  readonly endpoints: Readonly<Record<string, string>>;
  /** Sends one GraphQL request to the router over HTTP, as a client would, signed in with the built-in issuer's token for the viewer (a planner unless told). */
  query<Data = any>(query: string, variables?: Record<string, unknown>, options?: ViewerOptions): Promise<GraphQLResponse<Data>>;
  /** The built-in issuer's bearer token for the viewer (a planner unless told): for endpoints beside the graph (telemetry). */
  tokenFor(options?: ViewerOptions): Promise<string>;
  /** A token of the built-in issuer with any claims (expired, for another audience, odd roles): for specs of what is refused. */
  signToken(claims: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  /** Headers that let a spec call a subgraph straight, as the router would for the viewer: the router's signed credential. */
  subgraphHeaders(options?: ViewerOptions): Promise<Record<string, string>>;
  /** The secret the router signs its credential with, for specs that start routers of their own over these systems. */
  readonly routerSecret: string;
  /** Verifies a request's bearer token as the systems' extra endpoints do (for specs that start such an endpoint themselves). */
  authenticate(headers: IncomingHttpHeaders): Promise<Viewer>;
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
  /** Ports by system name, `router` and `issuer`; 0 or absent picks a free port. */
  ports?: Readonly<Record<string, number>>;
  /** What "now" is for the demo data. */
  today?: Date;
  demo?: DemoOptions;
  /** One polling pace for every system's consumers and pollers (ms); tests that count statements set it past their end. */
  pollIntervalMs?: number;
  /** Pollers also wake at the stack's own writes even when `pollIntervalMs` paces them (the control tower's live pages). */
  reactToWrites?: boolean;
  /** The router's operation limits; default: production's, with room for specs' bulk fixtures (50 machines in one query: aliases and tokens; days of telemetry in one mutation: body) and pace. */
  routerLimits?: LimitPolicy;
}

const specLimits = mergeLimits(defaultLimitPolicy, { default: { maxAliases: 100, maxTokens: 10_000, maxBodyBytes: 16 * 1024 * 1024, requestsPerSecond: 10_000, burst: 10_000 } });

// The demo company's last quarter: every monthly KPI gets three points, and the first start stays short.
export const defaultDemo = { days: 90, seed: 20261124 } as const;

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

/** What shapes an empty database besides the systems' own migrations: the mechanisms whose tables the host adds to each. */
const mechanismSources = ['events/migrations/', 'events/src/', 'host/migrations/', 'host/src/audit/', 'db/src/'];

function filesUnder(folder: URL): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(new URL(`${entry.name}/`, folder)) : [new URL(entry.name, folder).pathname]))
    .sort();
}

/**
 * A server database with every system's tables, copied for each test file's
 * stack instead of migrating anew; keyed by the text of everything that
 * shapes the schema, so a changed migration builds a new template.
 */
function migratedTemplate(systems: readonly DiscoveredSubgraph[]): DatabaseTemplate {
  const hash = createHash('sha256');
  const root = new URL('../', import.meta.url).pathname;
  const folders = [...systems.map(({ dir }) => `${dir}/migrations/`), ...mechanismSources];
  for (const file of folders.flatMap((folder) => filesUnder(new URL(`../${folder}`, import.meta.url)))) hash.update(file.slice(root.length)).update(readFileSync(file));
  return {
    key: hash.digest('hex').slice(0, 16),
    async prepare(database) {
      for (const { declaration } of systems) await (await openSubgraph(declaration, database)).close();
    },
  };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const systems = await discoverSubgraphs();
  const database = options.database ?? (await openTestDatabase({ template: migratedTemplate(systems) }));
  const ports = options.ports ?? {};
  const running = new Map<string, RunningSubgraph>();
  let issuer: DemoIssuer | undefined;
  // Systems answer only requests carrying the router's credential, signed with this secret.
  const routerSecret = randomBytes(32).toString('base64url');
  try {
    if ((options.seed ?? 'demo') === 'demo') {
      // Opening every system first creates the event stream the emptiness check reads.
      for (const { declaration } of systems) await (await openSubgraph(declaration, database)).close();
      if (await isEmpty(database)) await simulateDemoCompany(systems, database, { now: options.today, ...options.demo });
    }
    // The issuer reads its users at sign-in, so the demo supplier user can be pointed at a real supplier once the graph is up.
    const demoUsers: DemoUser[] = defaultDemoUsers.map((user) => ({ ...user }));
    issuer = await startDemoIssuer({ port: ports.issuer ?? 0, audience: 'plexus', users: demoUsers });
    const verifyToken = createTokenVerifier({ issuer: issuer.issuer, audience: 'plexus', jwksUrl: issuer.jwksUrl });
    for (const { declaration } of systems) {
      running.set(
        declaration.name,
        await startSubgraph(declaration, database, { port: ports[declaration.name] ?? 0, pollIntervalMs: options.pollIntervalMs, reactToWrites: options.reactToWrites, auth: { routerSecret, verifyToken } }),
      );
    }
    const subgraphUrls = Object.fromEntries([...running].map(([name, subgraph]) => [name, subgraph.url]));
    const router = await startRouter({ port: ports.router ?? 0, subgraphUrls, limits: options.routerLimits ?? specLimits, auth: { verifyToken, routerSecret } });
    const signedIn = issuer;
    const signer = createRouterCredentialSigner(routerSecret);
    // A supplier user always acts for a supplier (identity refuses one without); unnamed, one no system has heard of.
    const unknownSupplierId = randomUUID();
    const claimsFor = ({ role = 'planner', supplierId, sites }: ViewerOptions) => ({
      sub: `stack-${role}`,
      name: `Stack ${role}`,
      roles: [role],
      ...(supplierId || role === 'supplier' ? { supplierId: supplierId ?? unknownSupplierId } : {}),
      ...(sites ? { sites } : {}),
    });
    const tokens = new Map<string, Promise<string>>();
    const tokenFor = (viewer: ViewerOptions = {}) => {
      const key = JSON.stringify([viewer.role, viewer.supplierId, viewer.sites]);
      if (!tokens.has(key)) tokens.set(key, signedIn.sign(claimsFor(viewer)));
      return tokens.get(key)!;
    };
    if ((options.seed ?? 'demo') === 'demo') {
      // The portal's demo user acts for the demo company's first supplier, so signing in as it shows that supplier's orders.
      const first = await postGraphQL<{ suppliers: { items: { id: string }[] } }>(router.url, '{ suppliers(first: 1) { items { id } } }', {}, { token: await tokenFor({ role: 'admin' }) });
      const supplierId = first.data?.suppliers.items[0]?.id;
      const portalUser = demoUsers.find((user) => user.roles.includes('supplier'));
      if (supplierId && portalUser) portalUser.supplierId = supplierId;
    }
    const drainConsumers = async () => {
      for (let consumed = -1; consumed !== 0; ) {
        consumed = 0;
        for (const subgraph of running.values()) consumed += await subgraph.drainConsumers();
      }
    };
    // A system's first catch-up after it starts (analytics' exception inbox reads all of history) runs in the background:
    // the stack is handed over once it is done, so a spec's first requests neither wait on it nor count its statements.
    await drainConsumers();
    const ownsDatabase = !options.database;
    return {
      database,
      routerUrl: router.url,
      issuerUrl: issuer.issuer,
      subgraphUrls,
      endpoints: Object.assign({}, ...[...running.values()].map((subgraph) => subgraph.endpoints)),
      routerSecret,
      query: async (query, variables, queryOptions = {}) => postGraphQL(router.url, query, variables, { token: await tokenFor(queryOptions) }),
      tokenFor,
      signToken: (claims, tokenOptions) => signedIn.sign(claims, tokenOptions),
      authenticate: bearerAuthenticator(verifyToken),
      subgraphHeaders: async (viewer = {}) => ({ [routerCredentialHeader]: await signer.credentialFor(viewerFromClaims(claimsFor(viewer))) }),
      drainConsumers,
      async stopSubgraph(name) {
        await running.get(name)?.stop();
        running.delete(name);
      },
      async stop() {
        await router.stop();
        await signedIn.stop();
        for (const subgraph of [...running.values()].reverse()) await subgraph.stop();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    await issuer?.stop();
    for (const subgraph of [...running.values()].reverse()) await subgraph.stop().catch(() => undefined);
    if (!options.database) await database.close();
    throw error;
  }
}
