import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { consumeMaterial } from './material.service.ts';

export const materialResolvers: Resolvers = {
  Mutation: {
    consumeMaterial: (_, { input }, ctx) => consumeMaterial(ctx, input),
  },
  MaterialConsumption: {
    workOrder: (consumption, _, ctx) => ctx.loaders.workOrderById.load(consumption.workOrderId).then((order) => order!),
    lot: (consumption) => ({ id: consumption.lotId }),
    item: (consumption) => ({ id: consumption.itemId }),
  },
};
