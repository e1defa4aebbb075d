import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createCapaLoaders } from './capa/capa.service.ts';
import { createInspectionPlanLoaders } from './inspection-plan/inspection-plan.service.ts';
import { createInspectionLoaders } from './inspection/inspection.service.ts';
import { createNonconformanceLoaders } from './nonconformance/nonconformance.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface QmsContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return { ...createInspectionPlanLoaders(em), ...createInspectionLoaders(em), ...createNonconformanceLoaders(em), ...createCapaLoaders(em) };
}

export function createQmsContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): QmsContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm) };
}
