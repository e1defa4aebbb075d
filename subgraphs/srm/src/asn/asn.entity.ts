import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const asnStatuses = ['SUBMITTED', 'RECEIVED'] as const;
export type AsnStatus = (typeof asnStatuses)[number];

export const AsnSchema = defineEntity({
  name: 'Asn',
  tableName: 'asn',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    purchaseOrderId: p.uuid(),
    supplierId: p.uuid(),
    status: p.enum(asnStatuses),
    submittedAt: p.datetime(),
    expectedArrival: p.datetime(),
    receivedAt: p.datetime().nullable(),
  },
});

export type Asn = InferEntity<typeof AsnSchema>;

export const AsnLineSchema = defineEntity({
  name: 'AsnLine',
  tableName: 'asn_line',
  properties: {
    id: p.uuid().primary(),
    asnId: p.uuid(),
    purchaseOrderLineId: p.uuid(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    lotNumber: p.string(),
    expiryDate: p.date().nullable(),
    receivedQuantity: p.decimal('number').precision(18).scale(6),
  },
});

export type AsnLine = InferEntity<typeof AsnLineSchema>;
