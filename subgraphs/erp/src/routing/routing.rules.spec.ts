import { describe, expect, it } from 'vitest';
import { validateRouting } from './routing.rules.ts';

const center = '01930000-0000-7000-8000-000000000001';
const machineA = '01930000-0000-7000-8000-00000000000a';
const machineB = '01930000-0000-7000-8000-00000000000b';
const step = (sequence: number, extra: Record<string, unknown> = {}) => ({ sequence, workCenterId: center, setupMinutes: 30, runSecondsPerUnit: 45, machineIds: [machineA, machineB], ...extra });

describe('routing rules', () => {
  it('orders steps by sequence and keeps the preferred machine first', () => {
    const steps = validateRouting([step(20), step(10, { machineIds: [machineB, machineA] })]);
    expect(steps.map((s) => s.sequence)).toEqual([10, 20]);
    expect(steps[0]!.machineIds).toEqual([machineB, machineA]);
  });

  it('refuses an empty routing, repeated sequences and non-positive run times', () => {
    expect(() => validateRouting([])).toThrow(/at least one step/);
    expect(() => validateRouting([step(10), step(10)])).toThrow(/sequence 10 is used twice/);
    expect(() => validateRouting([step(10, { runSecondsPerUnit: 0 })])).toThrow(/greater than 0/);
    expect(() => validateRouting([step(10, { setupMinutes: -1 })])).toThrow(/0 or more/);
  });

  it('refuses a step without machines or naming one twice', () => {
    expect(() => validateRouting([step(10, { machineIds: [] })])).toThrow(/at least one machine/);
    expect(() => validateRouting([step(10, { machineIds: [machineA, machineA.toUpperCase()] })])).toThrow(/named twice/);
    expect(() => validateRouting([step(10, { machineIds: ['m-1'] })])).toThrow(/malformed/);
  });
});
