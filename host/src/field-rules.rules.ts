import type { ViewerRole } from './viewer.ts';

/**
 * Federation's `@requiresScopes(scopes: [[...], ...])` read as Plexus does:
 * the outer list is alternatives, each inner list scopes all required. A
 * viewer's scopes are its roles, plus `staff` when it has a company role
 * (anything but supplier): `[["staff"]]` is "everyone but suppliers". An
 * administrator has every scope.
 */
export type ScopeRequirement = readonly (readonly string[])[];

export function viewerScopes(roles: readonly ViewerRole[]): ReadonlySet<string> {
  return new Set<string>([...roles, ...(roles.some((role) => role !== 'supplier') ? ['staff'] : [])]);
}

export function satisfiesScopes(roles: readonly ViewerRole[], required: ScopeRequirement): boolean {
  if (roles.includes('admin')) return true;
  const scopes = viewerScopes(roles);
  return required.some((alternative) => alternative.every((scope) => scopes.has(scope)));
}
