import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { calendarDate } from '../calendar-date.ts';
import { findMrpRun, findPlannedOrder, firmPlannedOrder, releasePlannedOrder, runMrp } from './mrp-run.service.ts';

export const mrpRunResolvers: Resolvers = {
  Query: {
    mrpRun: (_, { id }, ctx) => findMrpRun(ctx, id),
    plannedOrder: (_, { id }, ctx) => findPlannedOrder(ctx, id),
  },
  Mutation: {
    runMrp: (_, { input }, ctx) => runMrp(ctx, input),
    firmPlannedOrder: (_, { id }, ctx) => firmPlannedOrder(ctx, id),
    releasePlannedOrder: (_, { id, supplierId }, ctx) => releasePlannedOrder(ctx, id, supplierId),
  },
  MrpRun: {
    __resolveReference: (reference, ctx) => findMrpRun(ctx, reference.id),
    scenario: async (run, _, ctx) => (await ctx.loaders.scenarioById.load(run.scenarioId))!,
    site: (run) => ({ id: run.siteId }),
    weeks: (run) => run.periods,
    records: (run, { itemIds }) => {
      const wanted = itemIds ? new Set(itemIds.map((id) => id.toLowerCase())) : null;
      return wanted ? run.records.filter((record) => wanted.has(record.itemId)) : run.records;
    },
    plannedOrders: async (run, { itemId, status }, ctx) =>
      (await ctx.loaders.plannedOrdersByRun.load(run.id)).filter(
        (order) => (!itemId || order.itemId === itemId.toLowerCase()) && (!status || status.includes(order.status)),
      ),
    exceptions: (run, { itemId }) => (itemId ? run.exceptions.filter((exception) => exception.itemId === itemId.toLowerCase()) : run.exceptions),
  },
  MrpItemRecord: {
    item: (record) => ({ id: record.itemId }),
  },
  MrpException: {
    item: (exception) => ({ id: exception.itemId }),
  },
  PlannedOrder: {
    __resolveReference: (reference, ctx) => findPlannedOrder(ctx, reference.id),
    item: (order) => ({ id: order.itemId }),
    site: (order) => ({ id: order.siteId }),
    releaseDate: (order) => calendarDate(order.releaseDate),
    dueDate: (order) => calendarDate(order.dueDate),
    peggedSalesOrders: (order) => order.peggedSalesOrderIds.map((id) => ({ id })),
    releasedAs: (order, _, ctx) => (order.status === 'RELEASED' ? ctx.loaders.releasedAsByPlannedOrder.load(order.id) : null),
  },
  ReleasedOrder: {
    __resolveType: (order) => order.__typename,
  },
  Peg: {
    parentOrder: (peg, _, ctx) => (peg.parentOrderId ? ctx.loaders.plannedOrderById.load(peg.parentOrderId) : null),
  },
};
