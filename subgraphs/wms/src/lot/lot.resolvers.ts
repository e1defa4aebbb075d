import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { isReceived } from '../stock/stock.entity.ts';
import { findLotsByNumber } from './lot.service.ts';

export const lotResolvers: Resolvers = {
  Query: {
    lots: (_, { lotNumber, itemId }, ctx) => findLotsByNumber(ctx, lotNumber, itemId),
  },
  Lot: {
    // A lot wms has not received keeps its id, so the rest of an answer that names it still stands.
    __resolveReference: async (reference, ctx) => (await ctx.loaders.lotById.load(reference.id)) ?? { id: reference.id },
    item: (lot) => (isReceived(lot) ? { id: lot.itemId } : null),
    receipts: (lot, _, ctx) => (isReceived(lot) ? ctx.loaders.receiptsByLot.load(lot.id) : []),
    shipments: (lot, _, ctx) => (isReceived(lot) ? ctx.loaders.shipmentsByLot.load(lot.id) : []),
  },
  LotReceipt: {
    receivedAt: (received) => received.receipt.receivedAt,
    purchaseOrderLine: (received) => (received.purchaseOrderLineId ? { id: received.purchaseOrderLineId } : null),
    asnLine: (received) => (received.asnLineId ? { id: received.asnLineId } : null),
  },
  LotShipment: {
    shippedAt: (shipped) => shipped.shipment.shippedAt,
    salesOrder: (shipped) => ({ id: shipped.shipment.salesOrderId }),
    salesOrderLine: (shipped) => ({ id: shipped.salesOrderLineId }),
  },
};
