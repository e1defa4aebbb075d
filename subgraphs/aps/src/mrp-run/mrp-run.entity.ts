import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { MrpRecord } from '../mrp/mrp.model.ts';

/** What a planned order serves, in its own units: a customer order line, a forecast, a parent's planned order, safety stock or excess. */
export interface StoredPeg {
  kind: 'SALES_ORDER' | 'FORECAST' | 'SERVICE_PART' | 'MPS' | 'PARENT_ORDER' | 'SAFETY_STOCK' | 'EXCESS';
  /** The sales-order line or forecast id (independent demand). */
  demandId: string | null;
  /** The parent's planned order (dependent demand). */
  parentOrderId: string | null;
  /** When the demand falls. */
  date: string;
  quantity: number;
}

export interface StoredException {
  kind: 'EXPEDITE' | 'DEFER' | 'CANCEL' | 'PAST_DUE' | 'BELOW_SAFETY_STOCK';
  itemId: string;
  /** The planned order, or the purchase-order line or work order a message is about. */
  orderId: string | null;
  date: string | null;
  neededDate: string | null;
  quantity: number | null;
  message: string;
}

export const MrpRunSchema = defineEntity({
  name: 'MrpRun',
  tableName: 'mrp_run',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    scenarioId: p.uuid(),
    siteId: p.uuid(),
    createdAt: p.datetime(),
    /** First day of each weekly bucket. */
    periods: p.json<string[]>(),
    /** The time-phased record of every item planned. */
    records: p.json<MrpRecord[]>(),
    exceptions: p.json<StoredException[]>(),
  },
});

export type MrpRun = InferEntity<typeof MrpRunSchema>;

export const plannedOrderStatuses = ['PLANNED', 'FIRM', 'RELEASED'] as const;
export type PlannedOrderStatus = (typeof plannedOrderStatuses)[number];

export const PlannedOrderSchema = defineEntity({
  name: 'PlannedOrder',
  tableName: 'planned_order',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    /** The run that last planned it (a firm order is carried from run to run); null for a rush order committed on the schedule. */
    mrpRunId: p.uuid().nullable(),
    scenarioId: p.uuid(),
    siteId: p.uuid(),
    itemId: p.uuid(),
    kind: p.enum(['PURCHASE', 'PRODUCTION'] as const),
    status: p.enum(plannedOrderStatuses),
    quantity: p.decimal('number').precision(18).scale(6),
    releaseDate: p.date(),
    dueDate: p.date(),
    pegs: p.json<StoredPeg[]>(),
    /** The customer orders it serves, traced up through every parent order. */
    peggedSalesOrderIds: p.json<string[]>(),
    supplierId: p.uuid().nullable(),
    releasedAt: p.datetime().nullable(),
  },
});

export type PlannedOrder = InferEntity<typeof PlannedOrderSchema>;
