import { LockMode } from '@mikro-orm/core';
import { execute, type EntityManager } from '@plexus/db';
import { defineConsumer, recordEvents, type SupplyChainEvent } from '@plexus/events';
import { AsnLineSchema, AsnSchema } from '../asn/asn.entity.ts';
import { PurchaseOrderSchema, type PurchaseOrder } from './purchase-order.entity.ts';
import { receivingStatus, summariseLines } from './purchase-order.rules.ts';
import { orderEvent, orderLines } from './purchase-order.service.ts';

/**
 * Moves purchase orders along as the warehouse receives against them
 * (wms.GoodsReceived lines naming an order line), each receipt exactly once:
 * the line's accepted and refused quantities, the receipt kept for the
 * line's history and the supplier's scorecard, the ship notice it arrived on
 * marked received, and the order PARTIALLY_RECEIVED or RECEIVED.
 */
export const receivingConsumer = defineConsumer({
  name: 'purchase-order-receiving',
  types: ['wms.GoodsReceived'],
  async apply(em, event) {
    const byOrder = new Map<string, number[]>();
    event.payload.lines.forEach((line, position) => {
      if (line.purchaseOrderId && line.purchaseOrderLineId) byOrder.set(line.purchaseOrderId, [...(byOrder.get(line.purchaseOrderId) ?? []), position]);
    });
    for (const [orderId, positions] of byOrder) {
      const order = await em.findOne(PurchaseOrderSchema, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (order) await receive(em, order, event, positions);
    }
  },
});

async function receive(em: EntityManager, order: PurchaseOrder, event: SupplyChainEvent<'wms.GoodsReceived'>, positions: number[]): Promise<void> {
  const lines = await orderLines(em, order.id);
  const asnIds = new Set<string>();
  for (const position of positions) {
    const received = event.payload.lines[position]!;
    const line = lines.find((candidate) => candidate.id === received.purchaseOrderLineId);
    if (!line) continue;
    const rejected = received.rejectedQuantity ?? 0;
    line.receivedQuantity += received.quantity;
    line.rejectedQuantity += rejected;
    await execute(
      em,
      `INSERT INTO srm.purchase_receipt (event_id, position, purchase_order_line_id, receipt_number, received_at, day, accepted, rejected, lot_number)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [event.id, position, line.id, event.payload.number, event.time, event.time.toISOString().slice(0, 10), received.quantity, rejected, received.lotNumber],
    );
    if (received.asnLineId) {
      const asnLine = await em.findOne(AsnLineSchema, { id: received.asnLineId });
      if (asnLine) {
        asnLine.receivedQuantity += received.quantity + rejected;
        asnIds.add(asnLine.asnId);
      }
    }
  }
  // A notice is received with its delivery: what it announced and did not arrive is not coming on it.
  for (const asn of await em.find(AsnSchema, { id: { $in: [...asnIds] }, status: 'SUBMITTED' })) Object.assign(asn, { status: 'RECEIVED', receivedAt: event.time });
  const from = order.status;
  if (from === 'SENT' || from === 'CONFIRMED' || from === 'PARTIALLY_RECEIVED') order.status = receivingStatus(lines);
  Object.assign(order, summariseLines(lines));
  await em.flush();
  if (order.status === from) return;
  await recordEvents(em, [{ type: 'srm.PurchaseOrderStatusChanged', ...orderEvent(order), payload: { number: order.number, from, to: order.status } }], { now: event.time });
}
