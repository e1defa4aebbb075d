import { isId } from '@plexus/db';
import { badInput } from '@plexus/errors';

export interface TransferRequest {
  fromWarehouseId: string;
  toWarehouseId: string;
  lines: readonly { itemId: string; quantity: number }[];
}

/** A transfer moves positive quantities of distinct items between two different warehouses. */
export function validateTransfer(request: TransferRequest): TransferRequest {
  for (const field of ['fromWarehouseId', 'toWarehouseId'] as const) {
    if (!isId(request[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  const fromWarehouseId = request.fromWarehouseId.toLowerCase();
  const toWarehouseId = request.toWarehouseId.toLowerCase();
  if (fromWarehouseId === toWarehouseId) throw badInput('A transfer goes to another warehouse than the one it leaves', { field: 'toWarehouseId' });
  if (request.lines.length === 0) throw badInput('A transfer needs at least one line', { field: 'lines' });
  const seen = new Set<string>();
  const lines = request.lines.map((line, index) => {
    const at = { line: index + 1 };
    if (!isId(line.itemId)) throw badInput(`Line ${index + 1}: itemId must be a UUID`, { ...at, field: 'itemId' });
    const itemId = line.itemId.toLowerCase();
    if (seen.has(itemId)) throw badInput(`Line ${index + 1}: item ${itemId} is on an earlier line`, { ...at, field: 'itemId' });
    seen.add(itemId);
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) throw badInput(`Line ${index + 1}: quantity must be more than 0`, { ...at, field: 'quantity' });
    return { itemId, quantity: line.quantity };
  });
  return { fromWarehouseId, toWarehouseId, lines };
}
