import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { containsPattern, createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { badInput, conflict, notFound } from '@plexus/errors';
import { defineConsumer, readOrderEvents, recordEvents, runOnce, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { carriageRoles, plannerRoles, readerRoles } from '../access.ts';
import type { ScmContext } from '../context.ts';
import { LaneSchema, type Lane } from '../lane/lane.entity.ts';
import { chooseLane, transitTimes } from '../lane/lane.rules.ts';
import { readTransitSamples } from '../lane/lane.service.ts';
import {
  TransportLegSchema,
  TransportMilestoneSchema,
  TransportOrderLineSchema,
  TransportOrderSchema,
  type Milestone,
  type TransportLeg,
  type TransportMilestone,
  type TransportOrder,
  type TransportOrderLine,
  type TransportOrderStatus,
} from './transport-order.entity.ts';
import { assertNextMilestone, commitDates, estimateArrival, isLate, promisedDateOf, statusAfter } from './transport-order.rules.ts';

const hourMs = 3_600_000;

function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

export function createTransportOrderLoaders(em: EntityManager) {
  return {
    transportOrderById: createByIdLoader<TransportOrder>(em, TransportOrderSchema),
    transportOrderByShipment: new DataLoader<string, TransportOrder | null>(async (shipmentIds) => {
      const orders = await em.find(TransportOrderSchema, { shipmentId: { $in: [...shipmentIds] } });
      return shipmentIds.map((id) => orders.find((order) => order.shipmentId === id) ?? null);
    }),
    transportOrdersBySalesOrder: new DataLoader<string, TransportOrder[]>(async (salesOrderIds) =>
      groupBy(salesOrderIds, await em.find(TransportOrderSchema, { salesOrderId: { $in: [...salesOrderIds] } }, { orderBy: { createdAt: 'asc', number: 'asc' } }), (order) => order.salesOrderId),
    ),
    linesByTransportOrder: new DataLoader<string, TransportOrderLine[]>(async (ids) =>
      groupBy(ids, await em.find(TransportOrderLineSchema, { transportOrderId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (line) => line.transportOrderId),
    ),
    legsByTransportOrder: new DataLoader<string, TransportLeg[]>(async (ids) =>
      groupBy(ids, await em.find(TransportLegSchema, { transportOrderId: { $in: [...ids] } }, { orderBy: { sequence: 'asc' } }), (leg) => leg.transportOrderId),
    ),
    milestonesByTransportOrder: new DataLoader<string, TransportMilestone[]>(async (ids) =>
      groupBy(ids, await em.find(TransportMilestoneSchema, { transportOrderId: { $in: [...ids] } }, { orderBy: { at: 'asc', recordedAt: 'asc' } }), (entry) => entry.transportOrderId),
    ),
    /** What crm committed per line of each sales order, from its events (scm never reads crm's tables). */
    commitDatesBySalesOrder: new DataLoader<string, Map<string, string>>(async (salesOrderIds) => {
      const events = await readOrderEvents(em, salesOrderIds);
      return salesOrderIds.map((id) => commitDates(events.get(id) ?? []));
    }),
  };
}

export async function findTransportOrder(ctx: ScmContext, id: string): Promise<TransportOrder> {
  authorize(ctx.viewer, 'see transport orders', readerRoles);
  const order = isId(id) ? await ctx.loaders.transportOrderById.load(id.toLowerCase()) : null;
  if (!order) throw notFound(`Transport order ${id} not found`, { transportOrderId: id });
  return order;
}

export async function findTransportOrderByNumber(ctx: ScmContext, number: string): Promise<TransportOrder> {
  authorize(ctx.viewer, 'see transport orders', readerRoles);
  const order = await ctx.em.findOne(TransportOrderSchema, { number: number.trim().toUpperCase() });
  if (!order) throw notFound(`Transport order ${number} not found`, { number });
  return order;
}

/** The transport order carrying a wms shipment, if scm has planned one. */
export async function transportOrderOfShipment(ctx: ScmContext, shipmentId: string): Promise<TransportOrder | null> {
  authorize(ctx.viewer, 'see transport orders', readerRoles);
  return ctx.loaders.transportOrderByShipment.load(shipmentId);
}

export async function transportOrdersOfSalesOrder(ctx: ScmContext, salesOrderId: string): Promise<TransportOrder[]> {
  authorize(ctx.viewer, 'see transport orders', readerRoles);
  return ctx.loaders.transportOrdersBySalesOrder.load(salesOrderId);
}

export interface TransportOrderQuery {
  filter: { status?: readonly TransportOrderStatus[] | null; carrierId?: string | null; laneId?: string | null; salesOrderId?: string | null; search?: string | null };
  first: number;
  offset: number;
}

export async function listTransportOrders(ctx: ScmContext, { filter, first, offset }: TransportOrderQuery) {
  authorize(ctx.viewer, 'see transport orders', readerRoles);
  validatePage({ first, offset });
  for (const field of ['carrierId', 'laneId', 'salesOrderId'] as const) {
    if (filter[field] && !isId(filter[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  const search = filter.search?.trim();
  const [items, totalCount] = await ctx.em.findAndCount(
    TransportOrderSchema,
    {
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(filter.carrierId ? { carrierId: filter.carrierId.toLowerCase() } : {}),
      ...(filter.laneId ? { laneId: filter.laneId.toLowerCase() } : {}),
      ...(filter.salesOrderId ? { salesOrderId: filter.salesOrderId.toLowerCase() } : {}),
      ...(search ? { number: { $ilike: containsPattern(search) } } : {}),
    },
    { orderBy: [{ createdAt: 'desc' }, { number: 'desc' }], limit: first, offset },
  );
  return { items, totalCount };
}

export interface TransportOutlook {
  eta: Date | null;
  etaLatest: Date | null;
  promisedDate: string | null;
  late: boolean;
}

/** ETA against the promise, from the lane's history and the latest milestone (all through loaders: a page costs the same for 1 order as for 200). */
export async function transportOutlook(ctx: ScmContext, order: TransportOrder): Promise<TransportOutlook> {
  const [times, commit, lines] = await Promise.all([
    order.laneId ? ctx.loaders.transitTimesByLane.load(order.laneId) : null,
    ctx.loaders.commitDatesBySalesOrder.load(order.salesOrderId),
    ctx.loaders.linesByTransportOrder.load(order.id),
  ]);
  const now = ctx.now();
  const promisedDate = promisedDateOf(
    lines.map((line) => line.salesOrderLineId),
    commit,
  );
  const eta = order.deliveredAt ?? (times ? estimateArrival(order, times.estimateHours, now) : null);
  const etaLatest = order.deliveredAt ?? (times ? estimateArrival(order, times.latestHours, now) : null);
  return { eta, etaLatest, promisedDate, late: isLate(eta, promisedDate) };
}

/** The dimensions of every event about a transport order: it, the sales order it serves, the customer and the shipping site. */
export const transportEvent = (order: TransportOrder) => ({
  subjectType: 'TransportOrder',
  subjectId: order.id,
  orderId: order.salesOrderId,
  customerId: order.customerId,
  siteId: order.originSiteId,
});

/** Puts the order on a lane: its carrier, a single leg, and delivery planned from the lane's transit estimate now. */
async function planOnLane(em: EntityManager, order: TransportOrder, lane: Lane): Promise<SupplyChainEventInput> {
  const samples = (await readTransitSamples(em, [lane.id])).get(lane.id)!;
  const times = transitTimes(samples, lane.plannedTransitHours);
  order.laneId = lane.id;
  order.carrierId = lane.carrierId;
  order.plannedDelivery = new Date(order.plannedPickupAt.getTime() + times.estimateHours * hourMs);
  await em.nativeDelete(TransportLegSchema, { transportOrderId: order.id });
  em.create(TransportLegSchema, {
    id: newId(),
    transportOrderId: order.id,
    sequence: 1,
    fromPlace: lane.originName,
    toPlace: lane.destinationRegion,
    mode: lane.mode,
    carrierId: lane.carrierId,
  });
  return {
    type: 'scm.TransportOrderPlanned',
    ...transportEvent(order),
    payload: { number: order.number, shipmentId: order.shipmentId, carrierId: lane.carrierId, laneId: lane.id, plannedDelivery: order.plannedDelivery.toISOString() },
  };
}

/**
 * A transport order for every shipment the warehouse ships (CONTRACTS.md):
 * the carrier collects as the goods leave, on the lane that serves the
 * shipping site and the customer. Without such a lane the order waits for a
 * planner to assign one.
 */
export const transportPlanningConsumer = defineConsumer({
  name: 'transport-planning',
  types: ['wms.ShipmentShipped'],
  async apply(em, event) {
    if (!event.orderId || !event.customerId || !event.siteId) return;
    if (await em.count(TransportOrderSchema, { shipmentId: event.subjectId })) return;
    const order = em.create(TransportOrderSchema, {
      id: newId(),
      number: await nextDocumentNumber(em, 'scm', 'TO', event.time),
      shipmentId: event.subjectId,
      salesOrderId: event.orderId,
      customerId: event.customerId,
      originSiteId: event.siteId,
      warehouseId: event.payload.warehouseId,
      laneId: null,
      carrierId: null,
      status: 'PLANNED',
      createdAt: event.time,
      plannedPickupAt: event.time,
      plannedDelivery: null,
      pickedUpAt: null,
      departedAt: null,
      arrivedAt: null,
      deliveredAt: null,
    });
    for (const line of event.payload.lines) {
      em.create(TransportOrderLineSchema, { id: newId(), transportOrderId: order.id, salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: line.quantity });
    }
    const lane = chooseLane(await em.find(LaneSchema, { originSiteId: event.siteId }), event.siteId, event.customerId);
    const planned: SupplyChainEventInput = lane
      ? await planOnLane(em, order, lane)
      : {
          type: 'scm.TransportOrderPlanned',
          ...transportEvent(order),
          payload: { number: order.number, shipmentId: order.shipmentId, carrierId: null, laneId: null, plannedDelivery: null },
        };
    await em.flush();
    await recordEvents(em, [planned], { now: event.time });
  },
});

/** Locks the transport order for the rest of the transaction. */
export async function lockTransportOrder(em: EntityManager, id: string): Promise<TransportOrder> {
  const order = isId(id) ? await em.findOne(TransportOrderSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!order) throw notFound(`Transport order ${id} not found`, { transportOrderId: id });
  return order;
}

export const recordedMilestones = (em: EntityManager, transportOrderId: string) =>
  em.find(TransportMilestoneSchema, { transportOrderId }, { orderBy: { at: 'asc', recordedAt: 'asc' } });

export async function assignTransportLane(ctx: ScmContext, transportOrderId: string, laneId: string, idempotencyKey?: string | null): Promise<TransportOrder> {
  authorize(ctx.viewer, 'plan transport', plannerRoles);
  if (!isId(laneId)) throw badInput('laneId must be a UUID', { field: 'laneId' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey, operation: 'scm.assignTransportLane', now },
    (id) => ctx.em.findOneOrFail(TransportOrderSchema, { id }),
    async (em) => {
      const order = await lockTransportOrder(em, transportOrderId);
      if (order.status !== 'PLANNED') throw conflict(`${order.number} is ${order.status}: its lane is fixed once the carrier has it`, { status: order.status });
      const lane = await em.findOne(LaneSchema, { id: laneId.toLowerCase() });
      if (!lane) throw notFound(`Lane ${laneId} not found`, { field: 'laneId' });
      if (lane.originSiteId !== order.originSiteId) throw badInput(`Lane ${lane.code} does not start at the site the shipment left from`, { field: 'laneId' });
      const planned = await planOnLane(em, order, lane);
      await em.flush();
      await recordEvents(em, [planned], { now, idempotencyKey });
      return order;
    },
  );
}

export interface NewMilestone {
  transportOrderId: string;
  milestone: Milestone;
  at: Date;
  location?: string | null;
  idempotencyKey?: string | null;
}

const movementField = { PICKED_UP: 'pickedUpAt', DEPARTED: 'departedAt', ARRIVED: 'arrivedAt', DELIVERED: 'deliveredAt' } as const;

/** Pick-up, departure and arrival as the carrier reports them, in that order; the ETA moves with each. */
export async function recordMilestone(ctx: ScmContext, input: NewMilestone): Promise<TransportOrder> {
  authorize(ctx.viewer, 'record transport milestones', carriageRoles);
  if (input.milestone === 'DELIVERED') throw badInput('A delivery is recorded with its proof: use confirmDelivery', { field: 'milestone' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'scm.recordMilestone', now },
    (id) => ctx.em.findOneOrFail(TransportOrderSchema, { id }),
    async (em) => {
      const order = await lockTransportOrder(em, input.transportOrderId);
      if (!order.laneId) throw conflict(`${order.number} has no lane and carrier yet: assign a lane first`, { transportOrderId: order.id });
      assertNextMilestone(order.number, await recordedMilestones(em, order.id), input.milestone, input.at, now);
      order[movementField[input.milestone]] = input.at;
      order.status = statusAfter[input.milestone];
      const lane = await em.findOneOrFail(LaneSchema, { id: order.laneId });
      const times = transitTimes((await readTransitSamples(em, [lane.id])).get(lane.id)!, lane.plannedTransitHours);
      const eta = estimateArrival(order, times.estimateHours, now);
      em.create(TransportMilestoneSchema, {
        id: newId(),
        transportOrderId: order.id,
        milestone: input.milestone,
        at: input.at,
        location: input.location?.trim() || null,
        eta,
        recordedAt: now,
      });
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'scm.MilestoneRecorded',
            ...transportEvent(order),
            time: input.at,
            payload: { transportOrderId: order.id, milestone: input.milestone, at: input.at.toISOString(), eta: eta.toISOString() },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return order;
    },
  );
}
