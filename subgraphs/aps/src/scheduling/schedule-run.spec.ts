import { describe, expect, it } from 'vitest';
import { generatePlant } from '../../test/plant-generator.ts';
import { SchedulingInputError, type SchedulingProblem } from './model.ts';
import { startScheduleRun, type RunProgress } from './schedule-run.ts';
import { findViolations } from './schedule-validator.ts';

/** Resolves once `condition` holds, checking on every turn of this thread's event loop: it must keep turning for that. */
const until = (condition: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (condition() ? resolve() : setImmediate(check));
    check();
  });

describe('a schedule run in a worker thread', () => {
  const plant = generatePlant({ operations: 400, machines: 20, seed: 13 });

  it('reports progress while it searches, keeps this thread responsive, and when cancelled returns the best valid schedule so far', async () => {
    const seen: RunProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    const run = startScheduleRun(plant, { objective: 'tardinessThenMakespan', timeMs: 120_000, seed: 1, progressIntervalMs: 20, onProgress: (progress) => seen.push(progress) });
    await until(() => seen.length >= 3 && seen.at(-1)!.iteration > 0);
    run.cancel();
    const result = await run.result;
    clearInterval(timer);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(findViolations(plant, result.schedule)).toEqual([]);
    expect(result.iterations).toBeGreaterThanOrEqual(seen.at(-1)!.iteration);
    expect(result.schedule.weightedTardiness).toBeLessThanOrEqual(seen.at(-1)!.best.weightedTardiness);
    expect(seen.map((progress) => progress.elapsedMs)).toEqual([...seen.map((progress) => progress.elapsedMs)].sort((a, b) => a - b));
    expect(ticks).toBeGreaterThan(3);
  });

  it('stops when the caller aborts its signal mid-search', async () => {
    const controller = new AbortController();
    let progressed = 0;
    const run = startScheduleRun(plant, { objective: 'weightedTardiness', timeMs: 120_000, seed: 2, signal: controller.signal, progressIntervalMs: 10, onProgress: () => (progressed += 1) });
    await until(() => progressed >= 2);
    controller.abort();
    const result = await run.result;
    expect(findViolations(plant, result.schedule)).toEqual([]);
    expect(result.schedule.weightedTardiness).toBeLessThanOrEqual(result.baseline.weightedTardiness);
  });

  it('gives the schedule the engine gives in-thread under an iteration budget', async () => {
    const { scheduleProduction } = await import('./engine.ts');
    const inThread = scheduleProduction(plant, { objective: 'tardinessThenMakespan', iterations: 60, seed: 4 });
    const inWorker = await startScheduleRun(plant, { objective: 'tardinessThenMakespan', iterations: 60, seed: 4 }).result;
    expect(inWorker).toEqual(inThread);
  });

  it('rejects bad input with the engine’s coded error', async () => {
    const problem: SchedulingProblem = { machines: [{ id: 'A' }], jobs: [{ id: 'WO-1', operations: [{ id: 'X', alternatives: [{ machineId: 'B', duration: 4 }] }] }] };
    const failure = await startScheduleRun(problem).result.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SchedulingInputError);
    expect(failure).toMatchObject({ code: 'UNKNOWN_MACHINE', jobId: 'WO-1', operationId: 'X' });
  });
});
