import type { EntityManager } from '@plexus/db';
import type { Viewer } from '../viewer.ts';

/** One per request of the audit system: its EntityManager fork and the viewer. */
export interface AuditContext {
  em: EntityManager;
  viewer: Viewer;
}

export function createAuditContext(em: EntityManager, viewer: Viewer): AuditContext {
  return { em: em.fork(), viewer };
}
