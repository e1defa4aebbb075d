import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { execute, isId, newId, sqlArray, type EntityManager } from '@plexus/db';
import { badInput, conflict, notFound } from '@plexus/errors';
import { defineConsumer, recordEvents, runOnce } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import type { WmsContext } from '../context.ts';
import { planPicks } from '../shipment/picking.rules.ts';
import { lockPickableStock } from '../shipment/shipment.service.ts';
import { LocationSchema, WarehouseSchema } from '../warehouse/warehouse.entity.ts';
import { TransferPickSchema, TransferSchema, type Transfer } from './transfer.entity.ts';
import { crossSiteStock, movedLines, type WarehouseStock } from './transfer.rules.ts';

export function createTransferLoaders(em: EntityManager) {
  return {
    stockBySite: new DataLoader<string, WarehouseStock[]>(async (itemIds) => {
      const [onHand, inTransit] = await Promise.all([
        execute<{ item_id: string; warehouse_id: string; site_id: string; quantity: string }[]>(
          em,
          `SELECT b.item_id, w.id AS warehouse_id, w.site_id, sum(b.quantity) AS quantity
             FROM wms.stock_balance b JOIN wms.location l ON l.id = b.location_id JOIN wms.warehouse w ON w.id = l.warehouse_id
            WHERE b.item_id = ANY(?::uuid[]) AND b.quantity > 0
            GROUP BY b.item_id, w.id, w.site_id`,
          [sqlArray(itemIds)],
        ),
        execute<{ item_id: string; warehouse_id: string; site_id: string; quantity: string }[]>(
          em,
          `SELECT p.item_id, w.id AS warehouse_id, w.site_id, sum(p.quantity) AS quantity
             FROM wms.transfer_pick p JOIN wms.transfer t ON t.id = p.transfer_id JOIN wms.warehouse w ON w.id = t.to_warehouse_id
            WHERE p.item_id = ANY(?::uuid[]) AND t.status = 'SHIPPED'
            GROUP BY p.item_id, w.id, w.site_id`,
          [sqlArray(itemIds)],
        ),
      ]);
      const rows = (source: typeof onHand, itemId: string) =>
        source.filter((row) => row.item_id === itemId).map((row) => ({ warehouseId: row.warehouse_id, siteId: row.site_id, quantity: Number(row.quantity) }));
      return itemIds.map((id) => crossSiteStock(rows(onHand, id), rows(inTransit, id)));
    }),
  };
}

/** What scm released: kept until the sending warehouse ships it. */
export const transferReleaseConsumer = defineConsumer({
  name: 'transfer-release',
  types: ['scm.TransferOrderReleased'],
  async apply(em, event) {
    await execute(
      em,
      `INSERT INTO wms.transfer (id, number, from_warehouse_id, to_warehouse_id, status, lines, released_at)
       VALUES (?, ?, ?, ?, 'RELEASED', ?::jsonb, ?) ON CONFLICT (id) DO NOTHING`,
      [event.subjectId, event.payload.number, event.payload.fromWarehouseId, event.payload.toWarehouseId, JSON.stringify(event.payload.lines), event.time],
    );
  },
});

