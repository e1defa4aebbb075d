import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { calendarDate } from '../calendar-date.ts';
import { visibleMachine } from '../machine/machine.service.ts';
import {
  changeWorkOrderPriority,
  completeOperation,
  findOperationRun,
  findWorkOrder,
  findWorkOrderByNumber,
  finishSetup,
  listWorkOrders,
  pauseOperation,
  releaseWorkOrder,
  reportProduction,
  resumeOperation,
  startOperation,
  visibleWorkOrder,
} from './work-order.service.ts';

export const workOrderResolvers: Resolvers = {
  Query: {
    workOrder: (_, { id }, ctx) => findWorkOrder(ctx, id),
    workOrderByNumber: (_, { number }, ctx) => findWorkOrderByNumber(ctx, number),
    workOrders: (_, { status, itemId, first, offset }, ctx) => listWorkOrders(ctx, { status, itemId }, { first: first ?? 50, offset: offset ?? 0 }),
    operationRun: (_, { id }, ctx) => findOperationRun(ctx, id),
  },
  Mutation: {
    releaseWorkOrder: (_, { input }, ctx) => releaseWorkOrder(ctx, input),
    changeWorkOrderPriority: (_, { id, priority }, ctx) => changeWorkOrderPriority(ctx, id, priority),
    startOperation: (_, { input }, ctx) => startOperation(ctx, input),
    finishSetup: (_, { operationRunId }, ctx) => finishSetup(ctx, operationRunId),
    pauseOperation: (_, { operationRunId, reason }, ctx) => pauseOperation(ctx, operationRunId, reason),
    resumeOperation: (_, { operationRunId }, ctx) => resumeOperation(ctx, operationRunId),
    reportProduction: (_, { input }, ctx) =>
      reportProduction(ctx, { ...input, scrapQuantity: input.scrapQuantity ?? 0, reworkQuantity: input.reworkQuantity ?? 0, labourMinutes: input.labourMinutes ?? 0 }),
    completeOperation: (_, { operationRunId, operatorId, idempotencyKey }, ctx) => completeOperation(ctx, operationRunId, operatorId, idempotencyKey),
  },
  WorkOrder: {
    __resolveReference: (reference, ctx) => visibleWorkOrder(ctx, reference.id),
    item: (order) => ({ id: order.itemId }),
    dueDate: (order) => calendarDate(order.dueDate),
    site: (order) => ({ id: order.siteId }),
    warehouse: (order) => ({ id: order.warehouseId }),
    salesOrder: (order) => (order.salesOrderId ? { id: order.salesOrderId } : null),
    operations: (order, _, ctx) => ctx.loaders.operationsByWorkOrder.load(order.id),
    outputLot: (order) => ({ id: order.outputLotId }),
    consumptions: (order, _, ctx) => ctx.loaders.consumptionsByWorkOrder.load(order.id),
  },
  OperationRun: {
    __resolveReference: (reference, ctx) => findOperationRun(ctx, reference.id),
    workOrder: (run, _, ctx) => ctx.loaders.workOrderById.load(run.workOrderId).then((order) => order!),
    workCenter: (run, _, ctx) => ctx.loaders.workCenterById.load(run.workCenterId).then((workCenter) => workCenter!),
    allowedMachines: async (run, _, ctx) => (await ctx.loaders.machineById.loadMany(run.machineIds)).flatMap((machine) => (machine && !(machine instanceof Error) ? [machine] : [])),
    machine: (run, _, ctx) => (run.machineId ? visibleMachine(ctx, run.machineId) : null),
    reports: (run, _, ctx) => ctx.loaders.reportsByOperation.load(run.id),
  },
  ProductionReport: {
    operationRun: (report, _, ctx) => ctx.loaders.operationRunById.load(report.operationRunId).then((run) => run!),
    machine: (report, _, ctx) => ctx.loaders.machineById.load(report.machineId).then((machine) => machine!),
  },
};
