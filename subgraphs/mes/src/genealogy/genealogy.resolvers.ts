import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { lotTrace } from './genealogy.service.ts';

export const genealogyResolvers: Resolvers = {
  Query: {
    lotTrace: (_, { lotId, direction, depth }, ctx) => lotTrace(ctx, lotId, direction, depth ?? 10),
  },
  LotTrace: {
    lot: (trace) => ({ id: trace.lotId }),
    producedBy: (trace, _, ctx) => ctx.loaders.workOrderByOutputLot.load(trace.lotId),
  },
  LotTraceNode: {
    lot: (node) => ({ id: node.lotId }),
    viaLot: (node) => ({ id: node.viaLotId }),
    workOrder: (node, _, ctx) => ctx.loaders.workOrderById.load(node.workOrderId).then((order) => order!),
    item: async (node, _, ctx) => {
      const [lot, producer] = await Promise.all([ctx.loaders.lotById.load(node.lotId), ctx.loaders.workOrderByOutputLot.load(node.lotId)]);
      const itemId = lot?.itemId ?? producer?.itemId;
      return itemId ? { id: itemId } : null;
    },
  },
  Lot: {
    __resolveReference: (reference) => ({ id: reference.id }),
    producedBy: (lot, _, ctx) => ctx.loaders.workOrderByOutputLot.load(lot.id),
    consumedBy: (lot, _, ctx) => ctx.loaders.consumptionsByLot.load(lot.id),
  },
};
