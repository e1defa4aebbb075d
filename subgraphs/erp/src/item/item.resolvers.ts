import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createItem, findItem, findItemBySku, listItems, pageItems } from './item.service.ts';

export const itemResolvers: Resolvers = {
  Query: {
    item: (_, { id }, ctx) => findItem(ctx, id),
    itemBySku: (_, { sku }, ctx) => findItemBySku(ctx, sku),
    items: (_, { filter, first, offset }, ctx) => listItems(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
    itemPage: (_, { filter, first, offset }, ctx) => pageItems(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    createItem: (_, { input }, ctx) => createItem(ctx, input),
  },
  Item: {
    __resolveReference: (reference, ctx) => findItem(ctx, reference.id),
    billOfMaterials: (item, _, ctx) => ctx.loaders.billOfMaterialsByParent.load(item.id),
  },
};
