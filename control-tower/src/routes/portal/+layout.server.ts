import { error } from '@sveltejs/kit';
import { notForStaff, portalSupplier } from '#lib/portal/portal.server.ts';

/** Every portal page is its supplier's: whom the signed-in user acts for, or a plain refusal for anyone else. */
export async function load({ fetch }) {
  const supplier = await portalSupplier(fetch);
  if (!supplier) error(403, notForStaff);
  return { supplier };
}
