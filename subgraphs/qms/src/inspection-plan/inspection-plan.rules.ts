import { badInput } from '@plexus/errors';
import type { InspectionKind } from '@plexus/events';
import { validateAql } from './sampling.rules.ts';

export const inspectionKinds = ['INCOMING', 'IN_PROCESS', 'FINAL', 'OUTGOING'] as const satisfies readonly InspectionKind[];
export const characteristicKinds = ['MEASURED', 'ATTRIBUTE'] as const;
export type CharacteristicKind = (typeof characteristicKinds)[number];

/**
 * What an inspector checks on each sampled unit: a MEASURED value that must
 * lie within its limits (either may be open), or an ATTRIBUTE the unit has
 * or lacks (a visual defect, a missing label).
 */
export interface Characteristic {
  id: string;
  name: string;
  kind: CharacteristicKind;
  lowerLimit: number | null;
  upperLimit: number | null;
  unit: string | null;
}

export interface CharacteristicInput {
  name: string;
  kind: CharacteristicKind;
  lowerLimit?: number | null;
  upperLimit?: number | null;
  unit?: string | null;
}

export interface InspectionPlanInput {
  itemId: string;
  kind: InspectionKind;
  aql: number;
  characteristics: readonly CharacteristicInput[];
}

export function validateInspectionPlan(input: InspectionPlanInput, newId: () => string): { kind: InspectionKind; aql: number; characteristics: Characteristic[] } {
  if (!inspectionKinds.includes(input.kind)) throw badInput(`Inspection kind must be one of ${inspectionKinds.join(', ')}`, { field: 'kind' });
  validateAql(input.aql);
  if (input.characteristics.length === 0) throw badInput('A plan checks at least one characteristic', { field: 'characteristics' });
  const names = new Set<string>();
  const characteristics = input.characteristics.map((characteristic, index): Characteristic => {
    const at = { characteristic: index + 1 };
    const name = characteristic.name.trim();
    if (!name) throw badInput(`Characteristic ${index + 1}: name must not be empty`, { ...at, field: 'name' });
    if (names.has(name.toLowerCase())) throw badInput(`Characteristic ${index + 1}: ${name} is listed twice`, { ...at, field: 'name' });
    names.add(name.toLowerCase());
    const lowerLimit = characteristic.lowerLimit ?? null;
    const upperLimit = characteristic.upperLimit ?? null;
    const unit = characteristic.unit?.trim() || null;
    if (characteristic.kind === 'ATTRIBUTE') {
      if (lowerLimit !== null || upperLimit !== null || unit !== null) {
        throw badInput(`Characteristic ${index + 1}: an attribute has no limits or unit`, { ...at, field: 'kind' });
      }
      return { id: newId(), name, kind: 'ATTRIBUTE', lowerLimit, upperLimit, unit };
    }
    if (characteristic.kind !== 'MEASURED') throw badInput(`Characteristic ${index + 1}: kind must be MEASURED or ATTRIBUTE`, { ...at, field: 'kind' });
    if (lowerLimit === null && upperLimit === null) throw badInput(`Characteristic ${index + 1}: a measured characteristic needs a lower or upper limit`, { ...at, field: 'lowerLimit' });
    for (const [field, limit] of [['lowerLimit', lowerLimit], ['upperLimit', upperLimit]] as const) {
      if (limit !== null && !Number.isFinite(limit)) throw badInput(`Characteristic ${index + 1}: ${field} must be a finite number`, { ...at, field });
    }
    if (lowerLimit !== null && upperLimit !== null && lowerLimit >= upperLimit) {
      throw badInput(`Characteristic ${index + 1}: the lower limit must be below the upper limit`, { ...at, field: 'upperLimit' });
    }
    if (!unit) throw badInput(`Characteristic ${index + 1}: a measured characteristic needs its unit, e.g. mm`, { ...at, field: 'unit' });
    return { id: newId(), name, kind: 'MEASURED', lowerLimit, upperLimit, unit };
  });
  return { kind: input.kind, aql: input.aql, characteristics };
}

/** Whether a measured value lies within the characteristic's limits (limits included). */
export function withinLimits(characteristic: Pick<Characteristic, 'lowerLimit' | 'upperLimit'>, value: number): boolean {
  return (characteristic.lowerLimit === null || value >= characteristic.lowerLimit) && (characteristic.upperLimit === null || value <= characteristic.upperLimit);
}
