import type { Cookies } from '@sveltejs/kit';
import { PLEXUS_DEMO_USER, PLEXUS_ISSUER_URL } from '$app/env/private';

/**
 * Signing in with the built-in demo issuer (README, "Signing in"): a browser
 * picks a demo user, remembered in a cookie; the server asks the issuer for
 * that user's token and sends it to the router with every query. The token
 * never reaches the browser. Until a browser picks, it acts as
 * PLEXUS_DEMO_USER, so a newcomer's first page already shows data.
 */

export const userCookie = 'plexus_demo_user';

export interface DemoUser {
  sub: string;
  name: string;
  roles: string[];
}

let users: Promise<DemoUser[]> | undefined;

/** The issuer's demo users (fetched once); none without an issuer. */
export function demoUsers(): Promise<DemoUser[]> {
  const issuer = PLEXUS_ISSUER_URL;
  if (!issuer) return Promise.resolve([]);
  users ??= fetch(`${issuer}/users`).then(async (response) => {
    if (!response.ok) throw new Error(`The token issuer answered ${response.status}`);
    return (await response.json()) as DemoUser[];
  });
  users.catch(() => (users = undefined));
  return users;
}

/** Who this browser acts as: its pick, else the default demo user; null without an issuer. */
export function signedInUser(cookies: Cookies): string | null {
  if (!PLEXUS_ISSUER_URL) return null;
  return cookies.get(userCookie) ?? PLEXUS_DEMO_USER;
}

const tokens = new Map<string, { token: Promise<string>; renewAt: number }>();

/** The user's bearer token, reused until half its life has passed. */
export function tokenFor(sub: string): Promise<string> {
  const current = tokens.get(sub);
  if (current && Date.now() < current.renewAt) return current.token;
  const token = fetch(`${PLEXUS_ISSUER_URL}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: sub }) }).then(async (response) => {
    if (!response.ok) throw new Error(`The token issuer refused ${sub} (${response.status})`);
    const { access_token: accessToken, expires_in: expiresIn } = (await response.json()) as { access_token: string; expires_in: number };
    tokens.set(sub, { token: Promise.resolve(accessToken), renewAt: Date.now() + (expiresIn * 1000) / 2 });
    return accessToken;
  });
  tokens.set(sub, { token, renewAt: Date.now() + 60_000 });
  token.catch(() => tokens.delete(sub));
  return token;
}
