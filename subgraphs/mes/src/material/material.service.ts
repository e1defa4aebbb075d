import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { execute, isId, newId, type EntityManager } from '@plexus/db';
import { defineConsumer, recordEvents, runOnce } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { MesContext } from '../context.ts';
import { operatorRoles } from '../machine/machine.service.ts';
import { WorkOrderSchema, type WorkOrder } from '../work-order/work-order.entity.ts';
import { workOrderEvent } from '../work-order/work-order.service.ts';
import { BillOfMaterialsCopySchema, LotCopySchema, MaterialConsumptionSchema, type LotCopy, type MaterialConsumption } from './material.entity.ts';
import { validateConsumption, type ConsumedLot } from './material.rules.ts';

export function createMaterialLoaders(em: EntityManager) {
  return {
    consumptionsByWorkOrder: new DataLoader<string, MaterialConsumption[]>(async (ids) => {
      const rows = await em.find(MaterialConsumptionSchema, { workOrderId: { $in: [...ids] } }, { orderBy: { consumedAt: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((row) => row.workOrderId === id));
    }),
    consumptionsByLot: new DataLoader<string, MaterialConsumption[]>(async (ids) => {
      const rows = await em.find(MaterialConsumptionSchema, { lotId: { $in: [...ids] } }, { orderBy: { consumedAt: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((row) => row.lotId === id));
    }),
  };
}

/**
 * Records lots a work order consumed and the genealogy links from its
 * output lot to them; wms deducts them when it hears mes.MaterialConsumed.
 */
export async function consumeMaterial(
  ctx: MesContext,
  input: { workOrderId: string; operatorId: string; lines: readonly ConsumedLot[]; idempotencyKey?: string | null },
): Promise<WorkOrder> {
  authorize(ctx.viewer, 'record material consumption', operatorRoles);
  const operatorId = input.operatorId.trim().toUpperCase();
  if (!operatorId) throw badInput('Say who the operator is (their badge)', { field: 'operatorId' });
  if (input.lines.some((line) => !isId(line.lotId))) throw badInput('A lot id is malformed', { field: 'lotId' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'mes.consumeMaterial', now },
    (id) => ctx.em.findOneOrFail(WorkOrderSchema, { id }),
    async (em) => {
      const order = isId(input.workOrderId) ? await em.findOne(WorkOrderSchema, { id: input.workOrderId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!order) throw notFound(`Work order ${input.workOrderId} not found`, { field: 'workOrderId' });
      const lots = await em.find(LotCopySchema, { id: { $in: input.lines.map((line) => line.lotId.toLowerCase()) } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const bom = await em.findOne(BillOfMaterialsCopySchema, { itemId: order.itemId });
      const consumed = validateConsumption(order, input.lines, lots, bom?.components.map((component) => component.componentId) ?? []);
      for (const { lot, quantity } of consumed) {
        em.create(MaterialConsumptionSchema, { id: newId(), workOrderId: order.id, lotId: lot.id, itemId: lot.itemId, quantity, operatorId, consumedAt: now });
        (lot as LotCopy).consumedQuantity += quantity;
      }
      await em.flush();
      await execute(
        em,
        `INSERT INTO mes.lot_link (output_lot_id, input_lot_id, work_order_id, quantity)
         SELECT ?::uuid, input_lot_id, ?::uuid, quantity FROM jsonb_to_recordset(?::jsonb) AS x(input_lot_id uuid, quantity numeric)
         ON CONFLICT (output_lot_id, input_lot_id) DO UPDATE SET quantity = mes.lot_link.quantity + excluded.quantity`,
        [order.outputLotId, order.id, JSON.stringify(consumed.map(({ lot, quantity }) => ({ input_lot_id: lot.id, quantity })))],
      );
      await recordEvents(
        em,
        [
          {
            type: 'mes.MaterialConsumed',
            ...workOrderEvent(order),
            quantity: consumed.reduce((sum, line) => sum + line.quantity, 0),
            payload: { workOrderId: order.id, warehouseId: order.warehouseId, lines: consumed.map(({ lot, quantity }) => ({ itemId: lot.itemId, lotId: lot.id, quantity })) },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return order;
    },
  );
}

/** What one unit of a made item consumes, as erp's bill of materials says. */
export async function componentsOf(em: EntityManager, itemId: string): Promise<{ componentId: string; quantityPer: number }[]> {
  return (await em.findOne(BillOfMaterialsCopySchema, { itemId }))?.components ?? [];
}

/** Lots of an item in a warehouse that are not on hold, with what mes has not consumed of them yet, oldest first (FIFO). */
export async function consumableLots(em: EntityManager, itemId: string, warehouseId: string): Promise<{ lot: LotCopy; remaining: number }[]> {
  const lots = await em.find(LotCopySchema, { itemId, warehouseId, onHold: false }, { orderBy: { receivedAt: 'asc', id: 'asc' } });
  return lots.map((lot) => ({ lot, remaining: lot.receivedQuantity - lot.consumedQuantity })).filter((entry) => entry.remaining > 0);
}

/** Lots wms received (bought, produced or opening stock): what operators may consume, by id, item and warehouse. */
export const lotReceiptConsumer = defineConsumer({
  name: 'lot-receipts',
  types: ['wms.GoodsReceived'],
  async apply(em, event) {
    const lots = event.payload.lines.filter((line) => line.quantity > 0).map((line) => ({ id: line.lotId, lot_number: line.lotNumber, item_id: line.itemId, quantity: line.quantity }));
    if (lots.length === 0) return;
    await execute(
      em,
      `INSERT INTO mes.lot AS lot (id, lot_number, item_id, warehouse_id, received_quantity, received_at)
       SELECT id, lot_number, item_id, ?::uuid, sum(quantity), ?::timestamptz
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, lot_number text, item_id uuid, quantity numeric)
        GROUP BY id, lot_number, item_id
       ON CONFLICT (id) DO UPDATE SET received_quantity = lot.received_quantity + excluded.received_quantity`,
      [event.payload.warehouseId, event.time, JSON.stringify(lots)],
    );
  },
});

/**
 * Quality holds wms puts on lots (from qms' nonconformances) and releases:
 * a held lot is refused when a work order tries to consume it. A hold may
 * reach mes before the lot's receipt does; the lot is then known from it.
 */
export const lotHoldConsumer = defineConsumer({
  name: 'lot-holds',
  types: ['wms.LotHoldChanged'],
  async apply(em, event) {
    const { lotId, lotNumber, itemId, warehouseId, onHold, reason } = event.payload;
    await execute(
      em,
      `INSERT INTO mes.lot (id, lot_number, item_id, warehouse_id, on_hold, hold_reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET on_hold = excluded.on_hold, hold_reason = excluded.hold_reason`,
      [lotId, lotNumber, itemId, warehouseId, onHold, onHold ? reason : null, event.time],
    );
  },
});

/** Routings and bills of materials as erp announces them: what work orders copy at release and consumption is checked against. */
export const engineeringDataConsumer = defineConsumer({
  name: 'engineering-data',
  types: ['erp.RoutingChanged', 'erp.BillOfMaterialsChanged'],
  async apply(em, event) {
    if (event.type === 'erp.RoutingChanged') {
      await execute(
        em,
        `INSERT INTO mes.routing (item_id, sku, steps, changed_at) VALUES (?, ?, ?::jsonb, ?)
         ON CONFLICT (item_id) DO UPDATE SET sku = excluded.sku, steps = excluded.steps, changed_at = excluded.changed_at`,
        [event.subjectId, event.payload.sku, JSON.stringify(event.payload.steps), event.time],
      );
    } else {
      await execute(
        em,
        `INSERT INTO mes.bill_of_materials (item_id, components, changed_at) VALUES (?, ?::jsonb, ?)
         ON CONFLICT (item_id) DO UPDATE SET components = excluded.components, changed_at = excluded.changed_at`,
        [event.subjectId, JSON.stringify(event.payload.components), event.time],
      );
    }
  },
});
