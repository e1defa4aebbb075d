import { badInput, conflict } from '@plexus/errors';
import type { NonconformanceDisposition, NonconformanceSource } from '@plexus/events';

export const nonconformanceStatuses = ['OPEN', 'DISPOSITIONED', 'CLOSED'] as const;
export type NonconformanceStatus = (typeof nonconformanceStatuses)[number];
export const nonconformanceSources = ['SUPPLIER', 'INTERNAL', 'CUSTOMER'] as const satisfies readonly NonconformanceSource[];
export const dispositions = ['USE_AS_IS', 'CONCESSION', 'REWORK', 'SCRAP', 'RETURN_TO_SUPPLIER'] as const satisfies readonly NonconformanceDisposition[];

/** Dispositions that let the material be used (the hold is lifted); the others take it out of stock. */
export const releasingDispositions: readonly NonconformanceDisposition[] = ['USE_AS_IS', 'CONCESSION', 'REWORK'];

export interface NewNonconformance {
  source: NonconformanceSource;
  description: string;
  quantity: number;
  supplierId?: string | null;
}

export function validateNewNonconformance(input: NewNonconformance): NewNonconformance & { description: string } {
  if (!nonconformanceSources.includes(input.source)) throw badInput(`Source must be one of ${nonconformanceSources.join(', ')}`, { field: 'source' });
  const description = input.description.trim();
  if (!description) throw badInput('Describe what is wrong', { field: 'description' });
  if (!Number.isFinite(input.quantity) || input.quantity <= 0) throw badInput('Quantity must be greater than 0', { field: 'quantity' });
  if (input.source === 'SUPPLIER' && !input.supplierId) throw badInput('A supplier nonconformance names its supplier', { field: 'supplierId' });
  return { ...input, description };
}

/**
 * The disposition workflow: an OPEN nonconformance gets one disposition
 * (use as is or concession: a justification is recorded; rework; scrap;
 * return to supplier: only what a supplier delivered), then it is CLOSED
 * once the disposition has been carried out.
 */
export function assertDisposition(
  ncr: { number: string; status: NonconformanceStatus; source: NonconformanceSource },
  disposition: NonconformanceDisposition,
  note: string | null,
): void {
  if (!dispositions.includes(disposition)) throw badInput(`Disposition must be one of ${dispositions.join(', ')}`, { field: 'disposition' });
  if (ncr.status !== 'OPEN') throw conflict(`Nonconformance ${ncr.number} is ${ncr.status}: only an open one gets a disposition`, { status: ncr.status });
  if (disposition === 'RETURN_TO_SUPPLIER' && ncr.source !== 'SUPPLIER') {
    throw conflict(`Nonconformance ${ncr.number} is ${ncr.source}: only a supplier’s material goes back to the supplier`, { source: ncr.source });
  }
  if ((disposition === 'USE_AS_IS' || disposition === 'CONCESSION') && !note?.trim()) {
    throw badInput(`${disposition === 'USE_AS_IS' ? 'Use as is' : 'A concession'} needs a justification`, { field: 'note' });
  }
}

export function assertClosable(ncr: { number: string; status: NonconformanceStatus }): void {
  if (ncr.status !== 'DISPOSITIONED') throw conflict(`Nonconformance ${ncr.number} is ${ncr.status}: only a dispositioned one can be closed`, { status: ncr.status });
}
