import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { confirmDelivery } from './delivery.service.ts';

export const deliveryResolvers: Resolvers = {
  Mutation: {
    confirmDelivery: (_, { input }, ctx) => confirmDelivery(ctx, input),
  },
  DeliveredLine: {
    salesOrderLine: (line) => ({ id: line.salesOrderLineId }),
    item: (line) => ({ id: line.itemId }),
  },
};
