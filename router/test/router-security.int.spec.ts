import { createRouterCredentialSigner, createRouterCredentialVerifier, createTokenVerifier, routerCredentialHeader, type Viewer } from '@plexus/identity';
import { startDemoIssuer, type DemoIssuer } from '@plexus/identity/demo-issuer';
import type { RunningServer } from '@plexus/host';
import { print } from 'graphql';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { postGraphQL } from '@plexus/scripts/graphql-client';
import { createCustomer, createItem, createSalesOrder, createSite } from '@plexus/test-kit';
import { mergeLimits } from '../src/configuration.ts';
import { defaultLimitPolicy } from '../src/operation-limits.ts';
import { startRouter, type RouterOptions } from '../src/router.ts';
import { readTrustedDocuments } from '../src/trusted-documents.ts';
import { OrdersPageDocument } from '../../control-tower/src/lib/graphql/__generated__/operations.ts';
import { startSubgraphTap, type SubgraphTap } from './subgraph-tap.ts';

/**
 * The router as an outsider meets it: a production-mode router with bearer
 * tokens from the built-in issuer, over the real subgraphs of a stack.
 */

const audience = 'plexus';
let stack: Stack;
let issuer: DemoIssuer;
let router: RunningServer;
const routers: RunningServer[] = [];
const taps: SubgraphTap[] = [];
const tokens: Record<string, string> = {};

async function startAuthenticatedRouter(options: Partial<RouterOptions> = {}): Promise<RunningServer> {
  const started = await startRouter({
    port: 0,
    mode: 'production',
    subgraphUrls: stack.subgraphUrls,
    auth: { verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience }), routerSecret: stack.routerSecret },
    corsOrigins: ['http://control-tower.test'],
    ...options,
  });
  routers.push(started);
  return started;
}

beforeAll(async () => {
  // A few orders are all these checks read: the demo company's history would only slow the start.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const [item, site, customer] = [await createItem(stack), await createSite(stack), await createCustomer(stack)];
  for (let order = 0; order < 3; order += 1) await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 2 }]);
  issuer = await startDemoIssuer({ port: 0, audience });
  for (const user of issuer.users) tokens[user.roles[0]!] = await issuer.tokenFor(user.sub);
  router = await startAuthenticatedRouter();
}, 300_000);
afterAll(async () => {
  for (const started of routers) await started.stop();
  for (const tap of taps) await tap.stop();
  await issuer?.stop();
  await stack?.stop();
});

const query = (token: string | undefined, text: string, variables?: Record<string, unknown>, url = router.url) => postGraphQL<any>(url, text, variables, token ? { token } : {});

async function raw(body: string, headers: Record<string, string>, url = router.url) {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text, json: JSON.parse(text) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] } };
}

/** `salesOrders → shipments → salesOrder → shipments → …`, `levels` fields deep below the page's items, ~90 bytes a level. */
function deepOrderQuery(levels: number): string {
  let inner = 'id';
  for (let level = levels; level > 0; level -= 1) {
    inner = level % 2 === 1 ? `shipments { id number shippedAt warehouse { code name } ${inner} }` : `salesOrder { id number status dueDate orderedAt requestedDate promisedDate totalAmount currency ${inner} }`;
  }
  return `{ salesOrders(first: 5) { items { id ${inner} } } }`;
}

