import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { dispositions, nonconformanceSources, nonconformanceStatuses } from './nonconformance.rules.ts';

export const NonconformanceSchema = defineEntity({
  name: 'Nonconformance',
  tableName: 'nonconformance',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    status: p.enum(nonconformanceStatuses),
    source: p.enum(nonconformanceSources),
    description: p.string(),
    itemId: p.uuid(),
    lotId: p.uuid().nullable(),
    lotNumber: p.string().nullable(),
    warehouseId: p.uuid().nullable(),
    siteId: p.uuid().nullable(),
    quantity: p.decimal('number').precision(18).scale(6),
    supplierId: p.uuid().nullable(),
    purchaseOrderLineId: p.uuid().nullable(),
    workOrderId: p.uuid().nullable(),
    inspectionId: p.uuid().nullable(),
    capaId: p.uuid().nullable(),
    disposition: p.enum(dispositions).nullable(),
    dispositionNote: p.string().nullable(),
    dispositionedAt: p.datetime().nullable(),
    dispositionedBy: p.string().nullable(),
    openedAt: p.datetime(),
    openedBy: p.string().nullable(),
    closedAt: p.datetime().nullable(),
  },
});

export type Nonconformance = InferEntity<typeof NonconformanceSchema>;
