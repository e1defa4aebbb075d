import DataLoader from 'dataloader';
import { createByIdLoader, newId, nextDocumentNumber, sqlArray, execute, type EntityManager } from '@plexus/db';
import { readLatestEvents, readOrderEvents, recordEvents, runOnce, type ShippedLine, type SupplyChainEvent } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { conflict, notFound } from '@plexus/errors';
import type { WmsContext } from '../context.ts';
import { notHeld } from '../lot-hold/lot-hold.service.ts';
import { WarehouseSchema } from '../warehouse/warehouse.entity.ts';
import { planPicks, type AvailableStock } from './picking.rules.ts';
import { PickSchema, ShipmentLineSchema, ShipmentSchema, type Pick, type Shipment, type ShipmentLine } from './shipment.entity.ts';
import { matchOrderedLines, validateShipmentRequest, type ShipmentRequestLine } from './shipment.rules.ts';

export function createShipmentLoaders(em: EntityManager) {
  return {
    shipmentById: createByIdLoader<Shipment>(em, ShipmentSchema),
    shipmentsByOrder: new DataLoader<string, Shipment[]>(async (orderIds) => {
      const shipments = await em.find(ShipmentSchema, { salesOrderId: { $in: [...orderIds] } }, { orderBy: { shippedAt: 'asc' } });
      return orderIds.map((id) => shipments.filter((shipment) => shipment.salesOrderId === id));
    }),
    linesByShipment: new DataLoader<string, ShipmentLine[]>(async (shipmentIds) => {
      const lines = await em.find(ShipmentLineSchema, { shipmentId: { $in: [...shipmentIds] } }, { orderBy: { id: 'asc' } });
      return shipmentIds.map((id) => lines.filter((line) => line.shipmentId === id));
    }),
    picksByLine: new DataLoader<string, Pick[]>(async (lineIds) => {
      const picks = await em.find(PickSchema, { shipmentLineId: { $in: [...lineIds] } }, { orderBy: { id: 'asc' } });
      return lineIds.map((id) => picks.filter((pick) => pick.shipmentLineId === id));
    }),
    shippedQuantityByOrderLine: new DataLoader<string, number>(async (orderLineIds) => shippedQuantities(em, orderLineIds)),
  };
}

async function shippedQuantities(em: EntityManager, orderLineIds: readonly string[]): Promise<number[]> {
  const rows = await execute<{ sales_order_line_id: string; shipped: string }[]>(
    em,
    `SELECT sales_order_line_id, sum(quantity) AS shipped FROM wms.shipment_line
      WHERE sales_order_line_id = ANY(?::uuid[]) GROUP BY sales_order_line_id`,
    [sqlArray(orderLineIds)],
  );
  const byLine = new Map(rows.map((row) => [row.sales_order_line_id, Number(row.shipped)]));
  return orderLineIds.map((id) => byLine.get(id) ?? 0);
}

/**
 * What crm told the other systems about the order: its confirmed lines and
 * customer, or why it cannot ship. WMS never reads crm's tables.
 */
function confirmedOrder(salesOrderId: string, events: SupplyChainEvent[]) {
  if (events.length === 0) throw notFound(`Sales order ${salesOrderId} not found`, { field: 'salesOrderId' });
  if (events.some((event) => event.type === 'crm.SalesOrderCancelled')) {
    throw conflict(`Sales order ${salesOrderId} is cancelled`, { salesOrderId });
  }
  const confirmed = events.filter((event): event is SupplyChainEvent<'crm.SalesOrderConfirmed'> => event.type === 'crm.SalesOrderConfirmed').at(-1);
  if (!confirmed) throw conflict(`Sales order ${salesOrderId} is not confirmed yet`, { salesOrderId });
  return confirmed;
}

/** The item's stock in the warehouse, locked for the rest of the transaction (shipments and transfers pick from it). */
export async function lockPickableStock(em: EntityManager, itemIds: string[], warehouseId: string): Promise<Map<string, AvailableStock[]>> {
  const rows = await execute<
    { id: string; item_id: string; lot_id: string; lot_number: string; location_id: string; quantity: string; expiry_date: string | Date | null; received_at: string | Date }[]
  >(
    em,
    `SELECT b.id, b.item_id, b.lot_id, lot.lot_number, b.location_id, b.quantity, lot.expiry_date, lot.received_at
       FROM wms.stock_balance b
       JOIN wms.lot lot ON lot.id = b.lot_id
       JOIN wms.location loc ON loc.id = b.location_id
      WHERE b.item_id = ANY(?::uuid[]) AND loc.warehouse_id = ? AND b.quantity > 0 AND ${notHeld('lot')}
      ORDER BY b.id
      FOR UPDATE OF b`,
    [sqlArray(itemIds), warehouseId],
  );
  const byItem = new Map<string, AvailableStock[]>(itemIds.map((id) => [id, []]));
  for (const row of rows) {
    byItem.get(row.item_id)?.push({
      balanceId: row.id,
      lotId: row.lot_id,
      lotNumber: row.lot_number,
      locationId: row.location_id,
      quantity: Number(row.quantity),
      expiryDate: row.expiry_date === null ? null : typeof row.expiry_date === 'string' ? row.expiry_date.slice(0, 10) : row.expiry_date.toISOString().slice(0, 10),
      receivedAt: new Date(row.received_at),
    });
  }
  return byItem;
}

