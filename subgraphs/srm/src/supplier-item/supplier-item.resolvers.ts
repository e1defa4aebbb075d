import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { setSupplierItem, visibleSupplierItem } from './supplier-item.service.ts';

export const supplierItemResolvers: Resolvers = {
  Mutation: {
    setSupplierItem: (_, { input }, ctx) =>
      setSupplierItem(ctx, {
        ...input,
        currency: input.currency ?? 'EUR',
        minimumOrderQuantity: input.minimumOrderQuantity ?? 1,
        orderMultiple: input.orderMultiple ?? 1,
        overDeliveryTolerance: input.overDeliveryTolerance ?? 0.05,
      }),
  },
  SupplierItem: {
    __resolveReference: (reference, ctx) => visibleSupplierItem(ctx, reference.id),
    supplier: async (item, _, ctx) => (await ctx.loaders.supplierById.load(item.supplierId))!,
    item: (item) => ({ id: item.itemId }),
  },
};
