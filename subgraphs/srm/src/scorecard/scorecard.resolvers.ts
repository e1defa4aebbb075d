import type { Resolvers } from '../__generated__/resolvers-types.ts';

export const scorecardResolvers: Resolvers = {
  ScorecardLine: {
    line: async (delivery, _, ctx) => (await ctx.loaders.purchaseOrderLineById.load(delivery.lineId))!,
    purchaseOrder: async (delivery, _, ctx) => (await ctx.loaders.purchaseOrderById.load(delivery.purchaseOrderId))!,
  },
};
