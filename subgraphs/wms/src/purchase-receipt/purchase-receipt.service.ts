import DataLoader from 'dataloader';
import { execute, isId, newId, nextDocumentNumber, sqlArray, type EntityManager } from '@plexus/db';
import { readKnownSubjects, readLatestEvents, readOrderEvents, recordEvents, runOnce, type ReceivedLine } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { WmsContext } from '../context.ts';
import { ReceiptSchema, type Receipt } from '../receipt/receipt.entity.ts';
import { putAway } from '../receipt/receipt.service.ts';
import { WarehouseSchema } from '../warehouse/warehouse.entity.ts';
import { PurchaseReceiptLineSchema, type PurchaseReceiptLine } from './purchase-receipt.entity.ts';
import { inboundOrder, matchPurchaseReceipt, validatePurchaseReceipt, type PurchaseReceiptRequestLine } from './purchase-receipt.rules.ts';

export function createPurchaseReceiptLoaders(em: EntityManager) {
  return {
    purchaseLinesByReceipt: new DataLoader<string, PurchaseReceiptLine[]>(async (receiptIds) => {
      const lines = await em.find(PurchaseReceiptLineSchema, { receiptId: { $in: [...receiptIds] } }, { orderBy: { id: 'asc' } });
      return receiptIds.map((id) => lines.filter((line) => line.receiptId === id));
    }),
    receiptsByPurchaseOrder: new DataLoader<string, Receipt[]>(async (orderIds) => {
      const rows = await execute<{ purchase_order_id: string; receipt_id: string }[]>(
        em,
        'SELECT DISTINCT purchase_order_id, receipt_id FROM wms.purchase_receipt_line WHERE purchase_order_id = ANY(?::uuid[])',
        [sqlArray(orderIds)],
      );
      const receipts = await em.find(ReceiptSchema, { id: { $in: rows.map((row) => row.receipt_id) } }, { orderBy: { receivedAt: 'asc', number: 'asc' } });
      return orderIds.map((id) => receipts.filter((receipt) => rows.some((row) => row.purchase_order_id === id && row.receipt_id === receipt.id)));
    }),
  };
}

/** Accepted so far per order line: the open quantity of a line is what was ordered (with tolerance) less this. */
async function acceptedQuantities(em: EntityManager, orderLineIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await execute<{ purchase_order_line_id: string; accepted: string }[]>(
    em,
    `SELECT purchase_order_line_id, sum(accepted_quantity) AS accepted FROM wms.purchase_receipt_line
      WHERE purchase_order_line_id = ANY(?::uuid[]) GROUP BY purchase_order_line_id`,
    [sqlArray(orderLineIds)],
  );
  return new Map(rows.map((row) => [row.purchase_order_line_id, Number(row.accepted)]));
}

/** The order a ship notice is against, from srm's notice event. */
async function orderOfAsn(em: EntityManager, asnId: string): Promise<string> {
  const submitted = (await readLatestEvents(em, ['srm.AsnSubmitted'], [asnId])).get(asnId);
  if (!submitted) throw notFound(`Ship notice ${asnId} not found`, { field: 'asnId' });
  return submitted.payload.purchaseOrderId;
}

export interface NewPurchaseReceipt {
  warehouseId: string;
  purchaseOrderId?: string | null;
  asnId?: string | null;
  lines: PurchaseReceiptRequestLine[];
  idempotencyKey?: string | null;
}

/**
 * Receives goods against a purchase order, or against one of its ship
 * notices: checks them against what srm told (the order still open and
 * delivered to this warehouse's site, each line's item, a lot the notice
 * announced, the open quantity with its tolerance), puts the accepted part
 * away, records what was refused, and tells everyone in wms.GoodsReceived
 * (order and line on every line, the supplier as dimension). Receipts of one
 * order are serialised by a lock on the order id, so two docks cannot both
 * take the last open quantity.
 */
