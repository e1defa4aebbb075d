import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { awardRfq, compareRfqQuotes, createRfq, declineRfq, findRfq, listRfqs, quotesOf, submitQuote, visibleQuote, visibleRfq } from './rfq.service.ts';

export const rfqResolvers: Resolvers = {
  Query: {
    rfq: (_, { id }, ctx) => findRfq(ctx, id),
    rfqs: (_, { status, first, offset }, ctx) => listRfqs(ctx, status, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    createRfq: (_, { input }, ctx) => createRfq(ctx, input),
    submitQuote: (_, { rfqId, supplierId, input }, ctx) => submitQuote(ctx, rfqId, supplierId, { ...input, currency: input.currency ?? 'EUR' }),
    declineRfq: (_, { rfqId, supplierId }, ctx) => declineRfq(ctx, rfqId, supplierId),
    awardRfq: (_, { rfqId, quoteId, idempotencyKey }, ctx) => awardRfq(ctx, rfqId, quoteId, idempotencyKey),
  },
  Rfq: {
    __resolveReference: (reference, ctx) => visibleRfq(ctx, reference.id),
    item: (rfq) => ({ id: rfq.itemId }),
    quotes: (rfq, _, ctx) => quotesOf(ctx, rfq),
    comparison: (rfq, _, ctx) => compareRfqQuotes(ctx, rfq),
  },
  SupplierQuote: {
    __resolveReference: (reference, ctx) => visibleQuote(ctx, reference.id),
    rfq: async (quote, _, ctx) => (await ctx.loaders.rfqById.load(quote.rfqId))!,
    supplier: async (quote, _, ctx) => (await ctx.loaders.supplierById.load(quote.supplierId))!,
  },
};