async function lockTransfer(em: EntityManager, transferOrderId: string): Promise<Transfer> {
  const transfer = isId(transferOrderId) ? await em.findOne(TransferSchema, { id: transferOrderId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!transfer) throw notFound(`Transfer order ${transferOrderId} was not released to the warehouse`, { field: 'transferOrderId' });
  return transfer;
}

const transferEvent = (transfer: Transfer, siteId: string) => ({ subjectType: 'TransferOrder', subjectId: transfer.id, siteId });

/**
 * Picks a released transfer in its sending warehouse, first expiry first out,
 * and ships it: the stock leaves that warehouse and is in transit until the
 * other one receives it. Not enough stock, or a transfer already shipped, is
 * a CONFLICT and nothing moves.
 */
export async function shipTransfer(ctx: WmsContext, input: { transferOrderId: string; idempotencyKey?: string | null }): Promise<Transfer> {
  authorizeChange(ctx.viewer, 'ship transfers');
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'wms.shipTransfer', now },
    (id) => ctx.em.findOneOrFail(TransferSchema, { id }),
    async (em) => {
      const transfer = await lockTransfer(em, input.transferOrderId);
      if (transfer.status !== 'RELEASED') throw conflict(`Transfer ${transfer.number} is already ${transfer.status}`, { status: transfer.status });
      const warehouse = await em.findOne(WarehouseSchema, { id: transfer.fromWarehouseId });
      if (!warehouse) throw notFound(`Warehouse ${transfer.fromWarehouseId} not found`, { field: 'fromWarehouseId' });
      const stock = await lockPickableStock(em, [...new Set(transfer.lines.map((line) => line.itemId))], warehouse.id);
      const picks = transfer.lines.flatMap((line) =>
        planPicks({ sku: line.itemId, quantity: line.quantity }, stock.get(line.itemId)!, now.toISOString().slice(0, 10)).map((pick) => ({ ...pick, itemId: line.itemId })),
      );
      const created = picks.map((pick) =>
        em.create(TransferPickSchema, { id: newId(), transferId: transfer.id, itemId: pick.itemId, lotId: pick.lotId, fromLocationId: pick.locationId, quantity: pick.quantity }),
      );
      Object.assign(transfer, { status: 'SHIPPED', shippedAt: now });
      await em.flush();
      for (const pick of picks) await execute(em, 'UPDATE wms.stock_balance SET quantity = quantity - ? WHERE id = ?', [pick.quantity, pick.balanceId]);
      await recordEvents(
        em,
        [
          {
            type: 'wms.TransferShipped',
            ...transferEvent(transfer, warehouse.siteId),
            quantity: picks.reduce((sum, pick) => sum + pick.quantity, 0),
            payload: { transferOrderId: transfer.id, fromWarehouseId: transfer.fromWarehouseId, toWarehouseId: transfer.toWarehouseId, lines: movedLines(created) },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return transfer;
    },
  );
}

/** Puts a shipped transfer's lots away at one location of the receiving warehouse. */
export async function receiveTransfer(ctx: WmsContext, input: { transferOrderId: string; locationId: string; idempotencyKey?: string | null }): Promise<Transfer> {
  authorizeChange(ctx.viewer, 'receive transfers');
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'wms.receiveTransfer', now },
    (id) => ctx.em.findOneOrFail(TransferSchema, { id }),
    async (em) => {
      const transfer = await lockTransfer(em, input.transferOrderId);
      if (transfer.status !== 'SHIPPED') throw conflict(`Transfer ${transfer.number} is ${transfer.status}: only a shipped transfer can be received`, { status: transfer.status });
      const location = isId(input.locationId) ? await em.findOne(LocationSchema, { id: input.locationId.toLowerCase() }) : null;
      if (!location || location.warehouseId !== transfer.toWarehouseId) throw badInput(`Location ${input.locationId} is not in the receiving warehouse`, { field: 'locationId' });
      const warehouse = await em.findOneOrFail(WarehouseSchema, { id: transfer.toWarehouseId });
      const picks = await em.find(TransferPickSchema, { transferId: transfer.id }, { orderBy: { id: 'asc' } });
      for (const pick of picks) {
        await execute(
          em,
          `INSERT INTO wms.stock_balance (id, item_id, location_id, lot_id, quantity) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (location_id, lot_id) DO UPDATE SET quantity = wms.stock_balance.quantity + excluded.quantity`,
          [newId(), pick.itemId, location.id, pick.lotId, pick.quantity],
        );
      }
      Object.assign(transfer, { status: 'RECEIVED', receivedAt: now });
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'wms.TransferReceived',
            ...transferEvent(transfer, warehouse.siteId),
            quantity: picks.reduce((sum, pick) => sum + pick.quantity, 0),
            payload: { transferOrderId: transfer.id, fromWarehouseId: transfer.fromWarehouseId, toWarehouseId: transfer.toWarehouseId, lines: movedLines(picks) },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return transfer;
    },
  );
}
