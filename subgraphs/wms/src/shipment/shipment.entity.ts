import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ShipmentSchema = defineEntity({
  name: 'Shipment',
  tableName: 'shipment',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    salesOrderId: p.uuid(),
    warehouseId: p.uuid(),
    shippedAt: p.datetime(),
  },
});

export type Shipment = InferEntity<typeof ShipmentSchema>;

export const ShipmentLineSchema = defineEntity({
  name: 'ShipmentLine',
  tableName: 'shipment_line',
  properties: {
    id: p.uuid().primary(),
    shipmentId: p.uuid(),
    salesOrderLineId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
  },
});

export type ShipmentLine = InferEntity<typeof ShipmentLineSchema>;

export const PickSchema = defineEntity({
  name: 'Pick',
  tableName: 'pick',
  properties: {
    id: p.uuid().primary(),
    shipmentLineId: p.uuid(),
    lotId: p.uuid(),
    locationId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
  },
});

export type Pick = InferEntity<typeof PickSchema>;
