import { SupplierRelationships } from './20261126-0001-supplier-relationships.ts';

/** Oldest first; applied by the program at start. */
export const srmMigrations = [SupplierRelationships];
