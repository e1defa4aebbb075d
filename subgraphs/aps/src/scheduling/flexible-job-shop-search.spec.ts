import { describe, expect, it } from 'vitest';
import { parseFlexibleJobShop } from '../../test/benchmark-instances.ts';
import { mk01 } from '../../test/mk01.ts';
import { compileProblem } from './compiled-problem.ts';
import { dispatch } from './dispatching.rules.ts';
import { scheduleProduction } from './engine.ts';
import { flexibleJobShopSearch } from './flexible-job-shop-search.ts';
import { decode } from './schedule-builder.ts';
import { findViolations } from './schedule-validator.ts';

describe('the flexible job-shop search', () => {
  it('takes the flexible path only for shops without setups, calendars or frozen operations', () => {
    expect(compileProblem(mk01).flexibleShop).toBe(true);
    expect(compileProblem({ ...mk01, machines: mk01.machines.map((machine) => ({ ...machine, calendar: [{ start: 0, end: 10_000 }] })) }).flexibleShop).toBe(false);
    const withFamilies = (setupTimes: Record<string, Record<string, number>>) => ({
      ...mk01,
      setupTimes,
      jobs: mk01.jobs.map((job, index) => ({ ...job, operations: job.operations.map((operation) => ({ ...operation, setupFamily: index % 2 ? 'a' : 'b' })) })),
    });
    expect(compileProblem(withFamilies({ a: { b: 5 } })).flexibleShop).toBe(false);
    expect(compileProblem(withFamilies({ a: { b: 0 } })).flexibleShop).toBe(true);
    expect(compileProblem({ ...mk01, jobs: mk01.jobs.map((job, index) => (index ? job : { ...job, operations: job.operations.map((operation, step) => (step ? operation : { ...operation, frozen: { machineId: operation.alternatives[0]!.machineId, start: 0 } })) })) }).flexibleShop).toBe(false);
  });

  it('reaches the optimum of mk01 (40) from dispatching, feasibly, moving operations between machines', () => {
    const result = scheduleProduction(mk01, { iterations: 20_000, seed: 1 });
    expect(findViolations(mk01, result.schedule)).toEqual([]);
    expect(result.schedule.makespan).toBe(40);
    expect(result.baseline.makespan).toBeGreaterThan(40);
    const compiled = compileProblem(mk01);
    const dispatched = dispatch(compiled, result.baseline.rule);
    const machineOf = (jobId: string, operationId: string, schedule = result.schedule) => schedule.operations.find((operation) => operation.jobId === jobId && operation.operationId === operationId)!.machineId;
    const reassigned = compiled.operationId.filter((operationId, operation) => {
      const jobId = compiled.jobId[compiled.jobOf[operation]!]!;
      return compiled.machineId[compiled.alternatives[operation]![dispatched.choice[operation]!]!.machine] !== machineOf(jobId, operationId);
    });
    expect(reassigned.length).toBeGreaterThan(0);
  });

  it('gives the same schedule for the same seed and input under an iteration budget', () => {
    const first = scheduleProduction(mk01, { iterations: 1_500, seed: 9 });
    const second = scheduleProduction(mk01, { iterations: 1_500, seed: 9 });
    expect(findViolations(mk01, first.schedule)).toEqual([]);
    expect(second).toEqual(first);
    expect(first.iterations).toBe(1_500);
  });

  it('reports the makespan a full decode of its best schedule gives, and never worse than its start', () => {
    const problem = compileProblem(mk01);
    for (const seed of [1, 2, 3]) {
      const start = dispatch(problem, 'SPT');
      const result = flexibleJobShopSearch(problem, start, { iterations: 400, seed }, 0);
      expect(decode(problem, result.solution)!.makespan).toBe(result.quality.makespan);
      expect(result.quality.makespan).toBeLessThanOrEqual(decode(problem, start)!.makespan);
    }
  });

  it('honours release times: nothing starts before its job is released', () => {
    const released = { ...mk01, jobs: mk01.jobs.map((job, index) => ({ ...job, release: index * 3 })) };
    const result = scheduleProduction(released, { iterations: 2_000, seed: 1 });
    expect(compileProblem(released).flexibleShop).toBe(true);
    expect(findViolations(released, result.schedule)).toEqual([]);
  });

  it('reads the Brandimarte format: operation count, then per operation its machines and durations', () => {
    const problem = parseFlexibleJobShop('2 3 1.5\n2 2 0 4 2 6 1 1 3\n1 3 0 1 1 2 2 3\n');
    expect(problem.machines.map((machine) => machine.id)).toEqual(['M0', 'M1', 'M2']);
    expect(problem.jobs).toEqual([
      {
        id: 'J0',
        operations: [
          { id: 'O0', alternatives: [{ machineId: 'M0', duration: 4 }, { machineId: 'M2', duration: 6 }] },
          { id: 'O1', alternatives: [{ machineId: 'M1', duration: 3 }] },
        ],
      },
      { id: 'J1', operations: [{ id: 'O0', alternatives: [{ machineId: 'M0', duration: 1 }, { machineId: 'M1', duration: 2 }, { machineId: 'M2', duration: 3 }] }] },
    ]);
  });
});
