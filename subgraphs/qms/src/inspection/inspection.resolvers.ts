import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { findInspection, listInspections, recordInspectionResults } from './inspection.service.ts';

const reference = (id: string | null | undefined) => (id ? { id } : null);

export const inspectionResolvers: Resolvers = {
  Query: {
    inspection: (_, { id }, ctx) => findInspection(ctx, id),
    inspections: (_, { filter, first, offset }, ctx) => listInspections(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    recordInspectionResults: (_, { id, results, idempotencyKey }, ctx) => recordInspectionResults(ctx, id, results, idempotencyKey),
  },
  Inspection: {
    __resolveReference: (inspection, ctx) => findInspection(ctx, inspection.id),
    plan: async (inspection, _, ctx) => (await ctx.loaders.inspectionPlanById.load(inspection.planId))!,
    item: (inspection) => ({ id: inspection.itemId }),
    lot: (inspection) => reference(inspection.lotId),
    warehouse: (inspection) => reference(inspection.warehouseId),
    supplier: (inspection) => reference(inspection.supplierId),
    purchaseOrderLine: (inspection) => reference(inspection.purchaseOrderLineId),
    results: (inspection) =>
      inspection.results?.map((result) => ({ ...result, characteristic: inspection.characteristics.find((characteristic) => characteristic.id === result.characteristicId)! })) ?? null,
    nonconformance: (inspection, _, ctx) => ctx.loaders.nonconformanceByInspection.load(inspection.id),
    reinspectionOf: (inspection, _, ctx) => (inspection.reinspectionOf ? ctx.loaders.inspectionById.load(inspection.reinspectionOf) : null),
  },
};
