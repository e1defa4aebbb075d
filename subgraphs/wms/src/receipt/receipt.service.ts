import DataLoader from 'dataloader';
import { createByIdLoader, newId, nextDocumentNumber, execute, type EntityManager } from '@plexus/db';
import { readKnownSubjects, recordEvents, runOnce, type ReceivedLine } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { WmsContext } from '../context.ts';
import { LotSchema } from '../stock/stock.entity.ts';
import { LocationSchema, WarehouseSchema } from '../warehouse/warehouse.entity.ts';
import { ReceiptLineSchema, ReceiptSchema, type Receipt, type ReceiptLine } from './receipt.entity.ts';

export function createReceiptLoaders(em: EntityManager) {
  return {
    receiptById: createByIdLoader<Receipt>(em, ReceiptSchema),
    linesByReceipt: new DataLoader<string, ReceiptLine[]>(async (receiptIds) => {
      const lines = await em.find(ReceiptLineSchema, { receiptId: { $in: [...receiptIds] } }, { orderBy: { id: 'asc' } });
      return receiptIds.map((id) => lines.filter((line) => line.receiptId === id));
    }),
  };
}

export interface NewReceipt {
  warehouseId: string;
  lines: { itemId: string; locationId: string; lotNumber: string; expiryDate?: string | null; quantity: number }[];
  idempotencyKey?: string | null;
}

function validateReceipt(input: NewReceipt): void {
  if (input.lines.length === 0) throw badInput('A receipt needs at least one line', { field: 'lines' });
  input.lines.forEach((line, index) => {
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) {
      throw badInput(`Line ${index + 1}: quantity must be greater than 0`, { line: index + 1, field: 'quantity' });
    }
    if (!line.lotNumber.trim()) throw badInput(`Line ${index + 1}: lot number must not be empty`, { line: index + 1, field: 'lotNumber' });
  });
}

/** Puts received goods away: finds or opens each lot, adds to the location's balance, records the receipt. */
export async function receiveGoods(ctx: WmsContext, input: NewReceipt): Promise<Receipt> {
  authorizeChange(ctx.viewer, 'receive goods');
  validateReceipt(input);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'wms.receiveGoods', now },
    (id) => ctx.em.findOneOrFail(ReceiptSchema, { id }),
    async (em) => {
      if (!(await em.count(WarehouseSchema, { id: input.warehouseId }))) throw notFound(`Warehouse ${input.warehouseId} not found`, { field: 'warehouseId' });
      // Stock is valued at erp's standard cost, so only items erp announced can be received.
      const knownItems = await readKnownSubjects(em, 'erp.ItemCreated', [...new Set(input.lines.map((line) => line.itemId))]);
      const unknownLine = input.lines.findIndex((line) => !knownItems.has(line.itemId));
      if (unknownLine >= 0) throw notFound(`Line ${unknownLine + 1}: item ${input.lines[unknownLine]!.itemId} not found`, { line: unknownLine + 1, field: 'itemId' });
      const locations = await em.find(LocationSchema, { id: { $in: input.lines.map((line) => line.locationId) } });
      const receipt = em.create(ReceiptSchema, { id: newId(), number: await nextDocumentNumber(em, 'wms', 'GR', now), warehouseId: input.warehouseId, receivedAt: now });
      const received: ReceivedLine[] = [];
      for (const [index, line] of input.lines.entries()) {
        const location = locations.find((candidate) => candidate.id === line.locationId);
        if (!location || location.warehouseId !== input.warehouseId) {
          throw notFound(`Line ${index + 1}: location ${line.locationId} is not in this warehouse`, { line: index + 1, field: 'locationId' });
        }
        const lotNumber = line.lotNumber.trim().toUpperCase();
        const expiryDate = line.expiryDate ?? null;
        let lot = await em.findOne(LotSchema, { itemId: line.itemId, lotNumber });
        if (lot && (lot.expiryDate ?? null) !== expiryDate) {
          throw conflict(`Line ${index + 1}: lot ${lotNumber} already exists with expiry ${lot.expiryDate ?? 'none'}`, { line: index + 1, field: 'expiryDate' });
        }
        lot ??= em.create(LotSchema, { id: newId(), itemId: line.itemId, lotNumber, expiryDate, receivedAt: now });
        em.create(ReceiptLineSchema, { id: newId(), receiptId: receipt.id, itemId: line.itemId, lotId: lot.id, locationId: location.id, quantity: line.quantity });
        received.push({ itemId: line.itemId, lotId: lot.id, lotNumber, locationId: location.id, quantity: line.quantity });
      }
      await em.flush();
      for (const line of received) {
        await execute(
          em,
          `INSERT INTO wms.stock_balance (id, item_id, location_id, lot_id, quantity) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (location_id, lot_id) DO UPDATE SET quantity = wms.stock_balance.quantity + excluded.quantity`,
          [newId(), line.itemId, line.locationId, line.lotId, line.quantity],
        );
      }
      const items = new Set(received.map((line) => line.itemId));
      await recordEvents(
        em,
        [
          {
            type: 'wms.GoodsReceived',
            subjectType: 'Receipt',
            subjectId: receipt.id,
            itemId: items.size === 1 ? received[0]!.itemId : null,
            quantity: received.reduce((sum, line) => sum + line.quantity, 0),
            payload: { number: receipt.number, warehouseId: input.warehouseId, lines: received },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return receipt;
    },
  );
}
