import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { transportModes } from '../lane/lane.entity.ts';

export const transportOrderStatuses = ['PLANNED', 'PICKED_UP', 'IN_TRANSIT', 'ARRIVED', 'DELIVERED'] as const;
export type TransportOrderStatus = (typeof transportOrderStatuses)[number];

export const milestones = ['PICKED_UP', 'DEPARTED', 'ARRIVED', 'DELIVERED'] as const;
export type Milestone = (typeof milestones)[number];

export const TransportOrderSchema = defineEntity({
  name: 'TransportOrder',
  tableName: 'transport_order',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    /** The wms shipment carried (one transport order per shipment). */
    shipmentId: p.uuid().unique(),
    salesOrderId: p.uuid(),
    customerId: p.uuid(),
    originSiteId: p.uuid(),
    warehouseId: p.uuid(),
    laneId: p.uuid().nullable(),
    carrierId: p.uuid().nullable(),
    status: p.enum(transportOrderStatuses),
    createdAt: p.datetime(),
    plannedPickupAt: p.datetime(),
    plannedDelivery: p.datetime().nullable(),
    pickedUpAt: p.datetime().nullable(),
    departedAt: p.datetime().nullable(),
    arrivedAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
  },
});

export type TransportOrder = InferEntity<typeof TransportOrderSchema>;

export const TransportOrderLineSchema = defineEntity({
  name: 'TransportOrderLine',
  tableName: 'transport_order_line',
  properties: {
    id: p.uuid().primary(),
    transportOrderId: p.uuid(),
    salesOrderLineId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
  },
});

export type TransportOrderLine = InferEntity<typeof TransportOrderLineSchema>;

export const TransportLegSchema = defineEntity({
  name: 'TransportLeg',
  tableName: 'transport_leg',
  properties: {
    id: p.uuid().primary(),
    transportOrderId: p.uuid(),
    sequence: p.integer(),
    fromPlace: p.string(),
    toPlace: p.string(),
    mode: p.enum(transportModes),
    carrierId: p.uuid().nullable(),
  },
});

export type TransportLeg = InferEntity<typeof TransportLegSchema>;

export const TransportMilestoneSchema = defineEntity({
  name: 'TransportMilestone',
  tableName: 'transport_milestone',
  properties: {
    id: p.uuid().primary(),
    transportOrderId: p.uuid(),
    milestone: p.enum(milestones),
    at: p.datetime(),
    location: p.string().nullable(),
    eta: p.datetime().nullable(),
    recordedAt: p.datetime(),
  },
});

export type TransportMilestone = InferEntity<typeof TransportMilestoneSchema>;
