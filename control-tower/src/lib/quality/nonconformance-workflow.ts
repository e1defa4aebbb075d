import type { Disposition, NonconformanceSource, NonconformanceStatus } from '../graphql/__generated__/operations.ts';
import type { FormResult } from '../order-actions.ts';

/**
 * The disposition workflow as qms runs it (schema.graphql, `NonconformanceStatus`):
 * OPEN gets one disposition, DISPOSITIONED is closed once the warehouse has
 * carried it out. Only quality engineers (and administrators, who may do
 * anything) decide; the page offers nothing to other roles, and qms refuses
 * anything forced anyway.
 */

const deciderRoles = new Set(['quality', 'admin']);

export const mayDecideQuality = (roles: readonly string[]) => roles.some((role) => deciderRoles.has(role));

export const dispositionWords: Record<Disposition, { label: string; effect: string }> = {
  USE_AS_IS: { label: 'Use as is', effect: 'releases the lot; a justification is recorded' },
  CONCESSION: { label: 'Concession', effect: 'accepted by deviation permit; releases the lot; a justification is recorded' },
  REWORK: { label: 'Rework', effect: 'reworked and inspected again; releases the lot' },
  SCRAP: { label: 'Scrap', effect: 'removed from stock' },
  RETURN_TO_SUPPLIER: { label: 'Return to supplier', effect: 'sent back to the supplier; removed from stock' },
};

const allDispositions = Object.keys(dispositionWords) as Disposition[];

/** Dispositions that need a written justification (qms refuses them without one). */
export const justifiedDispositions: readonly Disposition[] = ['USE_AS_IS', 'CONCESSION'];

export interface NonconformanceState {
  status: NonconformanceStatus;
  source: NonconformanceSource;
}

/** What the reader may decide now: every disposition for an open NCR, return to supplier only for what a supplier delivered. */
export function dispositionChoices(ncr: NonconformanceState, roles: readonly string[]): Disposition[] {
  if (!mayDecideQuality(roles) || ncr.status !== 'OPEN') return [];
  return allDispositions.filter((disposition) => disposition !== 'RETURN_TO_SUPPLIER' || ncr.source === 'SUPPLIER');
}

export const mayClose = (ncr: NonconformanceState, roles: readonly string[]) => mayDecideQuality(roles) && ncr.status === 'DISPOSITIONED';

/** The disposition form: a known disposition and, where qms needs one, a justification of at most 1,000 characters. */
export function readDisposition(form: FormData): FormResult<{ disposition: Disposition; note: string | null }> {
  const disposition = String(form.get('disposition') ?? '');
  const note = String(form.get('note') ?? '').trim();
  if (!(allDispositions as string[]).includes(disposition)) return { value: null, problem: 'Choose one of the dispositions offered.' };
  if (note.length > 1000) return { value: null, problem: 'Keep the justification under 1,000 characters.' };
  if (justifiedDispositions.includes(disposition as Disposition) && !note) {
    return { value: null, problem: `${dispositionWords[disposition as Disposition].label} needs a justification.` };
  }
  return { value: { disposition: disposition as Disposition, note: note || null }, problem: null };
}

export const nonconformanceSources: readonly NonconformanceSource[] = ['SUPPLIER', 'INTERNAL', 'CUSTOMER'];

export interface CharacteristicLimits {
  kind: 'MEASURED' | 'ATTRIBUTE';
  lowerLimit: number | null;
  upperLimit: number | null;
}

/** The measured values outside a characteristic's limits (inclusive limits, as qms judges them). */
export function valuesOutside(characteristic: CharacteristicLimits, values: readonly number[] | null): number[] {
  if (characteristic.kind !== 'MEASURED' || !values) return [];
  return values.filter((value) => (characteristic.lowerLimit !== null && value < characteristic.lowerLimit) || (characteristic.upperLimit !== null && value > characteristic.upperLimit));
}