function standardCostOf(itemEvents: Map<string, SupplyChainEvent<'erp.ItemCreated'>>, itemId: string): number {
  const created = itemEvents.get(itemId);
  // crm only takes orders for items erp announced, so a confirmed line without one means the stream was tampered with.
  if (!created) throw conflict(`Item ${itemId} has no standard cost in the event stream`, { itemId });
  return created.payload.standardCost;
}

export interface NewShipment {
  salesOrderId: string;
  warehouseId: string;
  lines: ShipmentRequestLine[];
  idempotencyKey?: string | null;
}

/**
 * Picks and ships part or all of a confirmed order. Shipments of one order
 * are serialised by an advisory lock on the order id, and the stock rows they
 * pick from are locked, so concurrent shipments can neither exceed the order
 * nor drive stock below zero.
 */
export async function shipSalesOrder(ctx: WmsContext, input: NewShipment): Promise<Shipment> {
  authorizeChange(ctx.viewer, 'ship sales orders');
  validateShipmentRequest(input.lines);
  const now = ctx.now();
  const shipDate = now.toISOString().slice(0, 10);
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'wms.shipSalesOrder', now },
    (id) => ctx.em.findOneOrFail(ShipmentSchema, { id }),
    async (em) => {
      await execute(em, 'SELECT pg_advisory_xact_lock(hashtext(?))', [input.salesOrderId]);
      const warehouse = await em.findOne(WarehouseSchema, { id: input.warehouseId });
      if (!warehouse) throw notFound(`Warehouse ${input.warehouseId} not found`, { field: 'warehouseId' });
      const confirmed = confirmedOrder(input.salesOrderId, (await readOrderEvents(em, [input.salesOrderId])).get(input.salesOrderId) ?? []);
      const ordered = confirmed.payload.lines.map((line) => ({ lineId: line.lineId, itemId: line.itemId, quantity: line.quantity }));
      const shipped = await shippedQuantities(em, ordered.map((line) => line.lineId));
      const lines = matchOrderedLines(confirmed.payload.number, input.lines, ordered, new Map(ordered.map((line, index) => [line.lineId, shipped[index]!])));
      const itemIds = [...new Set(lines.map((line) => line.itemId))];
      const stock = await lockPickableStock(em, itemIds, input.warehouseId);
      // Cost of goods sold is valued at the standard cost erp published for the item (KPIS.md, inventory turns).
      const itemEvents = await readLatestEvents(em, ['erp.ItemCreated'], itemIds);
      const shipment = em.create(ShipmentSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'wms', 'SH', now),
        salesOrderId: input.salesOrderId,
        warehouseId: input.warehouseId,
        shippedAt: now,
      });
      const shippedLines: ShippedLine[] = [];
      for (const line of lines) {
        const picks = planPicks({ sku: line.itemId, quantity: line.quantity }, stock.get(line.itemId)!, shipDate);
        const shipmentLine = em.create(ShipmentLineSchema, { id: newId(), shipmentId: shipment.id, salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, quantity: line.quantity });
        for (const pick of picks) em.create(PickSchema, { id: newId(), shipmentLineId: shipmentLine.id, lotId: pick.lotId, locationId: pick.locationId, quantity: pick.quantity });
        shippedLines.push({
          salesOrderLineId: line.salesOrderLineId,
          itemId: line.itemId,
          quantity: line.quantity,
          standardCost: standardCostOf(itemEvents, line.itemId),
          picks: picks.map((pick) => ({ lotId: pick.lotId, lotNumber: pick.lotNumber, locationId: pick.locationId, quantity: pick.quantity })),
        });
        for (const pick of picks) {
          await execute(em, 'UPDATE wms.stock_balance SET quantity = quantity - ? WHERE id = ?', [pick.quantity, pick.balanceId]);
        }
      }
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'wms.ShipmentShipped',
            subjectType: 'Shipment',
            subjectId: shipment.id,
            orderId: input.salesOrderId,
            customerId: confirmed.customerId,
            siteId: warehouse.siteId,
            quantity: shippedLines.reduce((sum, line) => sum + line.quantity, 0),
            payload: { number: shipment.number, warehouseId: input.warehouseId, lines: shippedLines },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return shipment;
    },
  );
}