const aliasedSnapshots = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `s${index}: kpiSnapshot(filter: { siteId: "0196a0b0-0000-7000-8000-00000000000${index % 10}" }) { name }`).join(' ')} }`;

const ordersQuery = '{ salesOrders(first: 3) { totalCount items { number customer { name } } } }';

describe('operation limits, before planning', () => {
  it('refuses a 1,000-level nesting (~80 KB) by its size for a browser user and its tokens for an analyst', async () => {
    const deep = deepOrderQuery(1000);
    expect(deep.length).toBeGreaterThan(75_000);
    const planner = await query(tokens.planner, deep);
    expect(planner.status).toBe(413);
    expect(planner.data).toBeUndefined();
    expect(planner.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const analyst = await query(tokens.analyst, deep);
    expect(analyst.status).toBe(400);
    expect(analyst.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens', maximum: 10_000 });
    // The graph is still up.
    expect((await query(tokens.planner, ordersQuery)).data.salesOrders.items).toHaveLength(3);
  });

  it('refuses a 300-level nesting by its tokens for a browser user and its depth for an analyst', async () => {
    const deep = deepOrderQuery(300);
    expect((await query(tokens.planner, deep)).errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens', maximum: 2_000 });
    const analyst = await query(tokens.analyst, deep);
    expect(analyst.status).toBe(400);
    expect(analyst.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'depth', maximum: 15 });
  });

  it('refuses one level past the depth limit and serves the limit itself', async () => {
    // Every field counts, scalars too: this is 10 deep, the browser limit.
    const path = ['salesOrders', 'items', 'shipments', 'salesOrder', 'shipments', 'salesOrder', 'shipments', 'salesOrder', 'shipments'];
    const chain = (leaf: string) => `{ ${path.join(' { ')} { ${leaf} ${' }'.repeat(path.length)} }`;
    expect((await query(tokens.planner, chain('id'))).errors).toBeUndefined();
    expect((await query(tokens.planner, chain('salesOrder { id }'))).errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'depth', maximum: 10 });
  });

  it('refuses 500 aliases of a filtered kpiSnapshot, and gives an analyst more aliases than a browser user', async () => {
    const result = await query(tokens.analyst, aliasedSnapshots(500));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'aliases', maximum: 100 });
    // Forty cheap aliases: over a browser user's limit, within an analyst's.
    const forty = `{ ${Array.from({ length: 40 }, (_, index) => `s${index}: sites { id }`).join(' ')} }`;
    expect((await query(tokens.planner, forty)).errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'aliases', maximum: 30 });
    const analyst = await query(tokens.analyst, forty);
    expect(analyst.errors).toBeUndefined();
    expect(Object.keys(analyst.data)).toHaveLength(40);
  });

  it('refuses a page too large to answer by its estimated cost, and serves a smaller one', async () => {
    const wide = (first: number) => `{ salesOrders(first: ${first}) { items { lines { item { sku } } shipments { lines { picks { lot { lotNumber } } } } } } }`;
    expect((await query(tokens.planner, wide(5000))).errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost' });
    expect((await query(tokens.planner, wide(5))).errors).toBeUndefined();
  });
});

describe('authentication', () => {
  it('gives no data without a token', async () => {
    const result = await query(undefined, ordersQuery);
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses forged, unsigned, expired, wrong-audience and wrong-issuer tokens', async () => {
    const claims = { sub: 'demo-admin', name: 'Mallory', roles: ['admin'] };
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'forged' }).setIssuer(issuer.issuer).setAudience(audience).setExpirationTime('1h').sign(privateKey);
    const unsigned = new UnsecuredJWT(claims).setIssuer(issuer.issuer).setAudience(audience).setExpirationTime('1h').encode();
    const expired = await issuer.sign(claims, { lifetimeSeconds: -60 });
    const wrongAudience = await issuer.sign(claims, { audience: 'another-api' });
    const otherIssuer = await startDemoIssuer({ port: 0, audience });
    const wrongIssuer = await otherIssuer.sign(claims);
    await otherIssuer.stop();
    for (const token of [forged, unsigned, expired, wrongAudience, wrongIssuer, 'not-a-jwt']) {
      const result = await query(token, ordersQuery);
      expect(result.status).toBe(401);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await query(tokens.admin, ordersQuery)).data.salesOrders.totalCount).toBeGreaterThan(0);
  });

  it('answers 503 with a code, not 500 or 401, while the issuer’s keys cannot be fetched', async () => {
    const unreachable = await startAuthenticatedRouter({ auth: { verifyToken: createTokenVerifier({ issuer: 'http://127.0.0.1:9', audience }), routerSecret: stack.routerSecret } });
    const result = await query(tokens.planner, ordersQuery, undefined, unreachable.url);
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
  });

  it('refuses a token whose roles are not Plexus roles: an unknown role is no role', async () => {
    for (const roles of [['superuser'], 'analyst,planner', ['Executive'], []]) {
      const result = await query(await issuer.sign({ sub: 'someone', name: 'Someone', roles }), ordersQuery);
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a token whose sites are empty or not site ids, or that scopes a supplier or an administrator to sites', async () => {
    const site = '01930000-0000-7000-8000-000000000001';
    for (const claims of [
      { roles: ['planner'], sites: [] },
      { roles: ['planner'], sites: 'everywhere' },
      { roles: ['planner'], sites: ['north'] },
      { roles: ['admin'], sites: [site] },
      { roles: ['supplier'], supplierId: site, sites: [site] },
    ]) {
      const result = await query(await issuer.sign({ sub: 'site-user', name: 'Site user', ...claims }), ordersQuery);
      expect(result.status, JSON.stringify(claims)).toBe(403);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets read-only roles read but not write, and writes nothing for them', async () => {
    const sites = async () => (await query(tokens.admin, '{ sites { id } }')).data.sites.length;
    const before = await sites();
    const createSite = 'mutation ($input: CreateSiteInput!) { createSite(input: $input) { id } }';
    for (const role of ['executive', 'analyst']) {
      expect((await query(tokens[role], '{ sites { id } }')).data.sites).toHaveLength(before);
      const result = await query(tokens[role], createSite, { input: { code: `X-${role}`, name: 'Refused', timeZone: 'Europe/Berlin' } });
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await sites()).toBe(before);
  });

  it('writes nothing without a token, and refuses a supplier token that also claims a company role', async () => {
    const sites = async () => (await query(tokens.admin, '{ sites { id } }')).data.sites.length;
    const before = await sites();
    const write = await query(undefined, 'mutation { createSite(input: { code: "ANON", name: "Anon", timeZone: "UTC" }) { id } }');
    expect(write.status).toBe(401);
    expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const escalating = await issuer.sign({ sub: 'demo-supplier', name: 'Sam Supplier', roles: ['supplier', 'admin'], supplierId: 'demo-supplier' });
    const escalated = await query(escalating, 'mutation { createSite(input: { code: "ESC", name: "Escalated", timeZone: "UTC" }) { id } }');
    expect(escalated.status).toBe(403);
    expect(escalated.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sites()).toBe(before);
  });
});

describe('what subgraphs receive', () => {
  it('forwards the verified claims (as a credential only the router can sign) instead of the client’s headers', async () => {
    const tap = await startSubgraphTap(stack.subgraphUrls.crm!);
    taps.push(tap);
    const tapped = await startAuthenticatedRouter({ subgraphUrls: { ...stack.subgraphUrls, crm: tap.url } });
    const response = await fetch(tapped.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supplier}`, 'x-plexus-role': 'admin', [routerCredentialHeader]: 'forged' },
      body: JSON.stringify({ query: ordersQuery }),
    });
    expect(response.status).toBe(200);
    const [sent] = tap.received;
    expect(Object.keys(sent!.headers).filter((name) => name.startsWith('x-plexus-'))).toEqual([routerCredentialHeader]);
    expect(sent!.headers.authorization).toBeUndefined();
    const viewer: Viewer = await createRouterCredentialVerifier(stack.routerSecret)(sent!.headers[routerCredentialHeader]);
    expect(viewer).toEqual({ sub: 'demo-supplier', name: 'Sam Supplier', roles: ['supplier'], supplierId: 'demo-supplier' });
    await expect(createRouterCredentialVerifier('another secret, also thirty-two bytes long')(sent!.headers[routerCredentialHeader])).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(createRouterCredentialVerifier(stack.routerSecret)(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers a request straight to a subgraph only with the router’s credential', async () => {
    const direct = (headers: Record<string, string>) => raw(JSON.stringify({ query: '{ salesOrders(first: 1) { items { id } } }' }), { 'content-type': 'application/json', ...headers }, stack.subgraphUrls.crm!);
    const forgedSigner = createRouterCredentialSigner('another secret, also thirty-two bytes long');
    const forged = await forgedSigner.credentialFor({ sub: 'mallory', name: 'Mallory', roles: ['admin'] });
    for (const headers of [{}, { 'x-plexus-role': 'admin' }, { authorization: `Bearer ${tokens.admin}` }, { [routerCredentialHeader]: forged }, { [routerCredentialHeader]: tokens.admin! }] as Record<string, string>[]) {
      const refused = await direct(headers);
      expect(refused.status).toBe(401);
      expect(refused.json.data).toBeUndefined();
      expect(refused.json.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    const signed = await direct(await stack.subgraphHeaders({ role: 'planner' }));
    expect(signed.status).toBe(200);
    expect((signed.json.data as { salesOrders: { items: unknown[] } }).salesOrders.items).toHaveLength(1);
  });

  it('merges identical queries in flight for the same viewer, and never across viewers', async () => {
    const tap = await startSubgraphTap(stack.subgraphUrls.crm!);
    taps.push(tap);
    const tapped = await startAuthenticatedRouter({ subgraphUrls: { ...stack.subgraphUrls, crm: tap.url }, subgraphTimeoutMs: 1_500 });
    tap.hang = true;
    const same = [query(tokens.planner, ordersQuery, undefined, tapped.url), query(tokens.planner, ordersQuery, undefined, tapped.url)];
    const other = query(tokens.buyer, ordersQuery, undefined, tapped.url);
    await expect.poll(() => tap.received.length).toBe(2);
    tap.hang = false;
    // The two subgraph requests hang for good; the router's timeout frees them (SUBGRAPH_TIMEOUT) and nothing else was sent.
    const answers = await Promise.all([...same, other]);
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(['SUBGRAPH_TIMEOUT', 'SUBGRAPH_TIMEOUT', 'SUBGRAPH_TIMEOUT']);
    expect(tap.received).toHaveLength(2);
    const viewers = await Promise.all(tap.received.map((sent) => createRouterCredentialVerifier(stack.routerSecret)(sent.headers[routerCredentialHeader])));
    expect(viewers.map((viewer) => viewer.sub).sort()).toEqual(['demo-buyer', 'demo-planner']);
    expect((await query(tokens.planner, ordersQuery, undefined, tapped.url)).data.salesOrders.items).toHaveLength(3);
  }, 30_000);
});

