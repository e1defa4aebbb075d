import { describe, expect, it } from 'vitest';
import { ft06 } from '../../test/ft06.ts';
import { generatePlant } from '../../test/plant-generator.ts';
import { scheduleProduction } from './engine.ts';
import { SchedulingInputError, type SchedulingProblem } from './model.ts';
import { findViolations } from './schedule-validator.ts';

describe('the scheduling engine', () => {
  it('finds the optimum of ft06 and beats the best dispatching rule', () => {
    const result = scheduleProduction(ft06, { iterations: 20_000, seed: 1 });
    expect(findViolations(ft06, result.schedule)).toEqual([]);
    expect(result.schedule.makespan).toBe(55);
    expect(result.baseline.makespan).toBeGreaterThan(55);
    expect(result.schedule.makespanLowerBound).toBeLessThanOrEqual(55);
  });

  it('gives the same job-shop schedule for the same seed and input', () => {
    const first = scheduleProduction(ft06, { iterations: 400, seed: 7 });
    const second = scheduleProduction(ft06, { iterations: 400, seed: 7 });
    expect(findViolations(ft06, first.schedule)).toEqual([]);
    expect(second).toEqual(first);
  });

  it('gives the same plant schedule for the same seed and input', () => {
    const plant = generatePlant({ operations: 150, machines: 10, seed: 3 });
    const first = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 300, seed: 42 });
    const second = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 300, seed: 42 });
    expect(findViolations(plant, first.schedule)).toEqual([]);
    expect(second).toEqual(first);
  });

  it('schedules a plant with alternatives, calendars, setups, material and release times feasibly, and beats dispatching on weighted tardiness', () => {
    const plant = generatePlant({ operations: 300, machines: 15, seed: 11 });
    const result = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 400, seed: 1 });
    expect(findViolations(plant, result.schedule)).toEqual([]);
    expect(result.baseline.weightedTardiness).toBeGreaterThan(0);
    expect(result.schedule.weightedTardiness).toBeLessThan(result.baseline.weightedTardiness);
    expect(result.schedule.weightedTardinessLowerBound).toBeLessThanOrEqual(result.schedule.weightedTardiness);
  });

  it('minimises makespan on a plant too, feasibly and no worse than dispatching', () => {
    const plant = generatePlant({ operations: 200, machines: 10, seed: 4 });
    const result = scheduleProduction(plant, { objective: 'makespan', iterations: 300, seed: 1 });
    expect(findViolations(plant, result.schedule)).toEqual([]);
    expect(result.schedule.makespan).toBeLessThanOrEqual(result.baseline.makespan);
  });

  it('goes on to shorten the makespan once nothing is late under the lexicographic objective', () => {
    const relaxed: SchedulingProblem = { ...ft06, jobs: ft06.jobs.map((job) => ({ ...job, due: 1_000 })) };
    const result = scheduleProduction(relaxed, { objective: 'tardinessThenMakespan', iterations: 20_000, seed: 1 });
    expect(findViolations(relaxed, result.schedule)).toEqual([]);
    expect(result.schedule.weightedTardiness).toBe(0);
    expect(result.schedule.makespan).toBe(55);
  });

  it('keeps frozen operations where they are', () => {
    const frozen: SchedulingProblem = {
      ...ft06,
      jobs: ft06.jobs.map((job, index) =>
        index === 1 ? { ...job, operations: job.operations.map((operation, step) => (step === 0 ? { ...operation, frozen: { machineId: 'M1', start: 3 } } : operation)) } : job,
      ),
    };
    const result = scheduleProduction(frozen, { iterations: 2_000, seed: 1 });
    expect(findViolations(frozen, result.schedule)).toEqual([]);
    expect(result.schedule.operations.find((operation) => operation.jobId === 'J1' && operation.operationId === 'O0')).toMatchObject({ machineId: 'M1', start: 3 });
  });

  it('returns the best schedule so far when an abort signal interrupts it', () => {
    const controller = new AbortController();
    controller.abort();
    const result = scheduleProduction(ft06, { signal: controller.signal, seed: 1 });
    expect(findViolations(ft06, result.schedule)).toEqual([]);
    expect(result.iterations).toBe(0);
    expect(result.schedule.makespan).toBe(result.baseline.makespan);
  });

  it('tunes no look-ahead once the signal is given: on lateness, an aborted call returns the best rule\'s schedule', () => {
    const plant = generatePlant({ operations: 400, machines: 20, seed: 3 });
    const tuned = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 0, seed: 1 });
    expect(tuned.schedule.weightedTardiness).toBeLessThan(tuned.baseline.weightedTardiness);
    const controller = new AbortController();
    controller.abort();
    const result = scheduleProduction(plant, { objective: 'tardinessThenMakespan', signal: controller.signal, seed: 1 });
    expect(findViolations(plant, result.schedule)).toEqual([]);
    expect(result.iterations).toBe(0);
    expect(result.schedule.weightedTardiness).toBe(result.baseline.weightedTardiness);
  });

  it.each([
    ['the job shop', ft06, 'makespan'],
    ['a plant', generatePlant({ operations: 200, machines: 10, seed: 8 }), 'tardinessThenMakespan'],
  ] as const)('stops when shouldStop says so on %s, with the best schedule so far', (_, problem, objective) => {
    const seen: number[] = [];
    const result = scheduleProduction(problem, {
      objective,
      seed: 1,
      shouldStop: ({ iteration, best }) => {
        seen.push(objective === 'makespan' ? best.makespan : best.weightedTardiness);
        return iteration >= 25;
      },
    });
    expect(findViolations(problem, result.schedule)).toEqual([]);
    expect(result.iterations).toBe(25);
    expect(seen.every((value, index) => index === 0 || value <= seen[index - 1]!)).toBe(true);
    expect(objective === 'makespan' ? result.schedule.makespan : result.schedule.weightedTardiness).toBe(seen.at(-1));
  });

  it.each([
    [
      'a precedence cycle',
      { machines: [{ id: 'A' }], jobs: [{ id: 'WO-9', operations: [{ id: 'X', predecessors: ['Y'], alternatives: [{ machineId: 'A', duration: 1 }] }, { id: 'Y', predecessors: ['X'], alternatives: [{ machineId: 'A', duration: 1 }] }] }] },
      { code: 'PRECEDENCE_CYCLE', jobId: 'WO-9' },
    ],
    ['no eligible machine', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [] }] }] }, { code: 'NO_ELIGIBLE_MACHINE', jobId: 'WO-1', operationId: 'X' }],
    ['a negative duration', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: -4 }] }] }] }, { code: 'NEGATIVE_TIME', jobId: 'WO-1', operationId: 'X' }],
    ['a negative release', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-2', release: -1, operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: 4 }] }] }] }, { code: 'NEGATIVE_TIME', jobId: 'WO-2' }],
    [
      'a negative material time',
      { machines: [{ id: 'A' }], jobs: [{ id: 'WO-2', operations: [{ id: 'X', materialReadyAt: -5, alternatives: [{ machineId: 'A', duration: 4 }] }] }] },
      { code: 'NEGATIVE_TIME', jobId: 'WO-2', operationId: 'X' },
    ],
    ['a negative setup time', { machines: [{ id: 'A' }], setupTimes: { red: { blue: -1 } }, jobs: [{ id: 'WO-2', operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: 4 }] }] }] }, { code: 'NEGATIVE_TIME' }],
    ['an unknown machine', { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [{ machineId: 'B', duration: 4 }] }] }] }, { code: 'UNKNOWN_MACHINE', jobId: 'WO-1', operationId: 'X' }],
    [
      'an unknown predecessor',
      { machines: [{ id: 'A' }], jobs: [{ id: 'WO-3', operations: [{ id: 'X', predecessors: ['GHOST'], alternatives: [{ machineId: 'A', duration: 4 }] }] }] },
      { code: 'UNKNOWN_PREDECESSOR', jobId: 'WO-3', operationId: 'X' },
    ],
    [
      'an operation longer than every shift of its machines',
      { machines: [{ id: 'A', calendar: [{ start: 0, end: 480 }] }], jobs: [{ id: 'WO-4', operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: 500 }] }] }] },
      { code: 'DOES_NOT_FIT_CALENDAR', jobId: 'WO-4', operationId: 'X' },
    ],
    [
      'a frozen operation in a calendar gap',
      { machines: [{ id: 'A', calendar: [{ start: 0, end: 480 }, { start: 600, end: 900 }] }], jobs: [{ id: 'WO-5', operations: [{ id: 'X', frozen: { machineId: 'A', start: 500 }, alternatives: [{ machineId: 'A', duration: 50 }] }] }] },
      { code: 'FROZEN_OUTSIDE_CALENDAR', jobId: 'WO-5', operationId: 'X' },
    ],
    [
      'work that outruns the calendars',
      { machines: [{ id: 'A', calendar: [{ start: 0, end: 100 }] }], jobs: [{ id: 'WO-6', operations: [{ id: 'X', alternatives: [{ machineId: 'A', duration: 60 }] }, { id: 'Y', alternatives: [{ machineId: 'A', duration: 60 }] }] }] },
      { code: 'BEYOND_CALENDAR', jobId: 'WO-6', operationId: 'Y' },
    ],
  ] as [string, SchedulingProblem, Partial<SchedulingInputError>][])('rejects %s with a typed error naming the culprit', (_, problem, expected) => {
    expect(() => scheduleProduction(problem, { iterations: 1 })).toThrow(expect.objectContaining({ name: 'SchedulingInputError', ...expected }));
  });
});
