import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const serviceCaseKinds = ['DAMAGE_CLAIM', 'RETURN'] as const;
export type ServiceCaseKind = (typeof serviceCaseKinds)[number];

export const serviceCaseStatuses = ['OPEN', 'AUTHORIZED', 'RECEIVED', 'RESOLVED', 'REJECTED'] as const;
export type ServiceCaseStatus = (typeof serviceCaseStatuses)[number];

export interface CaseLine {
  salesOrderLineId: string;
  quantity: number;
}

/** A customer's damage claim or return (RMA) against one shipment of one of its orders. */
export const ServiceCaseSchema = defineEntity({
  name: 'ServiceCase',
  tableName: 'service_case',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    kind: p.enum(serviceCaseKinds),
    status: p.enum(serviceCaseStatuses),
    salesOrderId: p.uuid(),
    shipmentId: p.uuid(),
    reason: p.string(),
    lines: p.json<CaseLine[]>(),
    openedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
    resolution: p.string().nullable(),
  },
});

export type ServiceCase = InferEntity<typeof ServiceCaseSchema>;
