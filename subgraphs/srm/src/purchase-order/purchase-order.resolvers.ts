import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  cancelPurchaseOrder,
  closePurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  findPurchaseOrder,
  findPurchaseOrderByNumber,
  listPurchaseOrders,
  requestPurchaseOrderChange,
  respondToPurchaseOrderChange,
  sendPurchaseOrder,
  visiblePurchaseOrder,
} from './purchase-order.service.ts';

const amount = (quantity: number, unitPrice: number) => Math.round(quantity * unitPrice * 10_000) / 10_000;

export const purchaseOrderResolvers: Resolvers = {
  Query: {
    purchaseOrder: (_, { id }, ctx) => findPurchaseOrder(ctx, id),
    purchaseOrderByNumber: (_, { number }, ctx) => findPurchaseOrderByNumber(ctx, number),
    purchaseOrders: (_, { filter, sort, first, offset }, ctx) =>
      listPurchaseOrders(ctx, {
        filter: filter ?? {},
        sort: sort ? { field: sort.field, direction: sort.direction ?? 'ASC' } : { field: 'CREATED_AT', direction: 'DESC' },
        first: first ?? 25,
        offset: offset ?? 0,
      }),
  },
  Mutation: {
    createPurchaseOrder: (_, { input }, ctx) => createPurchaseOrder(ctx, input),
    sendPurchaseOrder: (_, { id, idempotencyKey }, ctx) => sendPurchaseOrder(ctx, id, idempotencyKey),
    confirmPurchaseOrder: (_, { id, lines, idempotencyKey }, ctx) => confirmPurchaseOrder(ctx, id, lines, idempotencyKey),
    requestPurchaseOrderChange: (_, { input }, ctx) => requestPurchaseOrderChange(ctx, input),
    respondToPurchaseOrderChange: (_, { id, accept, note, idempotencyKey }, ctx) => respondToPurchaseOrderChange(ctx, id, accept, note, idempotencyKey),
    cancelPurchaseOrder: (_, { id, reason, idempotencyKey }, ctx) => cancelPurchaseOrder(ctx, id, reason, idempotencyKey),
    closePurchaseOrder: (_, { id, idempotencyKey }, ctx) => closePurchaseOrder(ctx, id, idempotencyKey),
  },
  PurchaseOrder: {
    __resolveReference: (reference, ctx) => visiblePurchaseOrder(ctx, reference.id),
    supplier: async (order, _, ctx) => (await ctx.loaders.supplierById.load(order.supplierId))!,
    site: (order) => ({ id: order.siteId }),
    lines: (order, _, ctx) => ctx.loaders.linesByPurchaseOrder.load(order.id),
    changes: (order, _, ctx) => ctx.loaders.changesByPurchaseOrder.load(order.id),
    asns: (order, _, ctx) => ctx.loaders.asnsByPurchaseOrder.load(order.id),
  },
  PurchaseOrderLine: {
    __resolveReference: async (reference, ctx) => {
      const line = await ctx.loaders.purchaseOrderLineById.load(reference.id);
      return line && (await visiblePurchaseOrder(ctx, line.purchaseOrderId)) ? line : null;
    },
    purchaseOrder: async (line, _, ctx) => (await ctx.loaders.purchaseOrderById.load(line.purchaseOrderId))!,
    item: (line) => ({ id: line.itemId }),
    amount: (line) => amount(line.quantity, line.unitPrice),
    openQuantity: (line) => Math.max(0, line.quantity - line.receivedQuantity),
    inTransitQuantity: (line, _, ctx) => ctx.loaders.inTransitByLine.load(line.id),
    receipts: (line, _, ctx) => ctx.loaders.receiptsByLine.load(line.id),
  },
  PurchaseOrderChange: {
    __resolveReference: async (reference, ctx) => {
      const change = await ctx.loaders.purchaseOrderChangeById.load(reference.id);
      return change && (await visiblePurchaseOrder(ctx, change.purchaseOrderId)) ? change : null;
    },
    purchaseOrder: async (change, _, ctx) => (await ctx.loaders.purchaseOrderById.load(change.purchaseOrderId))!,
  },
  PurchaseOrderLineChange: {
    line: async (change, _, ctx) => (await ctx.loaders.purchaseOrderLineById.load(change.lineId))!,
  },
};
