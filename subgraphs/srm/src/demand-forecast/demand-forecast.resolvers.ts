import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { planSupplierDemand, supplierForecast } from './demand-forecast.service.ts';

export const demandForecastResolvers: Resolvers = {
  Query: {
    supplierForecast: (_, { supplierId, from, weeks }, ctx) => supplierForecast(ctx, supplierId, from, weeks ?? 12),
  },
  Mutation: {
    planSupplierDemand: (_, { input }, ctx) => planSupplierDemand(ctx, input),
  },
  SupplierForecastWeek: {
    item: (week) => ({ id: week.itemId }),
  },
};
