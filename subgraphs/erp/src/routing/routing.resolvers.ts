import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { setRouting } from './routing.service.ts';

export const routingResolvers: Resolvers = {
  Mutation: {
    setRouting: (_, { itemId, steps }, ctx) => setRouting(ctx, itemId, steps),
  },
  Item: {
    routing: (item, _, ctx) => ctx.loaders.routingByItem.load(item.id),
  },
  Routing: {
    item: (routing, _, ctx) => ctx.loaders.itemById.load(routing.itemId).then((item) => item!),
  },
  RoutingStep: {
    workCenter: (step) => ({ id: step.workCenterId }),
    machines: (step) => step.machineIds.map((id) => ({ id })),
  },
};
