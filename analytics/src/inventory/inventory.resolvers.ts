import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { itemTurnsRequest } from './inventory.service.ts';

const today = (now: Date) => now.toISOString().slice(0, 10);

export const inventoryResolvers: Resolvers = {
  Item: {
    __resolveReference: (reference) => ({ id: reference.id }),
    inventoryTurns: (item, args, ctx) => ctx.loaders.itemTurns.load(itemTurnsRequest(item.id, args, today(ctx.now()))),
  },
};
