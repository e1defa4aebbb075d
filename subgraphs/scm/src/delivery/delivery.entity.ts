import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const deliveryDocumentKinds = ['DELIVERY_NOTE', 'CMR', 'PACKING_LIST', 'PHOTO'] as const;
export type DeliveryDocumentKind = (typeof deliveryDocumentKinds)[number];

export interface DeliveryDocument {
  kind: DeliveryDocumentKind;
  reference: string;
}

export interface DeliveredLineRecord {
  salesOrderLineId: string;
  itemId: string;
  shippedQuantity: number;
  receivedQuantity: number;
  damagedQuantity: number;
}

export const DeliveryConfirmationSchema = defineEntity({
  name: 'DeliveryConfirmation',
  tableName: 'delivery_confirmation',
  properties: {
    id: p.uuid().primary(),
    transportOrderId: p.uuid().unique(),
    deliveredAt: p.datetime(),
    receivedBy: p.string(),
    onTime: p.boolean(),
    damaged: p.boolean(),
    damageNote: p.string().nullable(),
    documents: p.json<DeliveryDocument[]>(),
    documentsComplete: p.boolean(),
    lines: p.json<DeliveredLineRecord[]>(),
    recordedAt: p.datetime(),
  },
});

export type DeliveryConfirmation = InferEntity<typeof DeliveryConfirmationSchema>;
