import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { exceptionViews, masterProductionSchedule } from '../master-schedule/master-schedule.service.ts';
import { changeScenarioDemand, createScenario, findScenario, listScenarios, liveScenario } from './scenario.service.ts';

export const scenarioResolvers: Resolvers = {
  Query: {
    livePlan: (_, __, ctx) => liveScenario(ctx),
    planScenarios: (_, __, ctx) => listScenarios(ctx),
    planScenario: (_, { id }, ctx) => findScenario(ctx, id),
  },
  Mutation: {
    createScenario: (_, { input }, ctx) => createScenario(ctx, input),
    changeScenarioDemand: (_, { input }, ctx) => changeScenarioDemand(ctx, input),
  },
  PlanScenario: {
    __resolveReference: (reference, ctx) => findScenario(ctx, reference.id),
    basedOn: async (scenario, _, ctx) => (scenario.basedOnId ? ctx.loaders.scenarioById.load(scenario.basedOnId) : null),
    changes: (scenario, _, ctx) => ctx.loaders.changesByScenario.load(scenario.id),
    latestMrpRun: (scenario, { siteId }, ctx) => ctx.loaders.latestRunByScenarioSite.load(`${scenario.id}|${siteId.toLowerCase()}`),
    masterProductionSchedule: (scenario, { siteId, weeks }, ctx) => masterProductionSchedule(ctx, scenario, siteId, weeks ?? 13),
  },
  ScenarioChange: {
    item: (change) => (typeof change.value.itemId === 'string' ? { id: change.value.itemId } : null),
    weekStart: (change) => (typeof change.value.weekStart === 'string' ? change.value.weekStart : null),
    quantity: (change) => (typeof change.value.quantity === 'number' ? change.value.quantity : null),
    machine: (change) => (typeof change.value.machineId === 'string' ? { id: change.value.machineId } : null),
    from: (change) => (typeof change.value.from === 'string' ? new Date(change.value.from) : null),
    to: (change) => (typeof change.value.to === 'string' ? new Date(change.value.to) : null),
    workOrder: (change) => (typeof change.value.workOrderId === 'string' ? { id: change.value.workOrderId } : null),
    priority: (change) => (typeof change.value.priority === 'number' ? change.value.priority : null),
  },
  MasterProductionSchedule: {
    weeks: (view) => view.weeks,
    items: (view) => view.schedule.records,
    exceptions: (view) => exceptionViews(view),
  },
  MpsItemRecord: {
    item: (record) => ({ id: record.itemId }),
  },
  MpsException: {
    item: (exception) => ({ id: exception.itemId }),
  },
};
