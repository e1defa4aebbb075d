/**
 * The roles of ARCHITECTURE.md, exactly: a role not named here is no role.
 * executive reads everything and writes nothing; analyst reads and may send
 * its own queries; supplier sees its own records through the portal.
 */
export const roles = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst', 'supplier', 'admin'] as const;
export type Role = (typeof roles)[number];

const knownRoles: ReadonlySet<string> = new Set(roles);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && knownRoles.has(value);
}

/** Who is asking, as verified from a bearer token. */
export interface Viewer {
  sub: string;
  name: string;
  /** Only named roles; never empty for a signed-in viewer. */
  roles: Role[];
  /** The supplier a supplier user acts for: its portal shows that supplier's records only. */
  supplierId?: string;
  /** The only sites a site-scoped company user sees (site ids); absent: every site. */
  sites?: string[];
}

export type IdentityErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** A refusal to accept a caller; the code is the GraphQL `extensions.code` the client sees. */
export class IdentityError extends Error {
  readonly code: IdentityErrorCode;
  constructor(code: IdentityErrorCode, message: string) {
    super(message);
    this.name = 'IdentityError';
    this.code = code;
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a viewer from verified token claims: `sub`, `name`, `roles` (array),
 * optional `supplierId` and `sites`. Unknown role names are dropped; a token
 * left with no role is refused, as is a supplier user without a supplier and
 * one that is also a company role: the portal's scoping to its own records
 * must not be widened by a second role. `sites` narrows a company role other
 * than administrator to those sites; an empty or malformed list is refused,
 * never read as "every site".
 */
export function viewerFromClaims(claims: Record<string, unknown>): Viewer {
  const { sub, name, roles: claimedRoles, supplierId, sites } = claims;
  if (typeof sub !== 'string' || sub === '') throw new IdentityError('UNAUTHENTICATED', 'The token names no subject');
  if (!Array.isArray(claimedRoles)) throw new IdentityError('FORBIDDEN', 'The token carries no roles');
  const viewerRoles = [...new Set(claimedRoles.filter(isRole))];
  if (viewerRoles.length === 0) throw new IdentityError('FORBIDDEN', 'The token carries no Plexus role');
  if (supplierId !== undefined && typeof supplierId !== 'string') throw new IdentityError('FORBIDDEN', 'The token’s supplierId is not a string');
  if (viewerRoles.includes('supplier') && !supplierId) throw new IdentityError('FORBIDDEN', 'A supplier user’s token must name its supplierId');
  if (viewerRoles.includes('supplier') && viewerRoles.length > 1) throw new IdentityError('FORBIDDEN', 'A supplier user has no other role');
  if (sites !== undefined) {
    if (!Array.isArray(sites) || sites.length === 0 || !sites.every((site) => typeof site === 'string' && uuidPattern.test(site))) {
      throw new IdentityError('FORBIDDEN', 'The token’s sites must be a non-empty list of site ids');
    }
    if (viewerRoles.includes('supplier') || viewerRoles.includes('admin')) throw new IdentityError('FORBIDDEN', 'Only company roles other than administrator are scoped to sites');
  }
  return {
    sub,
    name: typeof name === 'string' ? name : sub,
    roles: viewerRoles,
    ...(supplierId ? { supplierId } : {}),
    ...(sites ? { sites: [...new Set((sites as string[]).map((site) => site.toLowerCase()))] } : {}),
  };
}

/** Roles that write nothing anywhere: a mutation from a viewer with only these is refused at the router. */
const readOnlyRoles: ReadonlySet<Role> = new Set(['executive', 'analyst']);

export function mayWrite(viewer: Viewer): boolean {
  return viewer.roles.some((role) => !readOnlyRoles.has(role));
}

const keys = new WeakMap<Viewer, string>();

/** A stable key for everything that decides what a viewer may see: requests of equal keys may share answers. */
export function viewerKey(viewer: Viewer): string {
  // Verifiers hand out one viewer object per token, so the key is built once per token.
  let key = keys.get(viewer);
  if (key === undefined) {
    key = JSON.stringify([viewer.sub, viewer.roles, viewer.supplierId ?? null, viewer.sites ?? null]);
    keys.set(viewer, key);
  }
  return key;
}
