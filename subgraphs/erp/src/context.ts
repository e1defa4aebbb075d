import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createBillOfMaterialsLoaders } from './bill-of-materials/bill-of-materials.service.ts';
import { createCustomerInvoiceLoaders } from './customer-invoice/customer-invoice.service.ts';
import { createAccountLoaders } from './finance/account.service.ts';
import { createItemLoaders } from './item/item.service.ts';
import { createRoutingLoaders } from './routing/routing.service.ts';
import { createLedgerLoaders } from './ledger/ledger.service.ts';
import { createProductFamilyLoaders } from './product-family/product-family.service.ts';
import { createSiteLoaders } from './site/site.service.ts';
import { createSupplierInvoiceLoaders } from './supplier-invoice/supplier-invoice.service.ts';

/** One per request: its own identity map, its viewer, and loaders that batch look-ups by id. */
export interface ErpContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager) {
  return {
    ...createItemLoaders(em),
    ...createBillOfMaterialsLoaders(em),
    ...createSiteLoaders(em),
    ...createAccountLoaders(em),
    ...createCustomerInvoiceLoaders(em),
    ...createSupplierInvoiceLoaders(em),
    ...createLedgerLoaders(em),
    ...createRoutingLoaders(em),
    ...createProductFamilyLoaders(em),
  };
}

export function createErpContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): ErpContext {
  const requestEm = em.fork();
  return { em: requestEm, viewer, now, loaders: createLoaders(requestEm) };
}
