import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createSite, findSite, listSites } from './site.service.ts';

export const siteResolvers: Resolvers = {
  Query: {
    site: (_, { id }, ctx) => findSite(ctx, id),
    sites: (_, __, ctx) => listSites(ctx),
  },
  Mutation: {
    createSite: (_, { input }, ctx) => createSite(ctx, input),
  },
  Site: {
    __resolveReference: (reference, ctx) => findSite(ctx, reference.id),
  },
};
