import { errors, jwtVerify, SignJWT } from 'jose';
import { IdentityError, viewerFromClaims, viewerKey, type Viewer } from './viewer.ts';

/**
 * How the router tells a subgraph who is asking: a short-lived JWT signed
 * (HS256) with a secret only the router and the subgraphs hold. A subgraph
 * trusts nothing else, so a request sent straight to its port without this
 * header is refused, and a client's own headers never reach its rules.
 */
export const routerCredentialHeader = 'x-plexus-viewer';

const issuer = 'plexus-router';
const audience = 'plexus-subgraphs';

function secretKey(secret: string): Uint8Array {
  if (Buffer.byteLength(secret) < 32) throw new Error('The router secret (PLEXUS_ROUTER_SECRET) must be at least 32 bytes');
  return new TextEncoder().encode(secret);
}

export interface RouterCredentialSigner {
  /** The header value for a viewer; one credential per viewer is reused until it nears expiry. */
  credentialFor(viewer: Viewer): Promise<string>;
}

export function createRouterCredentialSigner(secret: string, options: { lifetimeSeconds?: number } = {}): RouterCredentialSigner {
  const key = secretKey(secret);
  const lifetime = options.lifetimeSeconds ?? 300;
  const issued = new Map<string, { credential: Promise<string>; renewAt: number }>();
  return {
    credentialFor(viewer) {
      const cacheKey = viewerKey(viewer);
      const now = Date.now();
      const current = issued.get(cacheKey);
      if (current && now < current.renewAt) return current.credential;
      const credential = new SignJWT({
        name: viewer.name,
        roles: viewer.roles,
        ...(viewer.supplierId ? { supplierId: viewer.supplierId } : {}),
        ...(viewer.sites ? { sites: viewer.sites } : {}),
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(viewer.sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(Math.floor(now / 1000))
        .setExpirationTime(Math.floor(now / 1000) + lifetime)
        .sign(key);
      if (issued.size >= 10_000) issued.delete(issued.keys().next().value!);
      // Renewed at half its life, so a subgraph never receives one about to expire.
      issued.set(cacheKey, { credential, renewAt: now + (lifetime * 1000) / 2 });
      return credential;
    },
  };
}

/** What a subgraph calls on every request: the viewer the router vouches for, or an IdentityError (UNAUTHENTICATED). */
export type RouterCredentialVerifier = (headerValue: string | string[] | undefined) => Promise<Viewer>;

export function createRouterCredentialVerifier(secret: string): RouterCredentialVerifier {
  const key = secretKey(secret);
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  return async (headerValue) => {
    const credential = Array.isArray(headerValue) ? headerValue[0] : headerValue;
    if (!credential) throw new IdentityError('UNAUTHENTICATED', 'Subgraphs answer the router only');
    const known = verified.get(credential);
    if (known && Date.now() < known.expiresAt) return known.viewer;
    try {
      const { payload } = await jwtVerify(credential, key, { issuer, audience, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      const viewer = viewerFromClaims(payload);
      if (verified.size >= 10_000) verified.delete(verified.keys().next().value!);
      verified.set(credential, { viewer, expiresAt: payload.exp! * 1000 });
      return viewer;
    } catch (error) {
      if (error instanceof IdentityError) throw error;
      if (error instanceof errors.JOSEError) throw new IdentityError('UNAUTHENTICATED', 'Subgraphs answer the router only');
      throw error;
    }
  };
}
