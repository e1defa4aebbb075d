import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { findServiceCase, moveServiceCase, openServiceCase } from './service-case.service.ts';

export const serviceCaseResolvers: Resolvers = {
  Query: {
    serviceCase: (_, { id }, ctx) => findServiceCase(ctx, id),
  },
  Mutation: {
    openDamageClaim: (_, { input }, ctx) => openServiceCase(ctx, 'DAMAGE_CLAIM', input),
    requestReturn: (_, { input }, ctx) => openServiceCase(ctx, 'RETURN', input),
    authorizeReturn: (_, { id }, ctx) => moveServiceCase(ctx, id, 'AUTHORIZED'),
    receiveReturn: (_, { id }, ctx) => moveServiceCase(ctx, id, 'RECEIVED'),
    resolveServiceCase: (_, { id, resolution }, ctx) => moveServiceCase(ctx, id, 'RESOLVED', resolution),
    rejectServiceCase: (_, { id, reason }, ctx) => moveServiceCase(ctx, id, 'REJECTED', reason),
  },
  SalesOrder: {
    serviceCases: (order, _, ctx) => ctx.loaders.serviceCasesByOrder.load(order.id),
  },
  ServiceCase: {
    salesOrder: async (serviceCase, _, ctx) => (await ctx.loaders.salesOrderById.load(serviceCase.salesOrderId))!,
    shipment: (serviceCase) => ({ id: serviceCase.shipmentId }),
    lines: (serviceCase) => serviceCase.lines,
  },
  ServiceCaseLine: {
    salesOrderLine: async (line, _, ctx) => (await ctx.loaders.lineById.load(line.salesOrderLineId))!,
  },
};
