import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createCarrierLoaders } from './carrier/carrier.service.ts';
import { createDeliveryLoaders } from './delivery/delivery.service.ts';
import { createLaneLoaders } from './lane/lane.service.ts';
import { createTransferOrderLoaders } from './transfer-order/transfer-order.service.ts';
import { createTransportOrderLoaders } from './transport-order/transport-order.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface ScmContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return { ...createCarrierLoaders(em), ...createLaneLoaders(em), ...createTransportOrderLoaders(em), ...createDeliveryLoaders(em), ...createTransferOrderLoaders(em) };
}

export function createScmContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): ScmContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm) };
}
