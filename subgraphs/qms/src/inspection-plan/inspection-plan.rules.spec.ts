import { describe, expect, it } from 'vitest';
import { validateInspectionPlan, withinLimits } from './inspection-plan.rules.ts';

let sequence = 0;
const id = () => `c${(sequence += 1)}`;

describe('an inspection plan', () => {
  it('keeps measured characteristics with limits and unit, and attributes without', () => {
    const plan = validateInspectionPlan(
      { itemId: 'i', kind: 'INCOMING', aql: 1, characteristics: [{ name: ' Bore ', kind: 'MEASURED', lowerLimit: 20, upperLimit: 20.05, unit: 'mm' }, { name: 'Burrs', kind: 'ATTRIBUTE' }] },
      id,
    );
    expect(plan.characteristics.map(({ id: _, ...characteristic }) => characteristic)).toEqual([
      { name: 'Bore', kind: 'MEASURED', lowerLimit: 20, upperLimit: 20.05, unit: 'mm' },
      { name: 'Burrs', kind: 'ATTRIBUTE', lowerLimit: null, upperLimit: null, unit: null },
    ]);
  });

  it.each([
    ['an AQL off the standard’s list', { aql: 3 }, 'aql'],
    ['a characteristic named twice', { characteristics: [{ name: 'Burrs', kind: 'ATTRIBUTE' }, { name: 'burrs', kind: 'ATTRIBUTE' }] }, 'name'],
    ['a measured characteristic without a unit', { characteristics: [{ name: 'Bore', kind: 'MEASURED', lowerLimit: 1 }] }, 'unit'],
    ['an unknown kind of inspection', { kind: 'RANDOM' }, 'kind'],
  ])('refuses %s', (_, overrides, field) => {
    expect(() => validateInspectionPlan({ itemId: 'i', kind: 'FINAL', aql: 1, characteristics: [{ name: 'Burrs', kind: 'ATTRIBUTE' }], ...(overrides as object) }, id)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }),
    );
  });

  it('admits values on an open-ended side', () => {
    expect(withinLimits({ lowerLimit: 40, upperLimit: null }, 1e6)).toBe(true);
    expect(withinLimits({ lowerLimit: null, upperLimit: 0.5 }, 0.51)).toBe(false);
  });
});
