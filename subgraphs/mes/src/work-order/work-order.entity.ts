import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { operationStatuses, workOrderStatuses } from './work-order.rules.ts';

export const WorkOrderSchema = defineEntity({
  name: 'WorkOrder',
  tableName: 'work_order',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    itemId: p.uuid(),
    siteId: p.uuid(),
    warehouseId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    dueDate: p.date(),
    priority: p.integer(),
    status: p.enum(workOrderStatuses),
    salesOrderId: p.uuid().nullable(),
    plannedOrderId: p.uuid().nullable(),
    overReportTolerance: p.decimal('number').precision(8).scale(6),
    goodQuantity: p.decimal('number').precision(18).scale(6),
    scrapQuantity: p.decimal('number').precision(18).scale(6),
    /** Chosen at release, so the lot links written as material is consumed name the lot wms will receive. */
    outputLotId: p.uuid().unique(),
    scheduledEnd: p.datetime().nullable(),
    releasedAt: p.datetime(),
    completedAt: p.datetime().nullable(),
  },
});

export type WorkOrder = InferEntity<typeof WorkOrderSchema>;

export const OperationRunSchema = defineEntity({
  name: 'OperationRun',
  tableName: 'operation_run',
  properties: {
    id: p.uuid().primary(),
    workOrderId: p.uuid(),
    sequence: p.integer(),
    workCenterId: p.uuid(),
    /** The routing's machines, preferred first. */
    machineIds: p.json<string[]>(),
    setupMinutes: p.decimal('number').precision(12).scale(3),
    runSecondsPerUnit: p.decimal('number').precision(12).scale(3),
    status: p.enum(operationStatuses),
    machineId: p.uuid().nullable(),
    operatorId: p.string().nullable(),
    goodQuantity: p.decimal('number').precision(18).scale(6),
    scrapQuantity: p.decimal('number').precision(18).scale(6),
    reworkQuantity: p.decimal('number').precision(18).scale(6),
    labourMinutes: p.decimal('number').precision(12).scale(3),
    startedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    scheduledStart: p.datetime().nullable(),
    scheduledEnd: p.datetime().nullable(),
  },
});

export type OperationRun = InferEntity<typeof OperationRunSchema>;

export const ProductionReportSchema = defineEntity({
  name: 'ProductionReport',
  tableName: 'production_report',
  properties: {
    id: p.uuid().primary(),
    operationRunId: p.uuid(),
    workOrderId: p.uuid(),
    machineId: p.uuid(),
    operatorId: p.string(),
    goodQuantity: p.decimal('number').precision(18).scale(6),
    scrapQuantity: p.decimal('number').precision(18).scale(6),
    scrapReason: p.string().nullable(),
    reworkQuantity: p.decimal('number').precision(18).scale(6),
    labourMinutes: p.decimal('number').precision(12).scale(3),
    reportedAt: p.datetime(),
  },
});

export type ProductionReport = InferEntity<typeof ProductionReportSchema>;

/** A made item's routing as erp last announced it (erp.RoutingChanged). */
export const RoutingCopySchema = defineEntity({
  name: 'RoutingCopy',
  tableName: 'routing',
  properties: {
    itemId: p.uuid().primary(),
    sku: p.string(),
    steps: p.json<RoutingStepCopy[]>(),
    changedAt: p.datetime(),
  },
});

export interface RoutingStepCopy {
  sequence: number;
  workCenterId: string;
  setupMinutes: number;
  runSecondsPerUnit: number;
  machineIds: string[];
}

export type RoutingCopy = InferEntity<typeof RoutingCopySchema>;
