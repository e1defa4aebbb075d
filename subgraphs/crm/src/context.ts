import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createCustomerLoaders } from './customer/customer.service.ts';
import { createSalesOrderLoaders } from './sales-order/sales-order.service.ts';
import { createServiceCaseLoaders } from './service-case/service-case.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface CrmContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager, viewer: Viewer) {
  return { ...createCustomerLoaders(em, viewer), ...createSalesOrderLoaders(em), ...createServiceCaseLoaders(em) };
}

export function createCrmContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): CrmContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm, viewer) };
}
