import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createWarehouse, listWarehouses } from './warehouse.service.ts';

export const warehouseResolvers: Resolvers = {
  Query: {
    warehouse: (_, { id }, ctx) => ctx.loaders.warehouseById.load(id),
    warehouses: (_, __, ctx) => listWarehouses(ctx),
  },
  Mutation: {
    createWarehouse: (_, { input }, ctx) => createWarehouse(ctx, input),
  },
  Warehouse: {
    __resolveReference: (reference, ctx) => ctx.loaders.warehouseById.load(reference.id),
    site: (warehouse) => ({ id: warehouse.siteId }),
    locations: (warehouse, _, ctx) => ctx.loaders.locationsByWarehouse.load(warehouse.id),
  },
  Location: {
    __resolveReference: (reference, ctx) => ctx.loaders.locationById.load(reference.id),
    warehouse: async (location, _, ctx) => (await ctx.loaders.warehouseById.load(location.warehouseId))!,
  },
};
