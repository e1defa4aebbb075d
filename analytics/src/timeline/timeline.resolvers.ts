import { describeEvent } from '@plexus/events';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { perfectOrderOf } from '../perfect-order/perfect-order.service.ts';
import { orderTimeline, recentEvents } from './timeline.service.ts';

export const timelineResolvers: Resolvers = {
  Query: {
    recentEvents: (_, { types, first }, ctx) => recentEvents(ctx, types ?? null, first ?? 50),
  },
  SalesOrder: {
    __resolveReference: (reference) => ({ id: reference.id }),
    timeline: (order, _, ctx) => orderTimeline(ctx, order.id),
    perfectOrder: (order, _, ctx) => perfectOrderOf(ctx, order.id),
  },
  SupplyChainEvent: {
    summary: (event) => describeEvent(event),
  },
};
