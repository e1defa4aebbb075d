import { describe, expect, it } from 'vitest';
import type { Characteristic } from '../inspection-plan/inspection-plan.rules.ts';
import { evaluateInspection } from './inspection.rules.ts';

const diameter: Characteristic = { id: 'd', name: 'Diameter', kind: 'MEASURED', lowerLimit: 9.9, upperLimit: 10.1, unit: 'mm' };
const hardness: Characteristic = { id: 'h', name: 'Hardness', kind: 'MEASURED', lowerLimit: 40, upperLimit: null, unit: 'HRC' };
const label: Characteristic = { id: 'l', name: 'Label', kind: 'ATTRIBUTE', lowerLimit: null, upperLimit: null, unit: null };
const pending = { status: 'PENDING' as const, number: 'INS-1', sampleSize: 5, acceptanceNumber: 1, characteristics: [diameter, hardness, label] };

const ok = [
  { characteristicId: 'd', values: [10, 10.1, 9.9, 10, 10] },
  { characteristicId: 'h', values: [40, 41, 55, 60, 42] },
  { characteristicId: 'l', nonconformingUnits: [] },
];
const replace = (id: string, result: Record<string, unknown>) => ok.map((candidate) => (candidate.characteristicId === id ? { characteristicId: id, ...result } : candidate));

describe('evaluating an inspection', () => {
  it('accepts values on the limits and passes with no nonconforming unit', () => {
    expect(evaluateInspection(pending, ok)).toMatchObject({ nonconformingUnits: 0, passed: true });
  });

  it('counts a unit failing several characteristics once, and decides by the acceptance number', () => {
    const oneUnit = evaluateInspection(pending, [...replace('d', { values: [10, 10.2, 10, 10, 10] }).slice(0, 2), { characteristicId: 'l', nonconformingUnits: [2] }]);
    expect(oneUnit).toMatchObject({ nonconformingUnits: 1, passed: true });
    expect(oneUnit.results.map((result) => result.nonconformingUnits)).toEqual([[2], [], [2]]);
    const twoUnits = evaluateInspection(pending, replace('h', { values: [39.9, 41, 55, 60, 12] }));
    expect(twoUnits).toMatchObject({ nonconformingUnits: 2, passed: false });
  });

  it.each([
    ['a measured characteristic reported as units', () => replace('d', { nonconformingUnits: [1] }), 'values'],
    ['an attribute reported as values', () => replace('l', { values: [1, 1, 1, 1, 1] }), 'nonconformingUnits'],
    ['too few values', () => replace('d', { values: [10] }), 'values'],
    ['a value that is not a number', () => replace('d', { values: [10, 10, Number.NaN, 10, 10] }), 'values'],
    ['a unit outside the sample', () => replace('l', { nonconformingUnits: [6] }), 'nonconformingUnits'],
    ['unit 0', () => replace('l', { nonconformingUnits: [0] }), 'nonconformingUnits'],
    ['a unit twice', () => replace('l', { nonconformingUnits: [1, 1] }), 'nonconformingUnits'],
    ['an unknown characteristic', () => [...ok, { characteristicId: 'x', nonconformingUnits: [] }], 'characteristicId'],
    ['a characteristic twice', () => [...ok, ok[2]!], 'characteristicId'],
    ['a characteristic missing', () => ok.slice(1), 'results'],
  ])('refuses %s as bad input', (_, results, field) => {
    expect(() => evaluateInspection(pending, results())).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }));
  });

  it('refuses an inspection already decided as a conflict', () => {
    expect(() => evaluateInspection({ ...pending, status: 'PASSED' }, ok)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
