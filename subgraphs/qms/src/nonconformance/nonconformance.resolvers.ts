import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { closeNonconformance, dispositionNonconformance, findNonconformance, listNonconformances, openNonconformance } from './nonconformance.service.ts';

const reference = (id: string | null | undefined) => (id ? { id } : null);

export const nonconformanceResolvers: Resolvers = {
  Query: {
    nonconformance: (_, { id }, ctx) => findNonconformance(ctx, id),
    nonconformances: (_, { filter, first, offset }, ctx) => listNonconformances(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    openNonconformance: (_, { input }, ctx) => openNonconformance(ctx, input),
    dispositionNonconformance: (_, { id, disposition, note }, ctx) => dispositionNonconformance(ctx, id, disposition, note),
    closeNonconformance: (_, { id }, ctx) => closeNonconformance(ctx, id),
  },
  Nonconformance: {
    __resolveReference: (ncr, ctx) => findNonconformance(ctx, ncr.id),
    item: (ncr) => ({ id: ncr.itemId }),
    lot: (ncr) => reference(ncr.lotId),
    warehouse: (ncr) => reference(ncr.warehouseId),
    supplier: (ncr) => reference(ncr.supplierId),
    purchaseOrderLine: (ncr) => reference(ncr.purchaseOrderLineId),
    inspection: (ncr, _, ctx) => (ncr.inspectionId ? ctx.loaders.inspectionById.load(ncr.inspectionId) : null),
    capa: (ncr, _, ctx) => (ncr.capaId ? ctx.loaders.capaById.load(ncr.capaId) : null),
  },
};
