import { execute, newId, nextDocumentNumber, sqlArray } from '@plexus/db';
import { defineConsumer, recordEvents } from '@plexus/events';
import { putAway } from '../receipt/receipt.service.ts';
import { ReceiptSchema } from '../receipt/receipt.entity.ts';
import { LotSchema } from '../stock/stock.entity.ts';
import { LocationSchema } from '../warehouse/warehouse.entity.ts';
import { allocateIssue } from './production-stock.rules.ts';

/**
 * Material mes consumed leaves the work order's warehouse: each lot's
 * balances there are reduced (never below zero) and wms tells what it issued.
 */
export const materialIssueConsumer = defineConsumer({
  name: 'production-material-issue',
  types: ['mes.MaterialConsumed'],
  async apply(em, event) {
    const { warehouseId, workOrderId, lines } = event.payload;
    const balances = await execute<{ lot_id: string; location_id: string; quantity: string }[]>(
      em,
      `SELECT b.lot_id, b.location_id, b.quantity FROM wms.stock_balance b JOIN wms.location l ON l.id = b.location_id
        WHERE l.warehouse_id = ? AND b.lot_id = ANY(?::uuid[]) AND b.quantity > 0
        ORDER BY l.code FOR UPDATE OF b`,
      [warehouseId, sqlArray(lines.map((line) => line.lotId))],
    );
    const issued: { itemId: string; lotId: string; quantity: number }[] = [];
    const moves: { lot_id: string; location_id: string; quantity: number }[] = [];
    for (const line of lines) {
      const taken = allocateIssue(
        balances.filter((balance) => balance.lot_id === line.lotId).map((balance) => ({ locationId: balance.location_id, quantity: Number(balance.quantity) })),
        line.quantity,
      );
      const quantity = taken.reduce((sum, take) => sum + take.quantity, 0);
      if (quantity > 0) issued.push({ itemId: line.itemId, lotId: line.lotId, quantity });
      moves.push(...taken.map((take) => ({ lot_id: line.lotId, location_id: take.locationId, quantity: take.quantity })));
    }
    if (moves.length === 0) return;
    await execute(
      em,
      `UPDATE wms.stock_balance b SET quantity = b.quantity - x.quantity
         FROM jsonb_to_recordset(?::jsonb) AS x(lot_id uuid, location_id uuid, quantity numeric)
        WHERE b.lot_id = x.lot_id AND b.location_id = x.location_id`,
      [JSON.stringify(moves)],
    );
    await recordEvents(
      em,
      [
        {
          type: 'wms.MaterialIssued',
          subjectType: 'WorkOrder',
          subjectId: workOrderId,
          siteId: event.siteId,
          orderId: event.orderId,
          quantity: issued.reduce((sum, line) => sum + line.quantity, 0),
          payload: { workOrderId, lines: issued },
        },
      ],
      { now: event.time },
    );
  },
});

/**
 * A completed work order's good units are received into its warehouse as
 * its output lot, under the lot id mes chose (genealogy already links it),
 * in the warehouse's first location; the receipt names no purchase order.
 */
export const producedLotReceiptConsumer = defineConsumer({
  name: 'production-lot-receipt',
  types: ['mes.WorkOrderCompleted'],
  async apply(em, event) {
    const { warehouseId, outputLotId, outputLotNumber, itemId, goodQuantity } = event.payload;
    if (!warehouseId || !outputLotId || !outputLotNumber || goodQuantity <= 0) return;
    const [location] = await em.find(LocationSchema, { warehouseId }, { orderBy: { code: 'asc' }, limit: 1 });
    if (!location) throw new Error(`Warehouse ${warehouseId} has no location to put produced lot ${outputLotNumber} away`);
    const lotNumber = outputLotNumber.trim().toUpperCase();
    if (!(await em.findOne(LotSchema, { id: outputLotId }))) em.create(LotSchema, { id: outputLotId, itemId, lotNumber, expiryDate: null, receivedAt: event.time });
    const receipt = em.create(ReceiptSchema, { id: newId(), number: await nextDocumentNumber(em, 'wms', 'GR', event.time), warehouseId, receivedAt: event.time });
    await em.flush();
    const received = await putAway(em, receipt, [{ itemId, locationId: location.id, lotNumber, quantity: goodQuantity }], event.time);
    await recordEvents(
      em,
      [
        {
          type: 'wms.GoodsReceived',
          subjectType: 'Receipt',
          subjectId: receipt.id,
          itemId,
          siteId: event.siteId,
          quantity: goodQuantity,
          payload: { number: receipt.number, warehouseId, lines: received },
        },
      ],
      { now: event.time },
    );
  },
});
