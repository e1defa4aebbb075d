import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { receivePurchase } from './purchase-receipt.service.ts';

export const purchaseReceiptResolvers: Resolvers = {
  Mutation: {
    receivePurchase: (_, { input }, ctx) => receivePurchase(ctx, input),
  },
  Receipt: {
    purchaseOrder: async (receipt, _, ctx) => {
      const [line] = await ctx.loaders.purchaseLinesByReceipt.load(receipt.id);
      return line ? { id: line.purchaseOrderId } : null;
    },
    supplier: async (receipt, _, ctx) => {
      const [line] = await ctx.loaders.purchaseLinesByReceipt.load(receipt.id);
      return line ? { id: line.supplierId } : null;
    },
    purchaseLines: (receipt, _, ctx) => ctx.loaders.purchaseLinesByReceipt.load(receipt.id),
  },
  PurchaseReceiptLine: {
    purchaseOrderLine: (line) => ({ id: line.purchaseOrderLineId }),
    asnLine: (line) => (line.asnLineId ? { id: line.asnLineId } : null),
    item: (line) => ({ id: line.itemId }),
    lot: async (line, _, ctx) => (await ctx.loaders.lotById.load(line.lotId))!,
    location: async (line, _, ctx) => (await ctx.loaders.locationById.load(line.locationId))!,
  },
  PurchaseOrder: {
    __resolveReference: (reference) => ({ id: reference.id }),
    receipts: (order, _, ctx) => ctx.loaders.receiptsByPurchaseOrder.load(order.id),
  },
};
