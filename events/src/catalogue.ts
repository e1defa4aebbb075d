/**
 * The supply-chain event catalogue: every event one system tells the others
 * about, with exactly the payload its consumers (other systems, KPIs, the
 * order timeline) need, so none of them has to read another system's tables.
 * Names are past tense and owned by the emitting system (ARCHITECTURE.md);
 * each system's events are in `catalogue/<system>.ts`, joined here.
 */
import { apsDescribers, type ApsEvents } from './catalogue/aps.ts';
import { crmDescribers, type CrmEvents } from './catalogue/crm.ts';
import type { Describers } from './catalogue/describe.ts';
import { erpDescribers, type ErpEvents } from './catalogue/erp.ts';
import { mesDescribers, type MesEvents } from './catalogue/mes.ts';
import { qmsDescribers, type QmsEvents } from './catalogue/qms.ts';
import { scmDescribers, type ScmEvents } from './catalogue/scm.ts';
import { srmDescribers, type SrmEvents } from './catalogue/srm.ts';
import { wmsDescribers, type WmsEvents } from './catalogue/wms.ts';

export * from './catalogue/aps.ts';
export * from './catalogue/crm.ts';
export * from './catalogue/erp.ts';
export * from './catalogue/mes.ts';
export * from './catalogue/qms.ts';
export * from './catalogue/scm.ts';
export * from './catalogue/srm.ts';
export * from './catalogue/wms.ts';

export interface EventPayloads extends ErpEvents, CrmEvents, WmsEvents, ScmEvents, SrmEvents, MesEvents, QmsEvents, ApsEvents {}

export type EventType = keyof EventPayloads;

const describers: Describers<EventPayloads> = { ...erpDescribers, ...crmDescribers, ...wmsDescribers, ...scmDescribers, ...srmDescribers, ...mesDescribers, ...qmsDescribers, ...apsDescribers };

/** Every event type of the catalogue. */
export const eventTypes = Object.keys(describers) as EventType[];

/** The columns of `analytics.supply_chain_event` that KPIs filter and group by. */
export interface EventDimensions {
  subjectType: string;
  subjectId: string;
  orderId?: string | null;
  itemId?: string | null;
  siteId?: string | null;
  supplierId?: string | null;
  customerId?: string | null;
  quantity?: number | null;
}

export type SupplyChainEventInput = {
  [T in EventType]: EventDimensions & { type: T; payload: EventPayloads[T]; time?: Date };
}[EventType];

export interface SupplyChainEvent<T extends EventType = EventType> extends Required<EventDimensions> {
  id: string;
  time: Date;
  type: T;
  system: string;
  payload: EventPayloads[T];
  idempotencyKey: string | null;
}

export function systemOf(type: EventType): string {
  return type.slice(0, type.indexOf('.'));
}

/** One sentence a planner can read on a timeline. */
export function describeEvent<T extends EventType>(event: Pick<SupplyChainEvent<T>, 'type' | 'payload'>): string {
  return (describers[event.type] as (payload: EventPayloads[T]) => string)(event.payload);
}
