import { describe, expect, it } from 'vitest';
import { ft06 } from '../../test/ft06.ts';
import { generatePlant } from '../../test/plant-generator.ts';
import { compileProblem } from './compiled-problem.ts';
import { dispatch } from './dispatching.rules.ts';
import { jobShopTabuSearch } from './job-shop-tabu-search.ts';
import { lowerBounds } from './lower-bound.rules.ts';
import { decode } from './schedule-builder.ts';
import { tabuSearch } from './tabu-search.ts';

describe('the tabu searches', () => {
  it('report the quality a full decode of their best schedule gives, on a plant', () => {
    const problem = compileProblem(generatePlant({ operations: 250, machines: 12, seed: 17 }));
    for (const objective of ['makespan', 'weightedTardiness', 'tardinessThenMakespan'] as const) {
      const result = tabuSearch(problem, dispatch(problem, 'ATC'), objective, { iterations: 200, seed: 3 }, lowerBounds(problem));
      const full = decode(problem, result.solution)!;
      expect({ makespan: full.makespan, weightedTardiness: full.weightedTardiness }).toEqual(result.quality);
    }
  });

  it('report the quality a full decode of their best schedule gives, on the job shop', () => {
    const problem = compileProblem(ft06);
    const result = jobShopTabuSearch(problem, dispatch(problem, 'SPT'), { iterations: 300, seed: 3 }, 0);
    expect(decode(problem, result.solution)!.makespan).toBe(result.quality.makespan);
    expect(result.iterations).toBe(300);
  });

  it('stop as soon as the lower bound is reached, since nothing can beat it', () => {
    const problem = compileProblem(ft06);
    const result = jobShopTabuSearch(problem, dispatch(problem, 'SPT'), { iterations: 100_000, seed: 1 }, 60);
    expect(result.quality.makespan).toBeLessThanOrEqual(60);
    expect(result.iterations).toBeLessThan(100_000);
  });

  it('never return worse than their start, whatever the seed', () => {
    const problem = compileProblem(generatePlant({ operations: 200, machines: 10, seed: 2 }));
    const start = dispatch(problem, 'ATC');
    const startQuality = decode(problem, start)!;
    const outcomes = [1, 2, 3].map((seed) => tabuSearch(problem, start, 'weightedTardiness', { iterations: 150, seed }, lowerBounds(problem)).quality.weightedTardiness);
    for (const outcome of outcomes) expect(outcome).toBeLessThanOrEqual(startQuality.weightedTardiness);
  });

  it('hear a stop between the moves of an iteration, not only between iterations, and keep the best schedule so far', () => {
    const plant = generatePlant({ operations: 600, machines: 20, seed: 21 });
    const problem = compileProblem(plant);
    let asked = 0;
    const result = tabuSearch(problem, dispatch(problem, 'ATC'), 'weightedTardiness', { iterations: 1_000, seed: 1, shouldStop: () => ++asked >= 6 }, lowerBounds(problem));
    expect(asked).toBe(6);
    expect(result.iterations).toBeLessThan(5);
    expect(decode(problem, result.solution)!.weightedTardiness).toBe(result.quality.weightedTardiness);
  });
});

