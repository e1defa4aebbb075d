import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createTimelineLoaders } from './timeline/timeline.service.ts';

export interface AnalyticsContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createTimelineLoaders>;
}

export function createAnalyticsContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): AnalyticsContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createTimelineLoaders(requestEm) };
}
