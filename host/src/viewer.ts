import type { IncomingHttpHeaders } from 'node:http';
import { DomainError } from '@plexus/errors';

/**
 * Who is asking. Analysts and executives read the graph; planners and
 * administrators may change it. The router forwards the role header from the
 * client; identity and sign-in belong to the deployment in front of it.
 */
export type ViewerRole = 'analyst' | 'planner' | 'admin';

export interface Viewer {
  role: ViewerRole;
}

const roles = new Set<ViewerRole>(['analyst', 'planner', 'admin']);

export const viewerRoleHeader = 'x-plexus-role';

export function viewerFromHeaders(headers: IncomingHttpHeaders): Viewer {
  const raw = headers[viewerRoleHeader];
  const role = (Array.isArray(raw) ? raw[0] : raw)?.toLowerCase();
  return { role: role && roles.has(role as ViewerRole) ? (role as ViewerRole) : 'planner' };
}

export function authorizeChange(viewer: Viewer, action: string): void {
  if (viewer.role === 'analyst') {
    throw new DomainError('FORBIDDEN', `An analyst may not ${action}`, { role: viewer.role });
  }
}
