import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createLane, listLanes } from './lane.service.ts';

export const laneResolvers: Resolvers = {
  Query: {
    lanes: (_, { originSiteId }, ctx) => listLanes(ctx, originSiteId),
  },
  Mutation: {
    createLane: (_, { input }, ctx) => createLane(ctx, input),
  },
  Lane: {
    __resolveReference: (reference, ctx) => ctx.loaders.laneById.load(reference.id),
    originSite: (lane) => ({ id: lane.originSiteId }),
    destinationCustomer: (lane) => (lane.destinationCustomerId ? { id: lane.destinationCustomerId } : null),
    carrier: async (lane, _, ctx) => (await ctx.loaders.carrierById.load(lane.carrierId))!,
    transitTimes: (lane, _, ctx) => ctx.loaders.transitTimesByLane.load(lane.id),
  },
};
