import { describe, expect, it } from 'vitest';
import { generatePlant, rushOrderFor } from '../../test/plant-generator.ts';
import { scheduleProduction } from './engine.ts';
import type { Job } from './model.ts';
import { evaluateRushOrder, insertRushOrder } from './rush-order.ts';
import { assertFeasible } from './schedule-validator.ts';

describe('rush-order insertion', () => {
  const plant = generatePlant({ operations: 200, machines: 10, seed: 5 });
  const committed = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 200, seed: 1 }).schedule;
  const rush: Job = { id: 'RUSH', due: 2 * 1440, weight: 10, operations: plant.jobs[0]!.operations.map((operation, index) => ({ ...operation, id: `R${index}` })) };
  const now = 8 * 60;
  const horizon = 4 * 60;
  const { schedule, impact } = insertRushOrder(plant, committed, rush, { now, frozenHorizon: horizon });

  it('returns a feasible plan that contains the rush job', () => {
    assertFeasible({ ...plant, jobs: [...plant.jobs, rush] }, schedule);
    expect(schedule.operations.filter((operation) => operation.jobId === 'RUSH')).toHaveLength(rush.operations.length);
  });

  it('leaves every operation starting inside the frozen horizon where it was', () => {
    const after = new Map(schedule.operations.map((operation) => [`${operation.jobId}/${operation.operationId}`, operation]));
    for (const operation of committed.operations.filter((candidate) => candidate.start < now + horizon)) {
      expect(after.get(`${operation.jobId}/${operation.operationId}`)).toMatchObject({ machineId: operation.machineId, start: operation.start });
    }
  });

  it('starts the rush job no earlier than now and reports its completion and the jobs it delays', () => {
    const rushOperations = schedule.operations.filter((operation) => operation.jobId === 'RUSH');
    expect(Math.min(...rushOperations.map((operation) => operation.start))).toBeGreaterThanOrEqual(now);
    expect(impact.rushCompletion).toBe(Math.max(...rushOperations.map((operation) => operation.end)));
    const before = new Map<string, number>();
    for (const operation of committed.operations) before.set(operation.jobId, Math.max(before.get(operation.jobId) ?? 0, operation.end));
    for (const delayed of impact.delayed) expect(delayed.completion - before.get(delayed.jobId)!).toBe(delayed.by);
    for (const jobId of impact.newlyLate) expect(impact.delayed.map((job) => job.jobId)).toContain(jobId);
  });

  it('reports an earliest feasible completion no later than the planned one and no earlier than the rush work itself allows', () => {
    const work = rush.operations.reduce((sum, operation) => sum + Math.min(...operation.alternatives.map((alternative) => alternative.duration)), 0);
    expect(impact.rushEarliestCompletion).toBeLessThanOrEqual(impact.rushCompletion);
    expect(impact.rushEarliestCompletion).toBeGreaterThanOrEqual(now + work);
  });

  it('keeps the untouched part of the plan in its committed machine order', () => {
    const machineOrder = (operations: typeof schedule.operations) => {
      const byMachine = new Map<string, string[]>();
      for (const operation of [...operations].sort((a, b) => a.start - b.start)) {
        if (operation.jobId !== 'RUSH') byMachine.set(operation.machineId, [...(byMachine.get(operation.machineId) ?? []), `${operation.jobId}/${operation.operationId}`]);
      }
      return byMachine;
    };
    expect(machineOrder(schedule.operations)).toEqual(machineOrder(committed.operations));
  });

  it('evaluates without changing anything: the same impact as inserting, the inputs untouched', () => {
    const before = JSON.stringify({ plant, committed, rush });
    expect(evaluateRushOrder(plant, committed, rush, { now, frozenHorizon: horizon })).toEqual(impact);
    expect(JSON.stringify({ plant, committed, rush })).toBe(before);
  });
});

describe('rush at any cost, on the benchmark plant and rush order', () => {
  const plant = generatePlant({ operations: 2000, machines: 50, seed: 7 });
  const committed = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 30, seed: 1 }).schedule;
  const now = 2 * 1440 + 6 * 60;
  const rush = rushOrderFor(plant, now);
  const options = { now, frozenHorizon: 8 * 60 };
  const leastDisruption = insertRushOrder(plant, committed, rush, options);
  const atAnyCost = insertRushOrder(plant, committed, rush, { ...options, mode: 'rushAtAnyCost' });

  it('finishes the rush job at its earliest feasible completion, before its due date, where least disruption lets it finish late', () => {
    assertFeasible({ ...plant, jobs: [...plant.jobs, rush] }, atAnyCost.schedule);
    expect(atAnyCost.impact.rushEarliestCompletion).toBeLessThan(rush.due!);
    expect(atAnyCost.impact.rushCompletion).toBe(atAnyCost.impact.rushEarliestCompletion);
    expect(atAnyCost.impact.rushOnTime).toBe(true);
    expect(leastDisruption.impact.rushCompletion).toBeGreaterThan(atAnyCost.impact.rushCompletion);
  });

  it('keeps the frozen horizon and reports what the rush costs the rest', () => {
    const after = new Map(atAnyCost.schedule.operations.map((operation) => [`${operation.jobId}/${operation.operationId}`, operation]));
    for (const operation of committed.operations.filter((candidate) => candidate.start < now + options.frozenHorizon)) {
      expect(after.get(`${operation.jobId}/${operation.operationId}`)).toMatchObject({ machineId: operation.machineId, start: operation.start });
    }
    expect(atAnyCost.schedule.weightedTardiness).toBeGreaterThanOrEqual(leastDisruption.schedule.weightedTardiness);
    expect(atAnyCost.impact.delayed.length).toBeGreaterThan(0);
  });
});
