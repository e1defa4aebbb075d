import { createByIdLoader, type EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createCurrentOperationLoader, createMachineLoaders } from './machine/machine.service.ts';
import { LotCopySchema, type LotCopy } from './material/material.entity.ts';
import { createMaterialLoaders } from './material/material.service.ts';
import { createWorkOrderLoaders } from './work-order/work-order.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface MesContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return {
    ...createMachineLoaders(em),
    currentOperationByMachine: createCurrentOperationLoader(em),
    ...createWorkOrderLoaders(em),
    ...createMaterialLoaders(em),
    lotById: createByIdLoader<LotCopy>(em, LotCopySchema),
  };
}

export function createMesContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): MesContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm) };
}
