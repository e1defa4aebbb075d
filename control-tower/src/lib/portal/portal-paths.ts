/**
 * Where a supplier user may go in the control tower (issue 11): its portal,
 * and the sign-in page to become someone else. Every other page is the
 * company's own: its customers, stock, plans, costs and other suppliers.
 */

export const portalHome = '/portal';

const supplierPaths = [portalHome, '/sign-in'];

export const isSupplierPath = (pathname: string) => supplierPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));

export const isSupplierUser = (roles: readonly string[]) => roles.includes('supplier');

/** Where signing in lands: a supplier user in its portal, everyone else on the dashboard. */
export const homeFor = (roles: readonly string[]) => (isSupplierUser(roles) ? portalHome : '/');
