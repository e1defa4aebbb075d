import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { explodeBillOfMaterials, setBillOfMaterials } from './bill-of-materials.service.ts';

export const billOfMaterialsResolvers: Resolvers = {
  Query: {
    explodeBillOfMaterials: (_, { itemId, quantity }, ctx) => explodeBillOfMaterials(ctx, itemId, quantity ?? 1),
  },
  Mutation: {
    setBillOfMaterials: (_, { itemId, lines }, ctx) => setBillOfMaterials(ctx, itemId, lines),
  },
  BillOfMaterials: {
    __resolveReference: (reference, ctx) => ctx.loaders.billOfMaterialsByParent.load(reference.id),
    parent: (bom, _, ctx) => ctx.loaders.itemById.load(bom.parentId).then((item) => item!),
  },
  BillOfMaterialsLine: {
    component: (line, _, ctx) => ctx.loaders.itemById.load(line.componentId).then((item) => item!),
  },
  BomExplosionLine: {
    component: (line, _, ctx) => ctx.loaders.itemById.load(line.componentId).then((item) => item!),
    path: async (line, _, ctx) => (await ctx.loaders.itemById.loadMany(line.path)).map((item) => (item instanceof Error || !item ? '?' : item.sku)),
  },
};
