import type { Disposition } from '@plexus/events';

/**
 * First pass yield (KPIS.md): units that pass every inspection of their work
 * order without rework or concession / units inspected. Inspections report
 * counts, not serial numbers, so the unit arithmetic per work order is:
 *
 * - units inspected = the largest quantity inspected at any one inspection.
 *   Successive inspections (in-process, final) look at the same units, and a
 *   sample is a subset of them, so summing would count a unit once per
 *   stage; the largest inspection is every unit known to have been inspected.
 * - units that did not pass first time, inspection by inspection, oldest first:
 *   - a failed inspection: its rejected units (all it inspected when it
 *     reports none rejected: the whole lot failed);
 *   - a passed inspection with units rejected (scrapped, returned, accepted
 *     under concession): those units;
 *   - a passed inspection with disposition CONCESSION and none rejected: every
 *     unit it passed was accepted only under concession;
 *   - a passed inspection with disposition REWORK: the re-inspection of
 *     reworked units. Units rejected earlier for rework are already counted,
 *     so only reworked units beyond those are new (rework nobody reported
 *     as a rejection).
 *   The sum is capped at units inspected: the same unit failing twice
 *   without a rework in between cannot be told apart from two units.
 * - first-pass units = units inspected − units that did not pass first time.
 *
 * FPY over work orders = Σ first-pass units / Σ units inspected (units, not
 * work orders, as the definition says). A work order counts in the period of
 * its latest inspection: that is when its yield is known.
 */

export type FirstPassReason = 'REJECTED' | 'REWORK' | 'CONCESSION';

export interface Inspection {
  time: Date;
  passed: boolean;
  quantityInspected: number;
  quantityRejected: number;
  disposition: Disposition | null;
}

export interface WorkOrderYield {
  unitsInspected: number;
  firstPassUnits: number;
  reasons: FirstPassReason[];
}

const reasonOfDisposition = (disposition: Disposition | null): FirstPassReason =>
  disposition === 'REWORK' ? 'REWORK' : disposition === 'CONCESSION' ? 'CONCESSION' : 'REJECTED';

export function workOrderYield(inspections: readonly Inspection[]): WorkOrderYield {
  const ordered = [...inspections].sort((a, b) => a.time.getTime() - b.time.getTime());
  let unitsInspected = 0;
  let failing = 0;
  let awaitingReinspection = 0;
  const reasons = new Set<FirstPassReason>();
  for (const inspection of ordered) {
    unitsInspected = Math.max(unitsInspected, inspection.quantityInspected);
    let notFirstPass = 0;
    let reinspection = false;
    if (!inspection.passed) {
      notFirstPass = inspection.quantityRejected > 0 ? inspection.quantityRejected : inspection.quantityInspected;
    } else if (inspection.quantityRejected > 0) {
      notFirstPass = inspection.quantityRejected;
    } else if (inspection.disposition === 'CONCESSION') {
      notFirstPass = inspection.quantityInspected;
    } else if (inspection.disposition === 'REWORK') {
      reinspection = true;
      const known = Math.min(awaitingReinspection, inspection.quantityInspected);
      awaitingReinspection -= known;
      notFirstPass = inspection.quantityInspected - known;
    }
    if (notFirstPass > 0) {
      failing += notFirstPass;
      reasons.add(reasonOfDisposition(inspection.disposition));
      if (inspection.disposition === 'REWORK' && !reinspection) awaitingReinspection += notFirstPass;
    }
  }
  return {
    unitsInspected,
    firstPassUnits: unitsInspected - Math.min(failing, unitsInspected),
    reasons: (['REJECTED', 'REWORK', 'CONCESSION'] as const).filter((reason) => reasons.has(reason)),
  };
}
