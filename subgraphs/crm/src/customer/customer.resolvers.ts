import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createCustomer, customerOrderSummary, findCustomer, listCustomers, pageCustomers } from './customer.service.ts';

export const customerResolvers: Resolvers = {
  Query: {
    customer: (_, { id }, ctx) => findCustomer(ctx, id),
    customers: (_, { search, first, offset }, ctx) => listCustomers(ctx, search ?? null, { first: first ?? 100, offset: offset ?? 0 }),
    customerPage: (_, { search, first, offset }, ctx) => pageCustomers(ctx, search ?? null, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    createCustomer: (_, { input }, ctx) => createCustomer(ctx, input),
  },
  Customer: {
    __resolveReference: (reference, ctx) => findCustomer(ctx, reference.id),
    orderCount: async (customer, _, ctx) => (await customerOrderSummary(ctx, customer.id)).orderCount,
    openOrderCount: async (customer, _, ctx) => (await customerOrderSummary(ctx, customer.id)).openOrderCount,
    lastOrderedAt: async (customer, _, ctx) => (await customerOrderSummary(ctx, customer.id)).lastOrderedAt,
  },
};