describe('error hygiene', () => {
  const noInternals = (text: string) => expect(text).not.toMatch(/<html|\bat [\w.<>]+ \(|\/work\/|node_modules|\.ts:\d+/i);

  it('answers malformed JSON, a wrong content type and an oversize body with GraphQL-shaped 4xx errors', async () => {
    const auth = { authorization: `Bearer ${tokens.planner}` };
    const malformed = await raw('{"query": "{ sites { id } }"', { ...auth, 'content-type': 'application/json' });
    expect([malformed.status, malformed.json.errors[0]!.extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const text = await raw('{ sites { id } }', { ...auth, 'content-type': 'text/plain' });
    expect([text.status, text.json.errors[0]!.extensions.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const form = await raw('query=%7B%7D', { ...auth, 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const oversize = await raw(JSON.stringify({ query: `{ sites { id } } # ${'x'.repeat(40_000)}` }), { ...auth, 'content-type': 'application/json' });
    expect([oversize.status, oversize.json.errors[0]!.extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const batch = await raw(JSON.stringify([{ query: '{ sites { id } }' }]), { ...auth, 'content-type': 'application/json' });
    expect([batch.status, batch.json.errors[0]!.extensions.code]).toEqual([400, 'BAD_REQUEST']);
    for (const answer of [malformed, text, form, oversize, batch]) {
      expect(answer.contentType).toMatch(/^application\/json/);
      noInternals(answer.text);
    }
    const get = await fetch(router.url, { headers: { accept: 'text/html' } });
    expect(get.status).toBe(405);
    noInternals(await get.text());
  });

  it('suggests no field names and refuses introspection in production mode; development keeps both', async () => {
    const typo = '{ salesOrders { item { number } } }';
    const production = await query(tokens.planner, typo);
    expect(production.status).toBe(400);
    expect(production.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(production.errors)).not.toMatch(/Did you mean/);
    expect((await query(tokens.planner, '{ __schema { types { name } } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const development = await startAuthenticatedRouter({ mode: 'development' });
    expect((await query(tokens.planner, typo, undefined, development.url)).errors?.[0]?.message).toMatch(/Did you mean "items"/);
    expect((await query(tokens.planner, '{ __schema { queryType { name } } }', undefined, development.url)).data.__schema.queryType.name).toBe('Query');
  });

  it('answers CORS only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(router.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const allowed = await preflight('http://control-tower.test');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://control-tower.test');
    const refused = await preflight('http://evil.test');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    // Without a preflight only a non-browser can send this, and it can name any origin it likes: it gets no CORS grant.
    const noPreflight = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.test', authorization: `Bearer ${tokens.planner}` },
      body: JSON.stringify({ query: '{ sites { id } }' }),
    });
    expect(noPreflight.headers.get('access-control-allow-origin')).toBeNull();
    // An allowed origin can read why it was refused.
    const unsigned = await fetch(router.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://control-tower.test' }, body: JSON.stringify({ query: ordersQuery }) });
    expect([unsigned.status, unsigned.headers.get('access-control-allow-origin')]).toEqual([401, 'http://control-tower.test']);
  });
});

describe('trusted documents', () => {
  it('lets browser users send only the control tower’s operations, and analysts their own', async () => {
    const trusted = await startAuthenticatedRouter({ trustedDocuments: await readTrustedDocuments(['analyst', 'admin']) });
    const ordersPage = await query(tokens.planner, print(OrdersPageDocument), { first: 3, offset: 0 }, trusted.url);
    expect(ordersPage.errors).toBeUndefined();
    expect(ordersPage.data.salesOrders.items).toHaveLength(3);
    const own = await query(tokens.planner, ordersQuery, undefined, trusted.url);
    expect([own.status, own.errors?.[0]?.extensions?.code, own.data]).toEqual([403, 'UNTRUSTED_OPERATION', undefined]);
    // One character changed is another document.
    expect((await query(tokens.supplier, `${print(OrdersPageDocument)} `, { first: 3, offset: 0 }, trusted.url)).status).toBe(403);
    expect((await query(tokens.analyst, ordersQuery, undefined, trusted.url)).data.salesOrders.items).toHaveLength(3);
  });
});

describe('resilience', () => {
  it('times out a hanging subgraph with a coded error while other queries are served', async () => {
    const tap = await startSubgraphTap(stack.subgraphUrls.analytics!);
    taps.push(tap);
    tap.hang = true;
    const hanging = await startAuthenticatedRouter({ subgraphUrls: { ...stack.subgraphUrls, analytics: tap.url }, subgraphTimeoutMs: { default: 10_000, analytics: 1_500 } });
    let timelineAnswered = false;
    const withTimeline = query(tokens.planner, '{ salesOrders(first: 2) { items { number timeline { type } } } }', undefined, hanging.url).finally(() => (timelineAnswered = true));
    await expect.poll(() => tap.received.length).toBe(1);
    for (let request = 0; request < 5; request += 1) {
      expect((await query(tokens.planner, ordersQuery, undefined, hanging.url)).data.salesOrders.items).toHaveLength(3);
    }
    expect(timelineAnswered).toBe(false);
    const result = await withTimeline;
    expect(result.data.salesOrders.items).toHaveLength(2);
    expect(result.data.salesOrders.items[0].timeline).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'analytics' });
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1/);
  });

  it('limits the request rate per user, not per router', async () => {
    const limited = await startAuthenticatedRouter({ limits: mergeLimits(defaultLimitPolicy, { default: { requestsPerSecond: 0.01, burst: 3 } }) });
    const statuses = [];
    for (let request = 0; request < 4; request += 1) statuses.push((await query(tokens.planner, '{ sites { id } }', undefined, limited.url)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await query(tokens.planner, '{ sites { id } }', undefined, limited.url);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await query(tokens.buyer, '{ sites { id } }', undefined, limited.url)).status).toBe(200);
  });
});
