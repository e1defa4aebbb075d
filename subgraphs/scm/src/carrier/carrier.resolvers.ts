import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createCarrier, listCarriers } from './carrier.service.ts';

export const carrierResolvers: Resolvers = {
  Query: {
    carriers: (_, __, ctx) => listCarriers(ctx),
  },
  Mutation: {
    createCarrier: (_, { input }, ctx) => createCarrier(ctx, input),
  },
  Carrier: {
    __resolveReference: (reference, ctx) => ctx.loaders.carrierById.load(reference.id),
    lanes: (carrier, _, ctx) => ctx.loaders.lanesByCarrier.load(carrier.id),
  },
};
