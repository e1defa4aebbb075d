import DataLoader from 'dataloader';
import { createByIdLoader, newId, type EntityManager } from '@plexus/db';
import { authorizeChange } from '@plexus/host';
import { badInput, conflict } from '@plexus/errors';
import type { WmsContext } from '../context.ts';
import { LocationSchema, WarehouseSchema, type Location, type Warehouse } from './warehouse.entity.ts';

export function createWarehouseLoaders(em: EntityManager) {
  return {
    warehouseById: createByIdLoader<Warehouse>(em, WarehouseSchema),
    locationById: createByIdLoader<Location>(em, LocationSchema),
    locationsByWarehouse: new DataLoader<string, Location[]>(async (warehouseIds) => {
      const locations = await em.find(LocationSchema, { warehouseId: { $in: [...warehouseIds] } }, { orderBy: { code: 'asc' } });
      return warehouseIds.map((id) => locations.filter((location) => location.warehouseId === id));
    }),
  };
}

export const listWarehouses = (ctx: WmsContext) => ctx.em.find(WarehouseSchema, {}, { orderBy: { code: 'asc' } });

export interface NewWarehouse {
  code: string;
  name: string;
  siteId: string;
  locationCodes: string[];
}

export async function createWarehouse(ctx: WmsContext, input: NewWarehouse): Promise<Warehouse> {
  authorizeChange(ctx.viewer, 'create warehouses');
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  const locationCodes = input.locationCodes.map((location) => location.trim().toUpperCase());
  if (!/^[A-Z0-9-]{2,16}$/.test(code)) throw badInput('Warehouse code must be 2–16 letters, digits or dashes', { field: 'code' });
  if (!name) throw badInput('Warehouse name must not be empty', { field: 'name' });
  if (locationCodes.length === 0) throw badInput('A warehouse needs at least one location', { field: 'locationCodes' });
  if (new Set(locationCodes).size !== locationCodes.length) throw badInput('Location codes must be unique', { field: 'locationCodes' });
  if (locationCodes.some((location) => !/^[A-Z0-9-]{1,20}$/.test(location))) {
    throw badInput('Location codes are 1–20 letters, digits or dashes', { field: 'locationCodes' });
  }
  return ctx.em.transactional(async (em) => {
    if (await em.count(WarehouseSchema, { code })) throw conflict(`Warehouse ${code} already exists`, { field: 'code' });
    // The site belongs to ERP; wms keeps its id and lets the graph resolve it.
    const warehouse = em.create(WarehouseSchema, { id: newId(), code, name, siteId: input.siteId });
    for (const location of locationCodes) em.create(LocationSchema, { id: newId(), warehouseId: warehouse.id, code: location });
    await em.flush();
    return warehouse;
  });
}
