import { redirect } from '@sveltejs/kit';

/** The dashboard is the landing page; the address people guess keeps working. */
export function load({ url }) {
  redirect(308, `/${url.search}`);
}
