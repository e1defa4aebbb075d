import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { receiveTransfer, shipTransfer } from './transfer.service.ts';

export const transferResolvers: Resolvers = {
  Mutation: {
    shipTransfer: async (_, { transferOrderId, idempotencyKey }, ctx) => ({ id: (await shipTransfer(ctx, { transferOrderId, idempotencyKey })).id }),
    receiveTransfer: async (_, { transferOrderId, locationId, idempotencyKey }, ctx) => ({ id: (await receiveTransfer(ctx, { transferOrderId, locationId, idempotencyKey })).id }),
  },
  Item: {
    stockBySite: (item, _, ctx) => ctx.loaders.stockBySite.load(item.id),
  },
  WarehouseStock: {
    warehouse: async (stock, _, ctx) => (await ctx.loaders.warehouseById.load(stock.warehouseId))!,
    site: (stock) => ({ id: stock.siteId }),
  },
};
