import DataLoader from 'dataloader';
import { execute, newId, type EntityManager } from '@plexus/db';
import { conflict } from '@plexus/errors';
import { readOrderEvents, recordEvents, runOnce } from '@plexus/events';
import { authorize } from '@plexus/host';
import { carriageRoles } from '../access.ts';
import type { ScmContext } from '../context.ts';
import { LaneSchema } from '../lane/lane.entity.ts';
import { TransportMilestoneSchema, TransportOrderLineSchema, TransportOrderSchema, type TransportOrder } from '../transport-order/transport-order.entity.ts';
import { commitDates, isLate, promisedDateOf } from '../transport-order/transport-order.rules.ts';
import { lockTransportOrder, recordedMilestones, transportEvent } from '../transport-order/transport-order.service.ts';
import { DeliveryConfirmationSchema, type DeliveryConfirmation, type DeliveryDocument } from './delivery.entity.ts';
import { documentsComplete, isDamaged, validateDelivery, type DeliveredLineInput } from './delivery.rules.ts';

const hourMs = 3_600_000;

export function createDeliveryLoaders(em: EntityManager) {
  return {
    deliveryByTransportOrder: new DataLoader<string, DeliveryConfirmation | null>(async (ids) => {
      const confirmations = await em.find(DeliveryConfirmationSchema, { transportOrderId: { $in: [...ids] } });
      return ids.map((id) => confirmations.find((confirmation) => confirmation.transportOrderId === id) ?? null);
    }),
  };
}

export interface NewDeliveryConfirmation {
  transportOrderId: string;
  deliveredAt: Date;
  receivedBy: string;
  lines?: readonly DeliveredLineInput[] | null;
  damageNote?: string | null;
  documents: readonly DeliveryDocument[];
  idempotencyKey?: string | null;
}

/**
 * Proof of delivery: what the customer signed for, when, in what state and
 * with which documents. Only goods on their way can be delivered (a
 * transport order not yet departed is a CONFLICT), and only once. The
 * delivery joins its lane's transit history and tells crm, erp and analytics
 * (scm.DeliveryConfirmed), on time against the date crm committed.
 */
export async function confirmDelivery(ctx: ScmContext, input: NewDeliveryConfirmation): Promise<TransportOrder> {
  authorize(ctx.viewer, 'confirm deliveries', carriageRoles);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'scm.confirmDelivery', now },
    (id) => ctx.em.findOneOrFail(TransportOrderSchema, { id }),
    async (em) => {
      const order = await lockTransportOrder(em, input.transportOrderId);
      if (order.status === 'DELIVERED') throw conflict(`${order.number} is already delivered: its proof of delivery is recorded`, { status: order.status });
      if (order.status === 'PLANNED' || order.status === 'PICKED_UP') throw conflict(`${order.number} has not departed yet: nothing can be delivered`, { status: order.status });
      const milestones = await recordedMilestones(em, order.id);
      const shipped = await em.find(TransportOrderLineSchema, { transportOrderId: order.id }, { orderBy: { id: 'asc' } });
      const lines = validateDelivery(input, shipped, { lastMilestoneAt: milestones.at(-1)!.at, now });
      const lane = order.laneId ? await em.findOneOrFail(LaneSchema, { id: order.laneId }) : null;
      const damageNote = input.damageNote?.trim() || null;
      const promisedDate = promisedDateOf(
        shipped.map((line) => line.salesOrderLineId),
        commitDates((await readOrderEvents(em, [order.salesOrderId])).get(order.salesOrderId) ?? []),
      );
      const documents = input.documents.map((document) => ({ kind: document.kind, reference: document.reference.trim() }));
      const confirmation = em.create(DeliveryConfirmationSchema, {
        id: newId(),
        transportOrderId: order.id,
        deliveredAt: input.deliveredAt,
        receivedBy: input.receivedBy.trim(),
        onTime: !isLate(input.deliveredAt, promisedDate),
        damaged: isDamaged(lines, damageNote),
        damageNote,
        documents,
        documentsComplete: documentsComplete(documents, lane?.mode ?? null),
        lines,
        recordedAt: now,
      });
      em.create(TransportMilestoneSchema, { id: newId(), transportOrderId: order.id, milestone: 'DELIVERED', at: input.deliveredAt, location: null, eta: input.deliveredAt, recordedAt: now });
      order.status = 'DELIVERED';
      order.deliveredAt = input.deliveredAt;
      await em.flush();
      if (lane && order.departedAt) {
        await execute(em, 'INSERT INTO scm.lane_transit (transport_order_id, lane_id, departed_at, delivered_at, transit_hours) VALUES (?, ?, ?, ?, ?)', [
          order.id,
          lane.id,
          order.departedAt,
          input.deliveredAt,
          Math.round(((input.deliveredAt.getTime() - order.departedAt.getTime()) / hourMs) * 100) / 100,
        ]);
      }
      await recordEvents(
        em,
        [
          {
            type: 'scm.DeliveryConfirmed',
            ...transportEvent(order),
            subjectType: 'DeliveryConfirmation',
            subjectId: confirmation.id,
            time: input.deliveredAt,
            quantity: lines.reduce((sum, line) => sum + line.receivedQuantity, 0),
            payload: {
              shipmentId: order.shipmentId,
              deliveredAt: input.deliveredAt.toISOString(),
              onTime: confirmation.onTime,
              damaged: confirmation.damaged,
              documentsComplete: confirmation.documentsComplete,
              lines: lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: line.receivedQuantity })),
            },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return order;
    },
  );
}
