import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { assignItemsToProductFamily, createProductFamily, findProductFamily, listProductFamilies } from './product-family.service.ts';

export const productFamilyResolvers: Resolvers = {
  Query: {
    productFamilies: (_, __, ctx) => listProductFamilies(ctx),
    productFamily: (_, { id }, ctx) => findProductFamily(ctx, id),
  },
  Mutation: {
    createProductFamily: (_, { input }, ctx) => createProductFamily(ctx, input),
    assignItemsToProductFamily: (_, { familyId, itemIds }, ctx) => assignItemsToProductFamily(ctx, familyId, itemIds),
  },
  ProductFamily: {
    __resolveReference: (reference, ctx) => findProductFamily(ctx, reference.id),
    items: (family, _, ctx) => ctx.loaders.itemsByProductFamily.load(family.id),
  },
  Item: {
    productFamily: (item, _, ctx) => (item.productFamilyId ? ctx.loaders.productFamilyById.load(item.productFamilyId) : null),
  },
};
