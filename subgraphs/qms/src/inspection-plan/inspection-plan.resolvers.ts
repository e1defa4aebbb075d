import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { describeSamplingPlan, findInspectionPlan, listInspectionPlans, plansByItemForViewer, setInspectionPlan } from './inspection-plan.service.ts';

export const inspectionPlanResolvers: Resolvers = {
  Query: {
    samplingPlan: (_, { lotSize, aql }, ctx) => describeSamplingPlan(ctx, lotSize, aql),
    inspectionPlan: (_, { id }, ctx) => findInspectionPlan(ctx, id),
    inspectionPlans: (_, { itemId, kind }, ctx) => listInspectionPlans(ctx, { itemId, kind }),
  },
  Mutation: {
    setInspectionPlan: (_, { input }, ctx) => setInspectionPlan(ctx, input),
  },
  InspectionPlan: {
    __resolveReference: (reference, ctx) => findInspectionPlan(ctx, reference.id),
    item: (plan) => ({ id: plan.itemId }),
  },
  Item: {
    __resolveReference: (reference) => ({ id: reference.id }),
    inspectionPlans: (item, _, ctx) => plansByItemForViewer(ctx, item.id),
  },
};
