import { negotiateLocale } from '#lib/locale.ts';

export async function handle({ event, resolve }) {
  event.locals.locale = negotiateLocale(event.request.headers.get('accept-language'));
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%plexus.lang%', event.locals.locale) });
}
