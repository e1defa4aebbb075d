import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createTransferOrder, findTransferOrder, listTransferOrders } from './transfer-order.service.ts';

export const transferOrderResolvers: Resolvers = {
  Query: {
    transferOrder: (_, { id }, ctx) => findTransferOrder(ctx, id),
    transferOrders: (_, { status, first, offset }, ctx) => listTransferOrders(ctx, status, { first: first ?? 25, offset: offset ?? 0 }),
  },
  Mutation: {
    createTransferOrder: (_, { input }, ctx) => createTransferOrder(ctx, input),
  },
  TransferOrder: {
    __resolveReference: (reference, ctx) => findTransferOrder(ctx, reference.id),
    fromWarehouse: (order) => ({ id: order.fromWarehouseId }),
    toWarehouse: (order) => ({ id: order.toWarehouseId }),
    lines: (order, _, ctx) => ctx.loaders.linesByTransferOrder.load(order.id),
  },
  TransferOrderLine: {
    item: (line) => ({ id: line.itemId }),
    inTransitQuantity: (line) => Math.max(0, line.shippedQuantity - line.receivedQuantity),
  },
};