export async function receivePurchase(ctx: WmsContext, input: NewPurchaseReceipt): Promise<Receipt> {
  authorizeChange(ctx.viewer, 'receive goods');
  validatePurchaseReceipt(input.lines);
  if (!input.purchaseOrderId && !input.asnId) throw badInput('Receive against a purchase order or a ship notice', { field: 'purchaseOrderId' });
  for (const field of ['warehouseId', 'purchaseOrderId', 'asnId'] as const) {
    if (input[field] && !isId(input[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  input.lines.forEach((line, index) => {
    for (const field of ['purchaseOrderLineId', 'asnLineId', 'itemId', 'locationId'] as const) {
      if (line[field] && !isId(line[field])) throw badInput(`Line ${index + 1}: ${field} must be a UUID`, { line: index + 1, field });
    }
  });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'wms.receivePurchase', now },
    (id) => ctx.em.findOneOrFail(ReceiptSchema, { id }),
    async (em) => {
      const asnId = input.asnId?.toLowerCase() ?? null;
      const purchaseOrderId = asnId ? await orderOfAsn(em, asnId) : input.purchaseOrderId!.toLowerCase();
      if (input.purchaseOrderId && input.purchaseOrderId.toLowerCase() !== purchaseOrderId) {
        throw badInput(`Ship notice ${input.asnId} is not against purchase order ${input.purchaseOrderId}`, { field: 'asnId' });
      }
      await execute(em, 'SELECT pg_advisory_xact_lock(hashtext(?))', [purchaseOrderId]);
      const warehouse = await em.findOne(WarehouseSchema, { id: input.warehouseId.toLowerCase() });
      if (!warehouse) throw notFound(`Warehouse ${input.warehouseId} not found`, { field: 'warehouseId' });
      const order = inboundOrder(purchaseOrderId, (await readOrderEvents(em, [purchaseOrderId])).get(purchaseOrderId) ?? []);
      if (!order) throw notFound(`Purchase order ${purchaseOrderId} not found`, { field: 'purchaseOrderId' });
      if (order.siteId && order.siteId !== warehouse.siteId) {
        throw badInput(`Purchase order ${order.number} is delivered to another site than warehouse ${warehouse.code}'s`, { field: 'warehouseId' });
      }
      const lines = matchPurchaseReceipt(
        order,
        { asnId, lines: input.lines.map((line) => ({ ...line, itemId: line.itemId.toLowerCase(), purchaseOrderLineId: line.purchaseOrderLineId?.toLowerCase(), asnLineId: line.asnLineId?.toLowerCase() })) },
        await acceptedQuantities(em, [...order.lines.keys()]),
      );
      // Stock is valued at erp's standard cost, so only items erp announced are received (as for any receipt).
      const knownItems = await readKnownSubjects(em, 'erp.ItemCreated', [...new Set(lines.map((line) => line.itemId))]);
      const unknown = lines.findIndex((line) => !knownItems.has(line.itemId));
      if (unknown >= 0) throw notFound(`Line ${unknown + 1}: item ${lines[unknown]!.itemId} not found`, { line: unknown + 1, field: 'itemId' });
      const receipt = em.create(ReceiptSchema, { id: newId(), number: await nextDocumentNumber(em, 'wms', 'GR', now), warehouseId: warehouse.id, receivedAt: now });
      const putAwayLines = await putAway(em, receipt, lines.map((line) => ({ ...line, locationId: line.locationId.toLowerCase() })), now);
      const received: ReceivedLine[] = putAwayLines.map((stocked, index) => {
        const line = lines[index]!;
        em.create(PurchaseReceiptLineSchema, {
          id: newId(),
          receiptId: receipt.id,
          purchaseOrderId,
          purchaseOrderLineId: line.purchaseOrderLineId,
          asnId: line.asnLineId ? asnId : null,
          asnLineId: line.asnLineId,
          supplierId: order.supplierId,
          itemId: line.itemId,
          lotId: stocked.lotId,
          locationId: stocked.locationId,
          acceptedQuantity: line.quantity,
          rejectedQuantity: line.rejectedQuantity,
        });
        return {
          ...stocked,
          rejectedQuantity: line.rejectedQuantity,
          purchaseOrderId,
          purchaseOrderLineId: line.purchaseOrderLineId,
          ...(line.asnLineId ? { asnId: asnId!, asnLineId: line.asnLineId } : {}),
        };
      });
      await em.flush();
      const items = new Set(received.map((line) => line.itemId));
      await recordEvents(
        em,
        [
          {
            type: 'wms.GoodsReceived',
            subjectType: 'Receipt',
            subjectId: receipt.id,
            orderId: purchaseOrderId,
            supplierId: order.supplierId,
            siteId: warehouse.siteId,
            itemId: items.size === 1 ? received[0]!.itemId : null,
            quantity: received.reduce((sum, line) => sum + line.quantity, 0),
            payload: { number: receipt.number, warehouseId: warehouse.id, lines: received },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return receipt;
    },
  );
}
