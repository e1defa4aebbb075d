import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { findAsn, listAsns, submitAsn, visibleAsn } from './asn.service.ts';

export const asnResolvers: Resolvers = {
  Query: {
    asn: (_, { id }, ctx) => findAsn(ctx, id),
    asns: (_, { filter, first, offset }, ctx) => listAsns(ctx, filter ?? {}, { first: first ?? 25, offset: offset ?? 0 }),
  },
  Mutation: {
    submitAsn: (_, { input }, ctx) => submitAsn(ctx, input),
  },
  Asn: {
    __resolveReference: (reference, ctx) => visibleAsn(ctx, reference.id),
    purchaseOrder: async (asn, _, ctx) => (await ctx.loaders.purchaseOrderById.load(asn.purchaseOrderId))!,
    supplier: async (asn, _, ctx) => (await ctx.loaders.supplierById.load(asn.supplierId))!,
    lines: (asn, _, ctx) => ctx.loaders.linesByAsn.load(asn.id),
  },
  AsnLine: {
    __resolveReference: async (reference, ctx) => {
      const line = await ctx.loaders.asnLineById.load(reference.id);
      return line && (await visibleAsn(ctx, line.asnId)) ? line : null;
    },
    purchaseOrderLine: async (line, _, ctx) => (await ctx.loaders.purchaseOrderLineById.load(line.purchaseOrderLineId))!,
    item: (line) => ({ id: line.itemId }),
  },
};
