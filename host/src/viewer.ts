import type { Viewer as VerifiedViewer } from '@plexus/identity';
import { isId } from '@plexus/db';
import { DomainError } from '@plexus/errors';

/**
 * Who is asking (ARCHITECTURE.md, "Who may do what"): executives and analysts
 * read; planners, buyers, operators, quality and finance people change what
 * their work covers; a supplier uses the portal and sees only its own
 * records; administrators may do anything.
 */
export type ViewerRole = 'executive' | 'planner' | 'buyer' | 'operator' | 'quality' | 'finance' | 'analyst' | 'supplier' | 'admin';

export interface Viewer {
  /** The role rules name in messages; with several roles, the first the token named. */
  role: ViewerRole;
  /** Every role of a signed-in user with more than one; absent means `[role]`. */
  roles?: readonly ViewerRole[];
  /** The signed-in user; absent for the demo simulation and the systems' own background work. */
  userId?: string | null;
  /** For a supplier user: the supplier whose records are the only ones it may see or act on. */
  supplierId?: string | null;
  /** For a site-scoped user: the only sites whose records it sees; absent means every site. */
  siteIds?: readonly string[] | null;
}

export const viewerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst', 'supplier', 'admin'];

/**
 * The viewer of a request, from the claims the router verified and vouched
 * for in its credential (identity's viewer); never from a client's headers.
 * Identity refuses supplier users with another role, so `role` is `supplier`
 * whenever a supplier asks and every rule scoped to suppliers applies.
 */
export function viewerFromIdentity(verified: VerifiedViewer): Viewer {
  return {
    role: verified.roles[0]!,
    ...(verified.roles.length > 1 ? { roles: verified.roles } : {}),
    userId: verified.sub,
    supplierId: verified.supplierId ?? null,
    siteIds: verified.sites ?? null,
  };
}

/**
 * The request's viewer carried on its context under a key of the host's own,
 * whatever shape the system gave its context: the field rules and the audit
 * log read it there (a symbol-keyed property survives Apollo copying the context).
 */
const contextViewer = Symbol('plexus viewer');

export function withViewer<Context extends object>(context: Context, viewer: Viewer): Context {
  Object.defineProperty(context, contextViewer, { value: viewer, enumerable: true });
  return context;
}

export function viewerOfContext(context: unknown): Viewer | undefined {
  return typeof context === 'object' && context !== null ? (context as { [contextViewer]?: Viewer })[contextViewer] : undefined;
}

const rolesOf = (viewer: Viewer): readonly ViewerRole[] => viewer.roles ?? [viewer.role];

/** Whether the viewer has one of `roles` (administrators always have). */
export function hasRole(viewer: Viewer, roles: readonly ViewerRole[]): boolean {
  return rolesOf(viewer).some((role) => role === 'admin' || roles.includes(role));
}

const refusal = (viewer: Viewer, action: string) =>
  new DomainError('FORBIDDEN', `A${/^[aeiou]/.test(viewer.role) ? 'n' : ''} ${viewer.role} may not ${action}`, { role: viewer.role });

/** Refuses unless the viewer has one of `roles` (administrators always may). */
export function authorize(viewer: Viewer, action: string, roles: readonly ViewerRole[]): void {
  if (!hasRole(viewer, roles)) throw refusal(viewer, action);
}

/** Roles that only read: they may change nothing, whatever the system. */
const readOnlyRoles: readonly ViewerRole[] = ['executive', 'analyst', 'supplier'];

/** Refuses changes to viewers who only read; systems narrow further with `authorize`. */
export function authorizeChange(viewer: Viewer, action: string): void {
  if (rolesOf(viewer).every((role) => readOnlyRoles.includes(role))) throw refusal(viewer, action);
}

/** Matches no supplier: what a supplier user without a (valid) supplier is confined to, so it sees nothing. */
export const noSupplier = '00000000-0000-0000-0000-000000000000';

/**
 * The one supplier whose records the viewer may see (ARCHITECTURE.md, "Who
 * may do what"), or null when it may see every supplier's: every system
 * that opens a field to the supplier portal narrows its rows with this.
 */
export function supplierScope(viewer: Viewer): string | null {
  if (viewer.role !== 'supplier') return null;
  return viewer.supplierId && isId(viewer.supplierId) ? viewer.supplierId.toLowerCase() : noSupplier;
}

/**
 * The only sites whose records the viewer may see, or null for every site.
 * Fields a site-scoped user may read are opened to it one by one
 * (`@requiresScopes(scopes: [["staff"]])` rather than the default
 * `[["staff", "all-sites"]]`), and the service behind each narrows its rows
 * with this; everything else is FORBIDDEN to it.
 */
export function siteScope(viewer: Viewer): readonly string[] | null {
  return viewer.siteIds?.length ? viewer.siteIds : null;
}

/** Whether a record of `siteId` is the viewer's to see; a record without a site is no site-scoped user's. */
export function isSiteVisible(viewer: Viewer, siteId: string | null | undefined): boolean {
  const scope = siteScope(viewer);
  return scope === null || (!!siteId && scope.includes(siteId.toLowerCase()));
}

/** The sites a list may show: the one asked for, narrowed to the viewer's (none when outside them); null for no restriction. */
export function scopedSiteFilter(viewer: Viewer, requested: string | null | undefined): readonly string[] | null {
  const scope = siteScope(viewer);
  if (!requested) return scope;
  const site = requested.toLowerCase();
  return scope === null || scope.includes(site) ? [site] : [];
}
