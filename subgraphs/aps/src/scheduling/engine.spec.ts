import { describe, expect, it } from 'vitest';
import { generatePlant } from '../../test/plant-generator.ts';
import { scheduleProduction } from './engine.ts';
import { SchedulingInputError, type SchedulingProblem } from './model.ts';
import { assertFeasible, findViolations } from './schedule-validator.ts';

/** ft06 (Fisher & Thompson 1963), optimum 55. */
const ft06Rows = [
  '2 1 0 3 1 6 3 7 5 3 4 6',
  '1 8 2 5 4 10 5 10 0 10 3 4',
  '2 5 3 4 5 8 0 9 1 1 4 7',
  '1 5 0 5 2 5 3 3 4 8 5 9',
  '2 9 1 3 4 5 5 4 0 3 3 1',
  '1 3 3 3 5 9 0 10 4 4 2 1',
];
const ft06: SchedulingProblem = {
  machines: Array.from({ length: 6 }, (_, machine) => ({ id: `M${machine}` })),
  jobs: ft06Rows.map((row, job) => {
    const numbers = row.split(' ').map(Number);
    return {
      id: `J${job}`,
      operations: Array.from({ length: 6 }, (_, step) => ({ id: `O${step}`, alternatives: [{ machineId: `M${numbers[2 * step]}`, duration: numbers[2 * step + 1]! }] })),
    };
  }),
};

describe('the scheduling engine', () => {
  it('finds the optimum of ft06 and beats the best dispatching rule', () => {
    const result = scheduleProduction(ft06, { iterations: 20_000, seed: 1 });
    assertFeasible(ft06, result.schedule);
    expect(result.schedule.makespan).toBe(55);
    expect(result.baseline.makespan).toBeGreaterThan(55);
    expect(result.schedule.makespanLowerBound).toBeLessThanOrEqual(55);
  });

  it('gives the same schedule for the same seed and input', () => {
    const plant = generatePlant({ operations: 150, machines: 10, seed: 3 });
    const first = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 300, seed: 42 });
    const second = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 300, seed: 42 });
    expect(second.schedule).toEqual(first.schedule);
  });

  it('schedules a plant with alternatives, calendars, setups, material and release times feasibly, and no worse than dispatching', () => {
    const plant = generatePlant({ operations: 300, machines: 15, seed: 11 });
    const result = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 400, seed: 1 });
    expect(findViolations(plant, result.schedule)).toEqual([]);
    expect(result.schedule.weightedTardiness).toBeLessThanOrEqual(result.baseline.weightedTardiness);
  });

  it('keeps frozen operations where they are', () => {
    const frozen: SchedulingProblem = {
      ...ft06,
      jobs: ft06.jobs.map((job, index) =>
        index === 1 ? { ...job, operations: job.operations.map((operation, step) => (step === 0 ? { ...operation, frozen: { machineId: 'M1', start: 3 } } : operation)) } : job,
      ),
    };
    const result = scheduleProduction(frozen, { iterations: 2_000, seed: 1 });
    assertFeasible(frozen, result.schedule);
    expect(result.schedule.operations.find((operation) => operation.jobId === 'J1' && operation.operationId === 'O0')).toMatchObject({ machineId: 'M1', start: 3 });
  });

  it('returns the best schedule so far when interrupted', () => {
    const controller = new AbortController();
    controller.abort();
    const result = scheduleProduction(ft06, { signal: controller.signal, seed: 1 });
    assertFeasible(ft06, result.schedule);
    expect(result.schedule.makespan).toBeLessThanOrEqual(result.baseline.makespan);
  });

  it.each([
    [
      'a precedence cycle',
      { machines: [{ id: 'A' }], jobs: [{ id: 'WO-9', operations: [{ id: 'X', predecessors: ['Y'], alternatives: [{ machineId: 'A', duration: 1 }] }, { id: 'Y', predecessors: ['X'], alternatives: [{ machineId: 'A', duration: 1 }] }] }] },
      { code: 'PRECEDENCE_CYCLE', jobId: 'WO-9' },
    ],
    ['no eligible machine', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [] }] }] }, { code: 'NO_ELIGIBLE_MACHINE', jobId: 'WO-1', operationId: 'X' }],
    ['a negative duration', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: -4 }] }] }] }, { code: 'NEGATIVE_TIME', operationId: 'X' }],
    ['a negative release', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-2', release: -1, operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: 4 }] }] }] }, { code: 'NEGATIVE_TIME', jobId: 'WO-2' }],
    ['an unknown machine', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [{ machineId: 'B', duration: 4 }] }] }] }, { code: 'UNKNOWN_MACHINE', operationId: 'X' }],
  ] as [string, SchedulingProblem, Partial<SchedulingInputError>][])('rejects %s with a typed error naming the job and operation', (_, problem, expected) => {
    expect(() => scheduleProduction(problem, { iterations: 1 })).toThrow(expect.objectContaining({ name: 'SchedulingInputError', ...expected }));
  });
});
