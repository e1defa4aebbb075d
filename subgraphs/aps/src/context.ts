import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createItemPlanningLoaders } from './item-planning/item-planning.service.ts';
import { createMrpRunLoaders } from './mrp-run/mrp-run.service.ts';
import { createScenarioLoaders } from './scenario/scenario.service.ts';
import { createScheduleLoaders } from './schedule/schedule.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface ApsContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return { ...createScenarioLoaders(em), ...createItemPlanningLoaders(em), ...createMrpRunLoaders(em), ...createScheduleLoaders(em) };
}

export function createApsContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): ApsContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm) };
}
