import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { projectionHealth, retrySetAsideEvent } from './projection-health.service.ts';

export const projectionResolvers: Resolvers = {
  Query: {
    projectionHealth: (_, __, ctx) => projectionHealth(ctx),
  },
  Mutation: {
    retrySetAsideEvent: (_, { projection, eventId }, ctx) => retrySetAsideEvent(ctx, { projection, eventId }),
  },
};
