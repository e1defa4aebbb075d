import { SupplierRelationships } from './20261126-0001-supplier-relationships.ts';
import { PurchaseOrdersFromPlan } from './20261130-0002-purchase-orders-from-plan.ts';

/** Oldest first; applied by the program at start. */
export const srmMigrations = [SupplierRelationships, PurchaseOrdersFromPlan];
