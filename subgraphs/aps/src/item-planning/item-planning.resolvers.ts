import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { setItemPlanning } from './item-planning.service.ts';

export const itemPlanningResolvers: Resolvers = {
  Mutation: {
    setItemPlanning: (_, { input }, ctx) => setItemPlanning(ctx, input),
  },
  Item: {
    __resolveReference: (reference) => ({ id: reference.id }),
    planning: (item, _, ctx) => ctx.loaders.itemPlanningByItem.load(item.id),
  },
  ItemPlanning: {
    lotRule: (planning) => planning.lotRule?.kind ?? null,
    fixedQuantity: (planning) => (planning.lotRule?.kind === 'FIXED_ORDER_QUANTITY' ? planning.lotRule.quantity : null),
    periods: (planning) => (planning.lotRule?.kind === 'PERIOD_ORDER_QUANTITY' ? planning.lotRule.periods : null),
    minimum: (planning) => planning.lotRule?.minimum ?? null,
    maximum: (planning) => planning.lotRule?.maximum ?? null,
    multiple: (planning) => planning.lotRule?.multiple ?? null,
  },
};
