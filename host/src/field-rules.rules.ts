import type { ViewerRole } from './viewer.ts';

/**
 * Federation's `@requiresScopes(scopes: [[...], ...])` read as Plexus does:
 * the outer list is alternatives, each inner list scopes all required. A
 * viewer's scopes are its roles, plus `staff` when it has a company role
 * (anything but supplier), plus `all-sites` when that company role is not
 * scoped to sites: `[["staff", "all-sites"]]` is "the company's people who
 * see every site", `[["staff"]]` lets site-scoped people in too (the
 * service then narrows the rows to their sites). An administrator, never
 * site-scoped, has every scope.
 */
export type ScopeRequirement = readonly (readonly string[])[];

export function viewerScopes(roles: readonly ViewerRole[], siteScoped = false): ReadonlySet<string> {
  const company = roles.some((role) => role !== 'supplier');
  return new Set<string>([...roles, ...(company ? ['staff'] : []), ...(company && !siteScoped ? ['all-sites'] : [])]);
}

export function satisfiesScopes(roles: readonly ViewerRole[], required: ScopeRequirement, siteScoped = false): boolean {
  if (roles.includes('admin') && !siteScoped) return true;
  const scopes = viewerScopes(roles, siteScoped);
  return required.some((alternative) => alternative.every((scope) => scopes.has(scope)));
}
