import type { Resolvers } from '../__generated__/resolvers-types.ts';

const open = <T extends { releasedAt?: Date | null }>(holds: readonly T[]) => holds.filter((hold) => !hold.releasedAt);

export const lotHoldResolvers: Resolvers = {
  Lot: {
    onHold: async (lot, _, ctx) => open(await ctx.loaders.holdsByLot.load(lot.id)).length > 0,
    holdReason: async (lot, _, ctx) => open(await ctx.loaders.holdsByLot.load(lot.id)).map((hold) => hold.reason).join('; ') || null,
    holds: (lot, _, ctx) => ctx.loaders.holdsByLot.load(lot.id),
  },
  LotHold: {
    warehouse: async (hold, _, ctx) => (await ctx.loaders.warehouseById.load(hold.warehouseId))!,
  },
};
