import { redirect } from '@sveltejs/kit';
import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import { negotiateLocale } from '#lib/locale.ts';
import { isSupplierPath, isSupplierUser, portalHome } from '#lib/portal/portal-paths.ts';
import { routerUrl } from '#lib/server/router.ts';
import { signedInUser, tokenFor } from '#lib/server/sign-in.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

/** No framing (clickjacking), no content sniffing, no referrer leaving the site. */
const securityHeaders = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = negotiateLocale(event.request.headers.get('accept-language'));
  // A supplier user asking for one of the company's pages (or posting to one) is sent to its portal: the graph would refuse it anyway.
  if (!isSupplierPath(event.url.pathname) && isSupplierUser(await viewerRoles(event.cookies))) redirect(303, portalHome);
  const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%plexus.lang%', event.locals.locale) });
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
};

/** Every query to the router carries the signed-in user's token; nothing else gets it. */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const user = signedInUser(event.cookies);
  if (user && request.url === routerUrl()) request.headers.set('authorization', `Bearer ${await tokenFor(user)}`);
  return fetch(request);
};
