import { badInput, conflict } from '@plexus/errors';
import { withinLimits, type Characteristic } from '../inspection-plan/inspection-plan.rules.ts';
import { lotAccepted } from '../inspection-plan/sampling.rules.ts';

export const inspectionStatuses = ['PENDING', 'PASSED', 'FAILED'] as const;
export type InspectionStatus = (typeof inspectionStatuses)[number];

/** What the inspector reports for one characteristic over the sample. */
export interface CharacteristicResultInput {
  characteristicId: string;
  /** MEASURED: one value per sampled unit, in sample order. */
  values?: readonly number[] | null;
  /** ATTRIBUTE: the sampled units (numbered 1 to the sample size) found with the defect. */
  nonconformingUnits?: readonly number[] | null;
}

export interface CharacteristicResult {
  characteristicId: string;
  values: number[] | null;
  /** Sampled units (1-based) that fail this characteristic. */
  nonconformingUnits: number[];
}

export interface Evaluation {
  results: CharacteristicResult[];
  /** Sampled units failing at least one characteristic: ISO 2859-1 counts nonconforming items, not nonconformities. */
  nonconformingUnits: number;
  passed: boolean;
}

/**
 * Checks the results against the characteristics inspected (one result per
 * characteristic, of its kind, over exactly the sample) and decides the lot
 * by the plan's acceptance number.
 */
export function evaluateInspection(
  inspection: { status: InspectionStatus; number: string; sampleSize: number; acceptanceNumber: number; characteristics: readonly Characteristic[] },
  input: readonly CharacteristicResultInput[],
): Evaluation {
  if (inspection.status !== 'PENDING') throw conflict(`Inspection ${inspection.number} is already ${inspection.status}`, { status: inspection.status });
  const byId = new Map(inspection.characteristics.map((characteristic) => [characteristic.id, characteristic]));
  const seen = new Set<string>();
  const results = input.map((result, index): CharacteristicResult => {
    const at = { result: index + 1, characteristicId: result.characteristicId };
    const characteristic = byId.get(result.characteristicId);
    if (!characteristic) throw badInput(`Result ${index + 1}: ${result.characteristicId} is not a characteristic of this inspection`, { ...at, field: 'characteristicId' });
    if (seen.has(characteristic.id)) throw badInput(`Result ${index + 1}: ${characteristic.name} is reported twice`, { ...at, field: 'characteristicId' });
    seen.add(characteristic.id);
    if (characteristic.kind === 'MEASURED') {
      if (result.nonconformingUnits != null || result.values == null) {
        throw badInput(`Result ${index + 1}: ${characteristic.name} is measured: report one value per sampled unit`, { ...at, field: 'values' });
      }
      if (result.values.length !== inspection.sampleSize) {
        throw badInput(`Result ${index + 1}: ${characteristic.name} needs ${inspection.sampleSize} values, one per sampled unit; got ${result.values.length}`, { ...at, field: 'values' });
      }
      const badValue = result.values.findIndex((value) => !Number.isFinite(value));
      if (badValue >= 0) throw badInput(`Result ${index + 1}: value ${badValue + 1} of ${characteristic.name} is not a number`, { ...at, field: 'values' });
      const values = [...result.values];
      return { characteristicId: characteristic.id, values, nonconformingUnits: values.flatMap((value, unit) => (withinLimits(characteristic, value) ? [] : [unit + 1])) };
    }
    if (result.values != null || result.nonconformingUnits == null) {
      throw badInput(`Result ${index + 1}: ${characteristic.name} is an attribute: report the nonconforming units`, { ...at, field: 'nonconformingUnits' });
    }
    const units = new Set<number>();
    for (const unit of result.nonconformingUnits) {
      if (!Number.isInteger(unit) || unit < 1 || unit > inspection.sampleSize) {
        throw badInput(`Result ${index + 1}: unit ${unit} is not in the sample of ${inspection.sampleSize}`, { ...at, field: 'nonconformingUnits' });
      }
      if (units.has(unit)) throw badInput(`Result ${index + 1}: unit ${unit} is listed twice`, { ...at, field: 'nonconformingUnits' });
      units.add(unit);
    }
    return { characteristicId: characteristic.id, values: null, nonconformingUnits: [...units].sort((a, b) => a - b) };
  });
  const missing = inspection.characteristics.find((characteristic) => !seen.has(characteristic.id));
  if (missing) throw badInput(`${missing.name} has no result`, { characteristicId: missing.id, field: 'results' });
  const nonconformingUnits = new Set(results.flatMap((result) => result.nonconformingUnits)).size;
  return { results, nonconformingUnits, passed: lotAccepted(inspection, nonconformingUnits) };
}
