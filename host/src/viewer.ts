import type { IncomingHttpHeaders } from 'node:http';
import { DomainError } from '@plexus/errors';

/**
 * Who is asking (ARCHITECTURE.md, "Who may do what"): executives and analysts
 * read; planners, buyers, operators, quality and finance people change what
 * their work covers; a supplier uses the portal and sees only its own
 * records; administrators may do anything.
 */
export type ViewerRole = 'executive' | 'planner' | 'buyer' | 'operator' | 'quality' | 'finance' | 'analyst' | 'supplier' | 'admin';

export interface Viewer {
  role: ViewerRole;
  /** The signed-in user; absent for the demo simulation and the systems' own background work. */
  userId?: string | null;
  /** For a supplier user: the supplier whose records are the only ones it may see or act on. */
  supplierId?: string | null;
  /** For a site-scoped user: the only sites whose records it sees; absent means every site. */
  siteIds?: readonly string[] | null;
}

export const viewerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst', 'supplier', 'admin'];

export const viewerRoleHeader = 'x-plexus-role';
export const viewerUserHeader = 'x-plexus-user';
export const viewerSupplierHeader = 'x-plexus-supplier-id';
export const viewerSitesHeader = 'x-plexus-sites';

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/**
 * The viewer the router forwarded. Until the router forwards verified
 * claims (issue #9), a request without a role header acts as a planner.
 */
export function viewerFromHeaders(headers: IncomingHttpHeaders): Viewer {
  const role = first(headers[viewerRoleHeader])?.toLowerCase();
  const sites = first(headers[viewerSitesHeader]);
  return {
    role: role && viewerRoles.includes(role as ViewerRole) ? (role as ViewerRole) : 'planner',
    userId: first(headers[viewerUserHeader]) ?? null,
    supplierId: first(headers[viewerSupplierHeader]) ?? null,
    siteIds: sites ? sites.split(',').map((site) => site.trim()).filter(Boolean) : null,
  };
}

/** Refuses unless the viewer has one of `roles` (administrators always may). */
export function authorize(viewer: Viewer, action: string, roles: readonly ViewerRole[]): void {
  if (viewer.role === 'admin' || roles.includes(viewer.role)) return;
  throw new DomainError('FORBIDDEN', `A${/^[aeiou]/.test(viewer.role) ? 'n' : ''} ${viewer.role} may not ${action}`, { role: viewer.role });
}

/** Roles that only read: they may change nothing, whatever the system. */
const readOnlyRoles: readonly ViewerRole[] = ['executive', 'analyst', 'supplier'];

/** Refuses changes to viewers who only read; systems narrow further with `authorize`. */
export function authorizeChange(viewer: Viewer, action: string): void {
  if (readOnlyRoles.includes(viewer.role)) {
    throw new DomainError('FORBIDDEN', `A${/^[aeiou]/.test(viewer.role) ? 'n' : ''} ${viewer.role} may not ${action}`, { role: viewer.role });
  }
}
