import { badInput } from '@plexus/errors';
import type { TransportMode } from '../lane/lane.entity.ts';
import { clockToleranceMs } from '../transport-order/transport-order.rules.ts';
import type { DeliveredLineRecord, DeliveryDocument } from './delivery.entity.ts';

export interface DeliveredLineInput {
  salesOrderLineId: string;
  receivedQuantity: number;
  damagedQuantity?: number | null;
}

export interface DeliveryInput {
  deliveredAt: Date;
  receivedBy: string;
  lines?: readonly DeliveredLineInput[] | null;
  damageNote?: string | null;
  documents: readonly DeliveryDocument[];
}

const nonNegative = (value: number) => Number.isFinite(value) && value >= 0;

/**
 * What the customer took per shipped line. Lines the proof of delivery does
 * not name arrived in full and undamaged; a named line takes at most what
 * was shipped on it (a customer cannot sign for more than the truck carried),
 * and damaged units are part of those received.
 */
export function validateDelivery(
  input: DeliveryInput,
  shipped: readonly { salesOrderLineId: string; itemId: string; quantity: number }[],
  times: { lastMilestoneAt: Date; now: Date },
): DeliveredLineRecord[] {
  if (Number.isNaN(input.deliveredAt.getTime())) throw badInput('deliveredAt must be a time', { field: 'deliveredAt' });
  if (input.deliveredAt.getTime() > times.now.getTime() + clockToleranceMs) throw badInput('A delivery cannot be in the future', { field: 'deliveredAt' });
  if (input.deliveredAt < times.lastMilestoneAt) throw badInput(`A delivery cannot be before the last milestone (${times.lastMilestoneAt.toISOString()})`, { field: 'deliveredAt' });
  if (!input.receivedBy.trim()) throw badInput('Say who signed for the goods', { field: 'receivedBy' });
  input.documents.forEach((document, index) => {
    if (!document.reference.trim()) throw badInput(`Document ${index + 1} needs a reference`, { field: 'documents', index });
  });
  const named = new Map<string, DeliveredLineInput>();
  for (const line of input.lines ?? []) {
    if (named.has(line.salesOrderLineId)) throw badInput(`Line ${line.salesOrderLineId} is named twice`, { field: 'lines', salesOrderLineId: line.salesOrderLineId });
    if (!shipped.some((candidate) => candidate.salesOrderLineId === line.salesOrderLineId)) {
      throw badInput(`Sales order line ${line.salesOrderLineId} is not on this transport order`, { field: 'lines', salesOrderLineId: line.salesOrderLineId });
    }
    named.set(line.salesOrderLineId, line);
  }
  return shipped.map((line) => {
    const reported = named.get(line.salesOrderLineId);
    const receivedQuantity = reported ? reported.receivedQuantity : line.quantity;
    const damagedQuantity = reported?.damagedQuantity ?? 0;
    const at = { field: 'lines', salesOrderLineId: line.salesOrderLineId };
    if (!nonNegative(receivedQuantity) || receivedQuantity > line.quantity + 1e-9) throw badInput(`Received quantity must be between 0 and the ${line.quantity} shipped`, at);
    if (!nonNegative(damagedQuantity) || damagedQuantity > receivedQuantity + 1e-9) throw badInput(`Damaged quantity must be between 0 and the ${receivedQuantity} received`, at);
    return { salesOrderLineId: line.salesOrderLineId, itemId: line.itemId, shippedQuantity: line.quantity, receivedQuantity, damagedQuantity };
  });
}

/** Damage at delivery: units reported damaged, or a damage note (a crushed pallet is damage even when the units inside are fine). */
export function isDamaged(lines: readonly DeliveredLineRecord[], damageNote: string | null | undefined): boolean {
  return lines.some((line) => line.damagedQuantity > 0) || Boolean(damageNote?.trim());
}

/**
 * Complete shipping documents (KPIS.md, perfect order "documentation
 * accurate"): a signed delivery note always, and the consignment note (CMR)
 * international road carriage requires.
 */
export function documentsComplete(documents: readonly DeliveryDocument[], mode: TransportMode | null): boolean {
  const kinds = new Set(documents.map((document) => document.kind));
  return kinds.has('DELIVERY_NOTE') && (mode !== 'ROAD' || kinds.has('CMR'));
}
