import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { changeScenarioCapacity, changeScenarioPriority } from '../scenario/scenario.service.ts';
import { planMachineDowntime, setSiteCalendar, siteCalendar } from './calendar.service.ts';
import { commitOperationMove, commitRushOrder, evaluateOperationMove, evaluateRushOrder } from './rush-order.service.ts';
import {
  cancelScheduleRun,
  compareSchedules,
  findScheduleRun,
  findScheduleVersion,
  listScheduleVersions,
  publishScheduleVersion,
  scheduleInForce,
  startScheduling,
} from './schedule.service.ts';

export const scheduleResolvers: Resolvers = {
  Query: {
    scheduleVersion: (_, { id }, ctx) => findScheduleVersion(ctx, id),
    scheduleRun: (_, { id }, ctx) => findScheduleRun(ctx, id),
    compareSchedules: (_, { baseId, otherId }, ctx) => compareSchedules(ctx, baseId, otherId),
    siteCalendar: (_, { siteId }, ctx) => siteCalendar(ctx, siteId),
    evaluateRushOrder: (_, { input }, ctx) => evaluateRushOrder(ctx, input),
    evaluateOperationMove: (_, { input }, ctx) => evaluateOperationMove(ctx, input),
  },
  Mutation: {
    changeScenarioCapacity: (_, { input }, ctx) => changeScenarioCapacity(ctx, input),
    changeScenarioPriority: (_, { input }, ctx) => changeScenarioPriority(ctx, input),
    setSiteCalendar: (_, { siteId, shifts, holidays, frozenHours }, ctx) => setSiteCalendar(ctx, siteId, { shifts, holidays, frozenHours }),
    planMachineDowntime: (_, args, ctx) => planMachineDowntime(ctx, args),
    startScheduling: (_, { input }, ctx) => startScheduling(ctx, input),
    cancelScheduleRun: (_, { id }, ctx) => cancelScheduleRun(ctx, id),
    publishScheduleVersion: (_, { id }, ctx) => publishScheduleVersion(ctx, id),
    commitRushOrder: (_, { input }, ctx) => commitRushOrder(ctx, input),
    commitOperationMove: (_, { input }, ctx) => commitOperationMove(ctx, input),
  },
  PlanScenario: {
    schedule: (scenario, { siteId }, ctx) => scheduleInForce(ctx, scenario, siteId),
    scheduleVersions: (scenario, { siteId }, ctx) => listScheduleVersions(ctx, scenario.id, siteId),
  },
  ScheduleVersion: {
    __resolveReference: (reference, ctx) => findScheduleVersion(ctx, reference.id),
    scenario: async (version, _, ctx) => (await ctx.loaders.scenarioById.load(version.scenarioId))!,
    site: (version) => ({ id: version.siteId }),
    operations: async (version, { machineId, workOrderId }, ctx) =>
      (await ctx.loaders.operationsByVersion.load(version.id)).filter(
        (operation) => (!machineId || operation.machineId === machineId.toLowerCase()) && (!workOrderId || operation.workOrderId === workOrderId.toLowerCase()),
      ),
    skipped: (version) => version.skipped.map((skipped) => ({ workOrder: { id: skipped.workOrderId }, reason: skipped.reason })),
  },
  ScheduledOperation: {
    workOrder: (operation) => ({ id: operation.workOrderId }),
    workOrderNumber: async (operation, _, ctx) => (await ctx.loaders.workOrderById.load(operation.workOrderId))?.number ?? operation.workOrderId,
    item: async (operation, _, ctx) => ({ id: (await ctx.loaders.workOrderById.load(operation.workOrderId))?.itemId ?? operation.workOrderId }),
    machine: (operation) => ({ id: operation.machineId }),
    dueDate: async (operation, _, ctx) => (await ctx.loaders.workOrderById.load(operation.workOrderId))?.dueDate ?? '',
  },
  ScheduleRun: {
    scenario: async (run, _, ctx) => (await ctx.loaders.scenarioById.load(run.scenarioId))!,
    site: (run) => ({ id: run.siteId }),
    scheduleVersion: (run, _, ctx) => (run.scheduleVersionId ? ctx.loaders.scheduleVersionById.load(run.scheduleVersionId) : null),
  },
  RushOrderEvaluation: {
    delayed: (evaluation) => evaluation.delayed.map((delay) => ({ workOrder: { id: delay.workOrderId }, workOrderNumber: delay.number, byHours: delay.byHours, completion: delay.completion })),
    newlyLate: (evaluation) =>
      evaluation.newlyLate.map((late) => ({
        workOrder: { id: late.workOrderId },
        workOrderNumber: late.number,
        byHours: evaluation.delayed.find((delay) => delay.workOrderId === late.workOrderId)?.byHours ?? 0,
        completion: evaluation.delayed.find((delay) => delay.workOrderId === late.workOrderId)?.completion ?? evaluation.completion,
      })),
  },
  OperationMoveEvaluation: {
    lateWorkOrders: (evaluation) => evaluation.lateWorkOrders.map((id) => ({ id })),
  },
};
