import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  cancelSalesOrder,
  confirmSalesOrder,
  createSalesOrder,
  findSalesOrderByNumber,
  listSalesOrders,
  promiseSalesOrder,
  visibleSalesOrder,
} from './sales-order.service.ts';

export const salesOrderResolvers: Resolvers = {
  Query: {
    salesOrder: (_, { id }, ctx) => visibleSalesOrder(ctx, id),
    salesOrderByNumber: (_, { number }, ctx) => findSalesOrderByNumber(ctx, number),
    salesOrders: (_, { filter, sort, first, offset }, ctx) =>
      listSalesOrders(ctx, {
        filter: filter ?? {},
        sort: sort ? { field: sort.field, direction: sort.direction ?? 'ASC' } : { field: 'ORDERED_AT', direction: 'DESC' },
        first: first ?? 25,
        offset: offset ?? 0,
      }),
  },
  Mutation: {
    createSalesOrder: (_, { input }, ctx) => createSalesOrder(ctx, { ...input, currency: input.currency ?? 'EUR' }),
    confirmSalesOrder: (_, { id, idempotencyKey }, ctx) => confirmSalesOrder(ctx, id, idempotencyKey),
    promiseSalesOrder: (_, { id, lines, idempotencyKey }, ctx) => promiseSalesOrder(ctx, id, lines, idempotencyKey),
    cancelSalesOrder: (_, { id, reason, requestedBy, idempotencyKey }, ctx) => cancelSalesOrder(ctx, id, reason, requestedBy, idempotencyKey),
  },
  SalesOrder: {
    __resolveReference: (reference, ctx) => visibleSalesOrder(ctx, reference.id),
    customer: async (order, _, ctx) => (await ctx.loaders.customerById.load(order.customer.id))!,
    site: (order) => (order.siteId ? { id: order.siteId } : null),
    lines: (order, _, ctx) => ctx.loaders.linesByOrder.load(order.id),
  },
  SalesOrderLine: {
    __resolveReference: (reference, ctx) => ctx.loaders.lineById.load(reference.id),
    item: (line) => ({ id: line.itemId }),
    amount: (line) => Math.round(line.quantity * line.unitPrice * 10_000) / 10_000,
  },
  Item: {
    __resolveReference: (reference) => ({ id: reference.id }),
    openDemand: (item, _, ctx) => ctx.loaders.openDemandByItem.load(item.id),
  },
};
