import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { receiveGoods } from './receipt.service.ts';

export const receiptResolvers: Resolvers = {
  Mutation: {
    receiveGoods: (_, { input }, ctx) => receiveGoods(ctx, input),
  },
  Receipt: {
    __resolveReference: (reference, ctx) => ctx.loaders.receiptById.load(reference.id),
    warehouse: async (receipt, _, ctx) => (await ctx.loaders.warehouseById.load(receipt.warehouseId))!,
    lines: (receipt, _, ctx) => ctx.loaders.linesByReceipt.load(receipt.id),
  },
  ReceiptLine: {
    item: (line) => ({ id: line.itemId }),
    lot: async (line, _, ctx) => (await ctx.loaders.lotById.load(line.lotId))!,
    location: async (line, _, ctx) => (await ctx.loaders.locationById.load(line.locationId))!,
  },
};
