import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Characteristic } from '../inspection-plan/inspection-plan.rules.ts';
import { inspectionKinds } from '../inspection-plan/inspection-plan.rules.ts';
import { inspectionStatuses, type CharacteristicResult } from './inspection.rules.ts';

export const InspectionSchema = defineEntity({
  name: 'Inspection',
  tableName: 'inspection',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    kind: p.enum(inspectionKinds),
    status: p.enum(inspectionStatuses),
    planId: p.uuid(),
    itemId: p.uuid(),
    lotId: p.uuid().nullable(),
    lotNumber: p.string().nullable(),
    warehouseId: p.uuid().nullable(),
    siteId: p.uuid().nullable(),
    supplierId: p.uuid().nullable(),
    purchaseOrderLineId: p.uuid().nullable(),
    workOrderId: p.uuid().nullable(),
    workCenterId: p.uuid().nullable(),
    lotSize: p.integer(),
    aql: p.decimal('number').precision(8).scale(3),
    codeLetter: p.string().length(1),
    sampleSize: p.integer(),
    acceptanceNumber: p.integer(),
    rejectionNumber: p.integer(),
    /** The plan's characteristics when the inspection was created: a later plan change does not move the goalposts. */
    characteristics: p.json<Characteristic[]>(),
    results: p.json<CharacteristicResult[]>().nullable(),
    nonconformingUnits: p.integer().nullable(),
    reinspectionOf: p.uuid().nullable(),
    /** The event (and line of it) that created the inspection: each is heard once. */
    sourceEventId: p.uuid().nullable(),
    sourcePosition: p.integer().nullable(),
    createdAt: p.datetime(),
    inspectedAt: p.datetime().nullable(),
    inspectedBy: p.string().nullable(),
  },
});

export type Inspection = InferEntity<typeof InspectionSchema>;
