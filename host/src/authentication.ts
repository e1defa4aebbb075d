import type { IncomingHttpHeaders } from 'node:http';
import { createTokenVerifier, IdentityError, type TokenVerifier } from '@plexus/identity';
import { viewerFromIdentity, type Viewer } from './viewer.ts';

/** What a hosted system needs to know who is asking. */
export interface SubgraphAuthentication {
  /** Shared with the router, which signs its credential with it (at least 32 bytes): the only caller a GraphQL server answers. */
  routerSecret: string;
  /** Verifies the bearer tokens of extra endpoints (telemetry); absent: they refuse every request. */
  verifyToken?: TokenVerifier;
}

/**
 * A system's authentication from the environment, for a system run as its
 * own process: PLEXUS_ROUTER_SECRET (required, the router's), and for extra
 * endpoints the issuer the router trusts: PLEXUS_AUTH_ISSUER,
 * PLEXUS_AUTH_AUDIENCE (default `plexus`), PLEXUS_AUTH_JWKS_URL (default: by
 * OpenID discovery).
 */
export function subgraphAuthenticationFromEnvironment(env: NodeJS.ProcessEnv = process.env): SubgraphAuthentication {
  const routerSecret = env.PLEXUS_ROUTER_SECRET;
  if (!routerSecret) throw new Error('Set PLEXUS_ROUTER_SECRET (at least 32 bytes), the same for the router and every system: systems answer the router only');
  const issuer = env.PLEXUS_AUTH_ISSUER;
  return {
    routerSecret,
    ...(issuer
      ? {
          verifyToken: createTokenVerifier({
            issuer,
            audience: env.PLEXUS_AUTH_AUDIENCE ?? 'plexus',
            ...(env.PLEXUS_AUTH_JWKS_URL ? { jwksUrl: env.PLEXUS_AUTH_JWKS_URL } : {}),
          }),
        }
      : {}),
  };
}

/** Reads `Authorization: Bearer <token>` and verifies it; fails closed without a verifier. */
export function bearerAuthenticator(verifyToken: TokenVerifier | undefined): (headers: IncomingHttpHeaders) => Promise<Viewer> {
  return async (headers) => {
    const [scheme, token, ...rest] = (headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) throw new IdentityError('UNAUTHENTICATED', 'Sign in: send "Authorization: Bearer <token>"');
    if (!verifyToken) throw new IdentityError('UNAUTHENTICATED', 'This endpoint has no token issuer configured (PLEXUS_AUTH_ISSUER)');
    return viewerFromIdentity(await verifyToken(token));
  };
}
