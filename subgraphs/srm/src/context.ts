import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createAsnLoaders } from './asn/asn.service.ts';
import { createPurchaseOrderLoaders } from './purchase-order/purchase-order.service.ts';
import { createScorecardLoaders } from './scorecard/scorecard.store.ts';
import { createRfqLoaders } from './sourcing/rfq.service.ts';
import { createSupplierItemLoaders } from './supplier-item/supplier-item.service.ts';
import { createSupplierLoaders } from './supplier/supplier.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface SrmContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager, now: () => Date) {
  return {
    ...createSupplierLoaders(em),
    ...createSupplierItemLoaders(em),
    ...createRfqLoaders(em),
    ...createPurchaseOrderLoaders(em),
    ...createAsnLoaders(em),
    ...createScorecardLoaders(em, now),
  };
}

export function createSrmContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): SrmContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm, now) };
}
