import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { createCustomer, findCustomer, listCustomers } from './customer.service.ts';

export const customerResolvers: Resolvers = {
  Query: {
    customer: (_, { id }, ctx) => findCustomer(ctx, id),
    customers: (_, { search, first, offset }, ctx) => listCustomers(ctx, search ?? null, { first: first ?? 100, offset: offset ?? 0 }),
  },
  Mutation: {
    createCustomer: (_, { input }, ctx) => createCustomer(ctx, input),
  },
  Customer: {
    __resolveReference: (reference, ctx) => findCustomer(ctx, reference.id),
  },
};
