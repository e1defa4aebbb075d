import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { shipSalesOrder } from './shipment.service.ts';

export const shipmentResolvers: Resolvers = {
  Query: {
    shipment: (_, { id }, ctx) => ctx.loaders.shipmentById.load(id),
  },
  Mutation: {
    shipSalesOrder: (_, { input }, ctx) => shipSalesOrder(ctx, input),
  },
  Shipment: {
    __resolveReference: (reference, ctx) => ctx.loaders.shipmentById.load(reference.id),
    salesOrder: (shipment) => ({ id: shipment.salesOrderId }),
    warehouse: async (shipment, _, ctx) => (await ctx.loaders.warehouseById.load(shipment.warehouseId))!,
    status: () => 'SHIPPED',
    lines: (shipment, _, ctx) => ctx.loaders.linesByShipment.load(shipment.id),
  },
  ShipmentLine: {
    salesOrderLine: (line) => ({ id: line.salesOrderLineId }),
    item: (line) => ({ id: line.itemId }),
    picks: (line, _, ctx) => ctx.loaders.picksByLine.load(line.id),
  },
  Pick: {
    lot: async (pick, _, ctx) => (await ctx.loaders.lotById.load(pick.lotId))!,
    location: async (pick, _, ctx) => (await ctx.loaders.locationById.load(pick.locationId))!,
  },
  SalesOrder: {
    __resolveReference: (reference) => ({ id: reference.id }),
    shipments: (order, _, ctx) => ctx.loaders.shipmentsByOrder.load(order.id),
  },
  SalesOrderLine: {
    __resolveReference: (reference) => ({ id: reference.id }),
    shippedQuantity: (line, _, ctx) => ctx.loaders.shippedQuantityByOrderLine.load(line.id),
  },
};
