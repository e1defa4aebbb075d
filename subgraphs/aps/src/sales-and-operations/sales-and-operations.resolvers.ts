import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { listConsensusPlans, salesAndOperationsPlan, saveConsensusPlan } from './sales-and-operations.service.ts';

export const salesAndOperationsResolvers: Resolvers = {
  Query: {
    salesAndOperationsPlan: (_, args, ctx) => salesAndOperationsPlan(ctx, args),
    consensusPlans: (_, { familyId }, ctx) => listConsensusPlans(ctx, familyId),
  },
  Mutation: {
    saveConsensusPlan: (_, { input }, ctx) => saveConsensusPlan(ctx, input),
  },
  SalesAndOperationsPlan: {
    family: (plan) => ({ id: plan.family.id }),
    unitOfMeasure: (plan) => plan.family.unitOfMeasure,
    workCenters: (plan) => plan.workCenterIds.map((id) => ({ id })),
  },
  ConsensusPlan: {
    family: (plan) => ({ id: plan.familyId }),
    scenario: (plan, _, ctx) => ctx.loaders.scenarioById.load(plan.scenarioId).then((scenario) => scenario!),
  },
};
