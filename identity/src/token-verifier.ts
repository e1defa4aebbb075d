import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { IdentityError, viewerFromClaims, type Viewer } from './viewer.ts';

export interface TokenVerifierOptions {
  /** The `iss` every token must carry; also where OpenID discovery looks when no JWKS URL is given. */
  issuer: string;
  /** The `aud` every token must carry. */
  audience: string;
  /** Where the issuer publishes its signing keys; default: `jwks_uri` of `<issuer>/.well-known/openid-configuration`. */
  jwksUrl?: string;
  /** Seconds of clock skew tolerated on `exp` and `nbf`. */
  clockToleranceSeconds?: number;
  /** How many verified tokens are remembered, so a token's signature is checked once, not per request. */
  cacheSize?: number;
}

/** Verifies a bearer token and returns who it names, or throws an IdentityError (any other error: the issuer could not be reached). */
export type TokenVerifier = (token: string) => Promise<Viewer>;

// Asymmetric algorithms only: a shared-secret (HS*) token could be forged by anyone holding the verification key.
const algorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

async function discoverJwksUrl(issuer: string): Promise<URL> {
  const response = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`));
  if (!response.ok) throw new Error(`OpenID discovery at ${issuer} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: unknown };
  if (typeof jwksUri !== 'string') throw new Error(`OpenID discovery at ${issuer} names no jwks_uri`);
  return new URL(jwksUri);
}

function refusal(error: unknown): IdentityError {
  if (error instanceof IdentityError) return error;
  if (error instanceof errors.JWTExpired) return new IdentityError('UNAUTHENTICATED', 'The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return new IdentityError('UNAUTHENTICATED', `The token's ${error.claim} claim is not accepted`);
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return new IdentityError('UNAUTHENTICATED', 'The token is not signed by the trusted issuer');
  }
  // The issuer's keys could not be fetched: the provider's trouble, not the caller's.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) throw error;
  if (error instanceof errors.JOSEAlgNotAllowed) return new IdentityError('UNAUTHENTICATED', 'The token’s signing algorithm is not accepted');
  if (error instanceof errors.JOSEError) return new IdentityError('UNAUTHENTICATED', 'The token is malformed');
  throw error;
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const signingKeys = () => {
    keys ??= (options.jwksUrl ? Promise.resolve(new URL(options.jwksUrl)) : discoverJwksUrl(options.issuer)).then((url) => createRemoteJWKSet(url));
    // A failed discovery is retried on the next request rather than remembered.
    keys.catch(() => (keys = undefined));
    return keys;
  };
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  const cacheSize = options.cacheSize ?? 10_000;
  const toleranceMs = (options.clockToleranceSeconds ?? 5) * 1000;

  return async (token) => {
    const known = verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt + toleranceMs) return known.viewer;
      verified.delete(token);
      throw new IdentityError('UNAUTHENTICATED', 'The token has expired');
    }
    try {
      const { payload } = await jwtVerify(token, await signingKeys(), {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
      });
      const viewer = viewerFromClaims(payload);
      if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
      verified.set(token, { viewer, expiresAt: payload.exp! * 1000 });
      return viewer;
    } catch (error) {
      throw refusal(error);
    }
  };
}
