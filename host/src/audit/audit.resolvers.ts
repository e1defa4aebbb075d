import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { listMutationAudit } from './audit.service.ts';

export const auditResolvers: Resolvers = {
  Query: {
    mutationAudit: (_, { filter, first, offset }, ctx) => listMutationAudit(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
  },
};
