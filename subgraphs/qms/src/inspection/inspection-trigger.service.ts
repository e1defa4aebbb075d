import { isId } from '@plexus/db';
import { defineConsumer, type SupplyChainEvent } from '@plexus/events';
import { findKnownLotByNumber, rememberLots } from '../lot/known-lot.store.ts';
import { createInspections, type InspectionRequest } from './inspection.service.ts';

/**
 * Opens inspections where CONTRACTS.md puts them: a receipt against a
 * purchase order line is inspected on arrival (INCOMING), an operation's good
 * output before the next operation (IN_PROCESS), a completed work order's
 * output before it is used (FINAL), what ships to a customer lot by lot
 * (OUTGOING). Only items with a plan of that kind are inspected. Every
 * receipt also tells qms where its lots are, for nonconformances.
 */
export const inspectionTriggerConsumer = defineConsumer({
  name: 'inspection-triggers',
  types: ['wms.GoodsReceived', 'mes.OperationCompleted', 'mes.WorkOrderCompleted', 'wms.ShipmentShipped'],
  async apply(em, event) {
    if (event.type === 'wms.GoodsReceived') {
      const { warehouseId, lines } = event.payload;
      await rememberLots(
        em,
        lines.map((line) => ({ lotId: line.lotId, itemId: line.itemId, lotNumber: line.lotNumber, warehouseId, siteId: event.siteId })),
      );
      await createInspections(em, lines.flatMap((line, position) => (line.purchaseOrderLineId ? [incoming(event, position)] : [])), event.time);
    } else if (event.type === 'mes.OperationCompleted') {
      const operation = event.payload;
      await createInspections(
        em,
        [
          {
            kind: 'IN_PROCESS',
            itemId: operation.itemId,
            quantity: operation.goodQuantity,
            siteId: event.siteId,
            workOrderId: idOrNull(operation.workOrderId),
            workCenterId: idOrNull(operation.workCenterId),
            sourceEventId: event.id,
            sourcePosition: 0,
          },
        ],
        event.time,
      );
    } else if (event.type === 'mes.WorkOrderCompleted') {
      await createInspections(em, [await final(em, event)], event.time);
    } else {
      const requests = event.payload.lines.flatMap((line, lineIndex) =>
        line.picks.map((pick, pickIndex): InspectionRequest => ({
          kind: 'OUTGOING',
          itemId: line.itemId,
          quantity: pick.quantity,
          lotId: pick.lotId,
          lotNumber: pick.lotNumber,
          warehouseId: event.payload.warehouseId,
          siteId: event.siteId,
          sourceEventId: event.id,
          // One inspection per lot picked: positions count picks over the shipment's lines.
          sourcePosition: lineIndex * 1000 + pickIndex,
        })),
      );
      await createInspections(em, requests, event.time);
    }
  },
});

function incoming(event: SupplyChainEvent<'wms.GoodsReceived'>, position: number): InspectionRequest {
  const line = event.payload.lines[position]!;
  return {
    kind: 'INCOMING',
    itemId: line.itemId,
    quantity: line.quantity,
    lotId: line.lotId,
    lotNumber: line.lotNumber,
    warehouseId: event.payload.warehouseId,
    siteId: event.siteId,
    supplierId: event.supplierId,
    purchaseOrderLineId: line.purchaseOrderLineId ?? null,
    sourceEventId: event.id,
    sourcePosition: position,
  };
}

/** Another system's malformed id cannot key a work order: the inspection goes ahead without it. */
const idOrNull = (id: string | null | undefined) => (id && isId(id) ? id.toLowerCase() : null);

async function final(em: Parameters<typeof findKnownLotByNumber>[0], event: SupplyChainEvent<'mes.WorkOrderCompleted'>): Promise<InspectionRequest> {
  const completion = event.payload;
  const lotNumber = completion.outputLotNumber ?? null;
  // wms may have received the produced lot before qms hears of the completion; otherwise rememberLots links it later.
  const lot = lotNumber ? await findKnownLotByNumber(em, completion.itemId, lotNumber) : null;
  return {
    kind: 'FINAL',
    itemId: completion.itemId,
    quantity: completion.goodQuantity,
    lotId: idOrNull(completion.outputLotId) ?? lot?.lotId ?? null,
    lotNumber,
    warehouseId: completion.warehouseId ?? lot?.warehouseId ?? null,
    siteId: event.siteId ?? completion.siteId ?? null,
    workOrderId: idOrNull(completion.workOrderId ?? event.subjectId),
    workCenterId: idOrNull(completion.workCenterId),
    sourceEventId: event.id,
    sourcePosition: 0,
  };
}
