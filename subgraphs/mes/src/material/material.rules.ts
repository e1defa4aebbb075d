import { badInput, conflict, notFound } from '@plexus/errors';

export interface ConsumedLot {
  lotId: string;
  quantity: number;
}

export interface KnownLot {
  id: string;
  lotNumber: string;
  itemId: string;
  warehouseId: string;
  onHold: boolean;
  holdReason?: string | null;
}

/**
 * Checks lots a work order is to consume: each known (wms received it),
 * in the work order's warehouse, of an item its bill of materials names, and
 * not on hold (a quality hold keeps suspect material off the line). Lines of
 * one lot are added up.
 */
export function validateConsumption(
  workOrder: { number: string; warehouseId: string; status: string },
  lines: readonly ConsumedLot[],
  lots: readonly KnownLot[],
  componentIds: readonly string[],
): { lot: KnownLot; quantity: number }[] {
  if (lines.length === 0) throw badInput('Name at least one lot', { field: 'lines' });
  if (workOrder.status === 'COMPLETED') throw conflict(`Work order ${workOrder.number} is completed`, { field: 'workOrderId' });
  const byLot = new Map<string, { lot: KnownLot; quantity: number }>();
  lines.forEach((line, index) => {
    const position = { line: index + 1, field: 'quantity' };
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) throw badInput(`Line ${index + 1}: quantity must be greater than 0`, position);
    const lot = lots.find((candidate) => candidate.id === line.lotId.toLowerCase());
    if (!lot) throw notFound(`Line ${index + 1}: lot ${line.lotId} not found`, { ...position, field: 'lotId' });
    if (lot.warehouseId !== workOrder.warehouseId) throw badInput(`Line ${index + 1}: lot ${lot.lotNumber} is in another warehouse`, { ...position, field: 'lotId' });
    if (!componentIds.includes(lot.itemId)) throw badInput(`Line ${index + 1}: lot ${lot.lotNumber} is of an item the bill of materials of ${workOrder.number} does not name`, { ...position, field: 'lotId' });
    if (lot.onHold) throw conflict(`Line ${index + 1}: lot ${lot.lotNumber} is on hold${lot.holdReason ? `: ${lot.holdReason}` : ''}`, { ...position, field: 'lotId' });
    const entry = byLot.get(lot.id) ?? { lot, quantity: 0 };
    entry.quantity += line.quantity;
    byLot.set(lot.id, entry);
  });
  return [...byLot.values()];
}
