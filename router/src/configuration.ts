import { readFile } from 'node:fs/promises';
import { plexusMode, portVariable } from '@plexus/host';
import { createTokenVerifier, isRole } from '@plexus/identity';
import { startDemoIssuer, type DemoIssuer } from '@plexus/identity/demo-issuer';
import { defaultLimitPolicy, type LimitPolicy, type OperationLimits } from './operation-limits.ts';
import { supergraphPath } from './composition.ts';
import { readTrustedDocuments } from './trusted-documents.ts';
import type { RouterOptions } from './router.ts';

/**
 * The router's settings from the environment (README, "Who may do what"):
 *
 * - `PLEXUS_MODE`: `production` or `development` (default: production when NODE_ENV is).
 * - `PLEXUS_AUTH_ISSUER`: the OpenID Connect issuer whose tokens are accepted. Unset in
 *   development: the built-in demo issuer starts on `PLEXUS_ISSUER_PORT` (default 4010).
 *   Unset in production: the router refuses to start.
 * - `PLEXUS_AUTH_AUDIENCE`: the `aud` tokens must carry (default `plexus`).
 * - `PLEXUS_AUTH_JWKS_URL`: the issuer's keys; default: found by OpenID discovery.
 * - `PLEXUS_ROUTER_SECRET` (required): shared with the systems, signs the only credential they accept (≥ 32 bytes).
 * - `PLEXUS_CORS_ORIGINS`: comma-separated browser origins allowed to call the graph.
 * - `PLEXUS_SUBGRAPH_TIMEOUT_MS`: subgraph fetch timeout (default 10000);
 *   `PLEXUS_SUBGRAPH_TIMEOUT_MS_<NAME>` for one subgraph (e.g. `_ANALYTICS`).
 * - `PLEXUS_LIMITS`: JSON overriding the limit policy, e.g. `{"default":{"requestsPerSecond":100},"byRole":{"analyst":{"maxDepth":20}}}`.
 * - `PLEXUS_SUPERGRAPH`: path of the supergraph to serve (default: the committed one).
 * - `PLEXUS_TRUSTED_DOCUMENTS`: `on` (default in production) or `off` (default in development): users
 *   without an open role may send only the control tower's operations (`router/trusted-documents.json`).
 * - `PLEXUS_OPEN_ROLES`: roles that may send their own operations (default `analyst,admin`).
 * - `<NAME>_PORT` (e.g. `CRM_PORT`): moves a system off the port composed into the supergraph.
 */
export async function routerOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<{ options: RouterOptions; demoIssuer?: DemoIssuer }> {
  const mode = plexusMode(env);
  const audience = env.PLEXUS_AUTH_AUDIENCE ?? 'plexus';
  let demoIssuer: DemoIssuer | undefined;
  let issuer = env.PLEXUS_AUTH_ISSUER;
  let jwksUrl = env.PLEXUS_AUTH_JWKS_URL;
  if (!issuer) {
    if (mode === 'production') throw new Error('Set PLEXUS_AUTH_ISSUER (and PLEXUS_AUTH_AUDIENCE) to the OpenID Connect provider whose tokens the router accepts');
    demoIssuer = await startDemoIssuer({ port: Number(env.PLEXUS_ISSUER_PORT ?? 4010), audience });
    issuer = demoIssuer.issuer;
    jwksUrl = demoIssuer.jwksUrl;
  }
  const routerSecret = env.PLEXUS_ROUTER_SECRET;
  if (!routerSecret) throw new Error('Set PLEXUS_ROUTER_SECRET (at least 32 bytes), the same for the router and every system: systems answer the router only');
  const timeoutMs = Number(env.PLEXUS_SUBGRAPH_TIMEOUT_MS ?? 10_000);
  const perSubgraph = Object.entries(env)
    .filter(([name]) => name.startsWith('PLEXUS_SUBGRAPH_TIMEOUT_MS_'))
    .map(([name, value]) => [name.slice('PLEXUS_SUBGRAPH_TIMEOUT_MS_'.length).toLowerCase(), Number(value)]);
  const supergraph = await readFile(env.PLEXUS_SUPERGRAPH ?? supergraphPath, 'utf8');
  const subgraphUrls = Object.fromEntries(
    [...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => {
      const port = env[portVariable(name!)];
      return [name!, port ? url!.replace(/:\d+\//, `:${port}/`) : url!];
    }),
  );
  return {
    demoIssuer,
    options: {
      port: Number(env.ROUTER_PORT ?? 4000),
      mode,
      subgraphUrls,
      ...(env.PLEXUS_SUPERGRAPH ? { supergraphPath: env.PLEXUS_SUPERGRAPH } : {}),
      auth: {
        verifyToken: createTokenVerifier({ issuer, audience, ...(jwksUrl ? { jwksUrl } : {}) }),
        routerSecret,
      },
      corsOrigins: (env.PLEXUS_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
      subgraphTimeoutMs: { default: timeoutMs, ...Object.fromEntries(perSubgraph) },
      ...((env.PLEXUS_TRUSTED_DOCUMENTS ?? (mode === 'production' ? 'on' : 'off')) === 'on'
        ? { trustedDocuments: await readTrustedDocuments((env.PLEXUS_OPEN_ROLES ?? 'analyst,admin').split(',').map((role) => role.trim()).filter(isRole)) }
        : {}),
      limits: env.PLEXUS_LIMITS ? mergeLimits(defaultLimitPolicy, JSON.parse(env.PLEXUS_LIMITS) as PartialPolicy) : defaultLimitPolicy,
    },
  };
}

type PartialPolicy = { default?: Partial<OperationLimits>; byRole?: LimitPolicy['byRole'] };

export function mergeLimits(policy: LimitPolicy, overrides: PartialPolicy): LimitPolicy {
  const byRole = { ...policy.byRole };
  for (const [role, limits] of Object.entries(overrides.byRole ?? {}) as [keyof NonNullable<LimitPolicy['byRole']>, Partial<OperationLimits>][]) {
    byRole[role] = { ...byRole[role], ...limits };
  }
  return { default: { ...policy.default, ...overrides.default }, byRole };
}
