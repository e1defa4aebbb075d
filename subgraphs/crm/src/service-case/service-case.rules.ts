import { badInput, conflict } from '@plexus/errors';
import type { CaseLine, ServiceCaseKind, ServiceCaseStatus } from './service-case.entity.ts';

/**
 * A damage claim is OPEN until customer service RESOLVES it (credit, replacement) or REJECTS it.
 * A return is OPEN until AUTHORIZED (the RMA number the customer ships back under), RECEIVED
 * when the goods are back, then RESOLVED; it may be REJECTED until the goods are received.
 */
const transitions: Record<ServiceCaseKind, Partial<Record<ServiceCaseStatus, readonly ServiceCaseStatus[]>>> = {
  DAMAGE_CLAIM: { OPEN: ['RESOLVED', 'REJECTED'] },
  RETURN: { OPEN: ['AUTHORIZED', 'REJECTED'], AUTHORIZED: ['RECEIVED', 'REJECTED'], RECEIVED: ['RESOLVED'] },
};

export function assertCaseTransition(number: string, kind: ServiceCaseKind, from: ServiceCaseStatus, to: ServiceCaseStatus): void {
  if (!transitions[kind][from]?.includes(to)) {
    throw conflict(`${kind === 'RETURN' ? 'Return' : 'Damage claim'} ${number} is ${from.toLowerCase()}: it cannot become ${to.toLowerCase()}`, { status: from });
  }
}

/** Lines name what the shipment carried, each order line once, at most the shipped quantity. */
export function validateCaseLines(lines: readonly CaseLine[], shipped: ReadonlyMap<string, number>): void {
  if (lines.length === 0) throw badInput('Name at least one line of the shipment', { field: 'lines' });
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const at = { line: index + 1 };
    const carried = shipped.get(line.salesOrderLineId);
    if (carried === undefined) throw badInput(`Line ${index + 1}: the shipment did not carry that order line`, { ...at, field: 'salesOrderLineId' });
    if (seen.has(line.salesOrderLineId)) throw badInput(`Line ${index + 1}: order line named twice`, { ...at, field: 'salesOrderLineId' });
    seen.add(line.salesOrderLineId);
    if (!(Number.isFinite(line.quantity) && line.quantity > 0)) throw badInput(`Line ${index + 1}: quantity must be more than 0`, { ...at, field: 'quantity' });
    if (line.quantity > carried + 1e-9) throw badInput(`Line ${index + 1}: the shipment carried only ${carried}`, { ...at, field: 'quantity' });
  });
}
