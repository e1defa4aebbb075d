import { isSupplierUser } from '#lib/portal/portal-paths.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

export async function load({ locals, cookies }) {
  // A supplier user is offered its portal only: the company's pages would send it back there.
  return { locale: locals.locale, supplier: isSupplierUser(await viewerRoles(cookies)) };
}
