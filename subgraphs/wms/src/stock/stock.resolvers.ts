import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { listStockBalances, stockBalances, stockOnHand } from './stock.service.ts';

export const stockResolvers: Resolvers = {
  Query: {
    stockBalances: (_, filter, ctx) => listStockBalances(ctx, filter),
  },
  Item: {
    __resolveReference: (reference) => ({ id: reference.id }),
    stockOnHand: (item, { warehouseId }, ctx) => stockOnHand(ctx, item.id, warehouseId),
    stockBalances: (item, { warehouseId }, ctx) => stockBalances(ctx, item.id, warehouseId),
    lots: (item, _, ctx) => ctx.loaders.lotsWithStockByItem.load(item.id),
  },
  StockBalance: {
    item: (balance) => ({ id: balance.itemId }),
    location: async (balance, _, ctx) => (await ctx.loaders.locationById.load(balance.locationId))!,
    lot: async (balance, _, ctx) => (await ctx.loaders.lotById.load(balance.lotId))!,
  },
};
