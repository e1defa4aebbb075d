import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  assignTransportLane,
  findTransportOrder,
  findTransportOrderByNumber,
  listTransportOrders,
  recordMilestone,
  transportOrderOfShipment,
  transportOrdersOfSalesOrder,
  transportOutlook,
} from './transport-order.service.ts';

export const transportOrderResolvers: Resolvers = {
  Query: {
    transportOrder: (_, { id }, ctx) => findTransportOrder(ctx, id),
    transportOrderByNumber: (_, { number }, ctx) => findTransportOrderByNumber(ctx, number),
    transportOrders: (_, { filter, first, offset }, ctx) => listTransportOrders(ctx, { filter: filter ?? {}, first: first ?? 25, offset: offset ?? 0 }),
  },
  Mutation: {
    assignTransportLane: (_, { transportOrderId, laneId, idempotencyKey }, ctx) => assignTransportLane(ctx, transportOrderId, laneId, idempotencyKey),
    recordMilestone: (_, { input }, ctx) => recordMilestone(ctx, input),
  },
  TransportOrder: {
    __resolveReference: (reference, ctx) => findTransportOrder(ctx, reference.id),
    shipment: (order) => ({ id: order.shipmentId }),
    salesOrder: (order) => ({ id: order.salesOrderId }),
    customer: (order) => ({ id: order.customerId }),
    originSite: (order) => ({ id: order.originSiteId }),
    lane: (order, _, ctx) => (order.laneId ? ctx.loaders.laneById.load(order.laneId) : null),
    carrier: (order, _, ctx) => (order.carrierId ? ctx.loaders.carrierById.load(order.carrierId) : null),
    legs: (order, _, ctx) => ctx.loaders.legsByTransportOrder.load(order.id),
    lines: (order, _, ctx) => ctx.loaders.linesByTransportOrder.load(order.id),
    milestones: (order, _, ctx) => ctx.loaders.milestonesByTransportOrder.load(order.id),
    eta: async (order, _, ctx) => (await transportOutlook(ctx, order)).eta,
    etaLatest: async (order, _, ctx) => (await transportOutlook(ctx, order)).etaLatest,
    promisedDate: async (order, _, ctx) => (await transportOutlook(ctx, order)).promisedDate,
    late: async (order, _, ctx) => (await transportOutlook(ctx, order)).late,
    deliveryConfirmation: (order, _, ctx) => ctx.loaders.deliveryByTransportOrder.load(order.id),
  },
  TransportLeg: {
    origin: (leg) => leg.fromPlace,
    destination: (leg) => leg.toPlace,
    carrier: (leg, _, ctx) => (leg.carrierId ? ctx.loaders.carrierById.load(leg.carrierId) : null),
  },
  TransportOrderLine: {
    salesOrderLine: (line) => ({ id: line.salesOrderLineId }),
    item: (line) => ({ id: line.itemId }),
  },
  Shipment: {
    __resolveReference: (reference) => ({ id: reference.id }),
    transportOrder: (shipment, _, ctx) => transportOrderOfShipment(ctx, shipment.id),
  },
  SalesOrder: {
    __resolveReference: (reference) => ({ id: reference.id }),
    transportOrders: (order, _, ctx) => transportOrdersOfSalesOrder(ctx, order.id),
  },
};
