import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Role } from './viewer.ts';

/**
 * The built-in token issuer for local use: a demo user per role, tokens
 * signed with a key made at start, published as a JWKS with OpenID
 * discovery so the router verifies them exactly as it would any provider's.
 * It hands a token for any demo user to whoever asks: it listens on loopback
 * and is for `npm start` and tests, never for production, where the router
 * points at a real OpenID Connect provider instead.
 */

export interface DemoUser {
  sub: string;
  name: string;
  roles: Role[];
  supplierId?: string;
}

export const defaultDemoUsers: readonly DemoUser[] = [
  { sub: 'demo-executive', name: 'Eve Executive', roles: ['executive'] },
  { sub: 'demo-planner', name: 'Pat Planner', roles: ['planner'] },
  { sub: 'demo-buyer', name: 'Bea Buyer', roles: ['buyer'] },
  { sub: 'demo-operator', name: 'Otto Operator', roles: ['operator'] },
  { sub: 'demo-quality', name: 'Quinn Quality', roles: ['quality'] },
  { sub: 'demo-finance', name: 'Fay Finance', roles: ['finance'] },
  { sub: 'demo-analyst', name: 'Ada Analyst', roles: ['analyst'] },
  // Until the stack points it at the demo company's first supplier (after simulating it), it acts for none.
  { sub: 'demo-supplier', name: 'Sam Supplier', roles: ['supplier'], supplierId: 'demo-supplier' },
  { sub: 'demo-admin', name: 'Ari Admin', roles: ['admin'] },
];

export interface DemoIssuerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The `aud` of the tokens it issues: the router's audience. */
  audience: string;
  users?: readonly DemoUser[];
  tokenLifetimeSeconds?: number;
}

export interface TokenOptions {
  /** Overrides the issuer's audience (tests of wrong-audience tokens). */
  audience?: string;
  /** Negative: a token that has already expired. */
  lifetimeSeconds?: number;
}

export interface DemoIssuer {
  /** The `iss` of its tokens; OpenID discovery lives under it. */
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly users: readonly DemoUser[];
  /** A signed token for a demo user, by `sub`. */
  tokenFor(sub: string, options?: TokenOptions): Promise<string>;
  /** A signed token with any claims: for tests that check what the router refuses. */
  sign(claims: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  stop(): Promise<void>;
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 4096) request.destroy();
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(body));
      } catch {
        resolve(undefined);
      }
    });
    request.on('error', () => resolve(undefined));
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

export async function startDemoIssuer(options: DemoIssuerOptions): Promise<DemoIssuer> {
  const users = options.users ?? defaultDemoUsers;
  const lifetime = options.tokenLifetimeSeconds ?? 8 * 3600;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  let issuer = '';

  const sign = (claims: Record<string, unknown>, tokenOptions: TokenOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer(issuer)
      .setAudience(tokenOptions.audience ?? options.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + (tokenOptions.lifetimeSeconds ?? lifetime))
      .sign(privateKey);
  };
  const tokenFor = (sub: string, tokenOptions?: TokenOptions) => {
    const user = users.find((candidate) => candidate.sub === sub);
    if (!user) return Promise.reject(new Error(`No demo user ${sub}`));
    return sign({ ...user }, tokenOptions);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://issuer').pathname;
    if (request.method === 'GET' && path === '/.well-known/openid-configuration') {
      send(response, 200, { issuer, jwks_uri: `${issuer}/jwks`, token_endpoint: `${issuer}/token`, id_token_signing_alg_values_supported: ['ES256'] });
    } else if (request.method === 'GET' && path === '/jwks') {
      send(response, 200, jwks);
    } else if (request.method === 'GET' && path === '/users') {
      send(response, 200, users.map(({ sub, name, roles }) => ({ sub, name, roles })));
    } else if (request.method === 'POST' && path === '/token') {
      void readJson(request).then(async (body) => {
        const sub = (body as { user?: unknown } | undefined)?.user;
        if (typeof sub !== 'string' || !users.some((user) => user.sub === sub)) {
          send(response, 400, { error: 'invalid_request', error_description: 'name a demo user: {"user": "<sub>"}' });
          return;
        }
        send(response, 200, { access_token: await tokenFor(sub), token_type: 'Bearer', expires_in: lifetime });
      });
    } else {
      send(response, 404, { error: 'not_found' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? process.env.PLEXUS_HOST ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  issuer = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    users,
    tokenFor,
    sign,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
