import { demoItems } from '@plexus/erp/demo';
import { demoKey, type DemoStep, type Simulation } from '@plexus/host';
import type { QmsContext } from './context.ts';
import { setInspectionPlan } from './inspection-plan/inspection-plan.service.ts';
import type { Inspection } from './inspection/inspection.entity.ts';
import type { CharacteristicResultInput } from './inspection/inspection.rules.ts';
import { listInspections, recordInspectionResults } from './inspection/inspection.service.ts';
import { closeNonconformance, dispositionNonconformance, listNonconformances } from './nonconformance/nonconformance.service.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Inspections whose results the simulation has already planned. */
const scheduledInspections = demoKey<Set<string>>('qms.scheduledInspections');

/** A measured characteristic's nominal and limits: what an inspector's gauge reads around. */
const diameter = { name: 'Bore diameter', kind: 'MEASURED', lowerLimit: 24.95, upperLimit: 25.05, unit: 'mm' } as const;
const pressure = { name: 'Leak test pressure held', kind: 'MEASURED', lowerLimit: 9.8, upperLimit: 10.4, unit: 'bar' } as const;

/**
 * The demo company's quality department: every raw material is inspected on
 * receipt (AQL 1.5: its bore diameter and a visual check), every finished
 * good when its work order completes (AQL 1.0: a leak test and the finish).
 * Inspections open themselves from wms receipts and mes completions; an
 * inspector records the results two to eight hours later. About one incoming
 * lot in twelve and one finished lot in eight fails and opens a
 * nonconformance, which holds the lot; quality accepts it by concession the
 * next day and closes it, so the lot goes back into use.
 */
export const qmsDemo: DemoStep<QmsContext> = {
  after: ['erp', 'srm', 'wms', 'mes'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const { raw, finished } = simulation.world.get(demoItems);
    for (const item of raw) {
      await setInspectionPlan(at, { itemId: item.id, kind: 'INCOMING', aql: 1.5, characteristics: [diameter, { name: 'Visual: damage, corrosion', kind: 'ATTRIBUTE' }] });
    }
    for (const item of finished) {
      await setInspectionPlan(at, { itemId: item.id, kind: 'FINAL', aql: 1, characteristics: [pressure, { name: 'Finish: paint, marking', kind: 'ATTRIBUTE' }] });
    }
    simulation.world.set(scheduledInspections, new Set());
  },

  async day(simulation, day) {
    const scheduled = simulation.world.get(scheduledInspections);
    const { items } = await listInspections(simulation.at(day), { status: ['PENDING'] }, { first: 200, offset: 0 });
    for (const inspection of items.filter((candidate) => !scheduled.has(candidate.id)).reverse()) {
      scheduled.add(inspection.id);
      const time = new Date(Math.max(day.getTime(), inspection.createdAt.getTime()) + (2 + simulation.random() * 6) * hourMs);
      const fails = simulation.random() < (inspection.kind === 'INCOMING' ? 1 / 12 : 1 / 8);
      const results = resultsOf(simulation, inspection, fails);
      simulation.later(time, async () => {
        await recordInspectionResults(simulation.at(time), inspection.id, results);
      });
    }
    const decidedAt = new Date(day.getTime() + 9 * hourMs);
    const open = await listNonconformances(simulation.at(day), { status: ['OPEN'] }, { first: 200, offset: 0 });
    for (const nonconformance of open.items.filter((candidate) => candidate.openedAt.getTime() <= day.getTime() - dayMs)) {
      simulation.later(decidedAt, async () => {
        const at = simulation.at(decidedAt);
        await dispositionNonconformance(at, nonconformance.id, 'CONCESSION', 'Within the customer-agreed deviation; engineering signed the permit');
        await closeNonconformance(at, nonconformance.id);
      });
    }
  },
};

/** An inspector's readings of the sample: inside the limits, or, for a failing lot, one unit more defective than the plan accepts. */
function resultsOf(simulation: Simulation<QmsContext>, inspection: Inspection, fails: boolean): CharacteristicResultInput[] {
  const defective = fails ? Array.from({ length: Math.min(inspection.sampleSize, inspection.acceptanceNumber + 1) }, (_, index) => index + 1) : [];
  return inspection.characteristics.map((characteristic) => {
    if (characteristic.kind === 'ATTRIBUTE') return { characteristicId: characteristic.id, nonconformingUnits: defective };
    const low = characteristic.lowerLimit ?? 0;
    const high = characteristic.upperLimit ?? low + 1;
    const values = Array.from({ length: inspection.sampleSize }, () => Math.round((low + (high - low) * (0.2 + simulation.random() * 0.6)) * 1000) / 1000);
    return { characteristicId: characteristic.id, values };
  });
}
