import { routerUrl } from '#lib/server/router.ts';
import { signedInUser, tokenFor } from '#lib/server/sign-in.ts';

const refusal = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'content-type': 'application/json' } });

/**
 * The inbox's live feed for this browser: the router's relay of analytics'
 * exception stream, asked with the signed-in user's token, which never
 * reaches the browser. No one signed in, no stream; whatever the router
 * refuses (a supplier, an expired token) is refused here with its status.
 */
export async function GET({ cookies, request }) {
  const user = signedInUser(cookies);
  if (!user) return refusal(401, 'UNAUTHENTICATED', 'Sign in to watch exceptions.');
  let token: string;
  try {
    token = await tokenFor(user);
  } catch {
    return refusal(503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'Signing in is not possible right now.');
  }
  let upstream: Response;
  try {
    upstream = await fetch(new URL('/streams/analytics/exceptions', routerUrl()), {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: request.signal,
    });
  } catch {
    return refusal(503, 'ROUTER_UNAVAILABLE', 'The graph did not answer.');
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel();
    return refusal(upstream.status === 200 ? 502 : upstream.status, 'STREAM_REFUSED', `The graph refused the stream (${upstream.status}).`);
  }
  return new Response(upstream.body, { headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform' } });
}
