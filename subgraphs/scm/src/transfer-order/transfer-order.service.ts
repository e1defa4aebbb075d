import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { badInput, notFound } from '@plexus/errors';
import { defineConsumer, readKnownSubjects, recordEvents, runOnce } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { plannerRoles, readerRoles } from '../access.ts';
import type { ScmContext } from '../context.ts';
import { TransferOrderLineSchema, TransferOrderSchema, type TransferOrder, type TransferOrderLine, type TransferOrderStatus } from './transfer-order.entity.ts';
import { validateTransfer } from './transfer-order.rules.ts';

export function createTransferOrderLoaders(em: EntityManager) {
  return {
    transferOrderById: createByIdLoader<TransferOrder>(em, TransferOrderSchema),
    linesByTransferOrder: new DataLoader<string, TransferOrderLine[]>(async (ids) => {
      const lines = await em.find(TransferOrderLineSchema, { transferOrderId: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return ids.map((id) => lines.filter((line) => line.transferOrderId === id));
    }),
  };
}

export async function findTransferOrder(ctx: ScmContext, id: string): Promise<TransferOrder> {
  authorize(ctx.viewer, 'see transfer orders', readerRoles);
  const order = isId(id) ? await ctx.loaders.transferOrderById.load(id.toLowerCase()) : null;
  if (!order) throw notFound(`Transfer order ${id} not found`, { transferOrderId: id });
  return order;
}

export async function listTransferOrders(ctx: ScmContext, status: readonly TransferOrderStatus[] | null | undefined, page: { first: number; offset: number }) {
  authorize(ctx.viewer, 'see transfer orders', readerRoles);
  validatePage(page);
  const [items, totalCount] = await ctx.em.findAndCount(TransferOrderSchema, status?.length ? { status: { $in: [...status] } } : {}, {
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
    limit: page.first,
    offset: page.offset,
  });
  return { items, totalCount };
}

export interface NewTransferOrder {
  fromWarehouseId: string;
  toWarehouseId: string;
  neededBy?: string | null;
  lines: { itemId: string; quantity: number }[];
  idempotencyKey?: string | null;
}

/**
 * Stock to move from one warehouse to another: released to wms, which picks
 * and ships it (wms.TransferShipped: in transit) and puts it away at the
 * other end (wms.TransferReceived). scm follows both.
 */
export async function createTransferOrder(ctx: ScmContext, input: NewTransferOrder): Promise<TransferOrder> {
  authorize(ctx.viewer, 'create transfer orders', plannerRoles);
  const request = validateTransfer(input);
  const now = ctx.now();
  if (input.neededBy && input.neededBy < now.toISOString().slice(0, 10)) throw badInput('neededBy cannot be in the past', { field: 'neededBy' });
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'scm.createTransferOrder', now },
    (id) => ctx.em.findOneOrFail(TransferOrderSchema, { id }),
    async (em) => {
      const known = await readKnownSubjects(em, 'erp.ItemCreated', request.lines.map((line) => line.itemId));
      request.lines.forEach((line, index) => {
        if (!known.has(line.itemId)) throw notFound(`Line ${index + 1}: item ${line.itemId} not found`, { line: index + 1, field: 'itemId' });
      });
      const order = em.create(TransferOrderSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'scm', 'TR', now),
        fromWarehouseId: request.fromWarehouseId,
        toWarehouseId: request.toWarehouseId,
        status: 'RELEASED',
        neededBy: input.neededBy ?? null,
        createdAt: now,
        shippedAt: null,
        receivedAt: null,
      });
      for (const line of request.lines) {
        em.create(TransferOrderLineSchema, { id: newId(), transferOrderId: order.id, itemId: line.itemId, quantity: line.quantity, shippedQuantity: 0, receivedQuantity: 0 });
      }
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'scm.TransferOrderReleased',
            subjectType: 'TransferOrder',
            subjectId: order.id,
            quantity: request.lines.reduce((sum, line) => sum + line.quantity, 0),
            payload: { number: order.number, fromWarehouseId: order.fromWarehouseId, toWarehouseId: order.toWarehouseId, lines: [...request.lines] },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return order;
    },
  );
}

/** Follows the warehouses: shipped quantities put the transfer IN_TRANSIT, received ones RECEIVED. */
export const transferProgressConsumer = defineConsumer({
  name: 'transfer-progress',
  types: ['wms.TransferShipped', 'wms.TransferReceived'],
  async apply(em, event) {
    const order = await em.findOne(TransferOrderSchema, { id: event.payload.transferOrderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!order) return;
    const lines = await em.find(TransferOrderLineSchema, { transferOrderId: order.id });
    const field = event.type === 'wms.TransferShipped' ? 'shippedQuantity' : 'receivedQuantity';
    for (const moved of event.payload.lines) {
      const line = lines.find((candidate) => candidate.itemId === moved.itemId);
      if (line) line[field] += moved.quantity;
    }
    if (event.type === 'wms.TransferShipped') Object.assign(order, { status: 'IN_TRANSIT', shippedAt: event.time });
    else Object.assign(order, { status: 'RECEIVED', receivedAt: event.time });
    await em.flush();
  },
});
