import { compileProblem } from './compiled-problem.ts';
import { dispatch, dispatchingRules, type DispatchingRule } from './dispatching.rules.ts';
import { jobShopTabuSearch } from './job-shop-tabu-search.ts';
import { lowerBounds } from './lower-bound.rules.ts';
import type { Objective, Schedule, SchedulingProblem } from './model.ts';
import { assertWithinCalendars, compareTimings, decode, toSchedule } from './schedule-builder.ts';
import { tabuSearch, type SearchBudget } from './tabu-search.ts';

export interface ScheduleOptions extends SearchBudget {
  objective?: Objective;
}

export interface EngineResult {
  schedule: Schedule;
  /** The best dispatching-rule schedule the search started from. */
  baseline: { rule: DispatchingRule; makespan: number; weightedTardiness: number };
  iterations: number;
}

/**
 * Constructive schedules from every dispatching rule, then tabu search from
 * the best of them. Under an iteration budget the same seed and input always
 * give the same schedule; a time budget, signal or `shouldStop` ends the
 * search where the clock finds it and returns the best schedule so far.
 */
export function scheduleProduction(problem: SchedulingProblem, options: ScheduleOptions = {}): EngineResult {
  const objective = options.objective ?? 'makespan';
  const started = performance.now();
  const compiled = compileProblem(problem);
  const constructed = dispatchingRules.map((rule) => {
    const solution = dispatch(compiled, rule);
    return { rule, solution, timing: decode(compiled, solution)! };
  });
  const start = constructed.reduce((best, candidate) => (compareTimings(objective, candidate.timing, best.timing) < 0 ? candidate : best));
  assertWithinCalendars(compiled, start.timing);
  // The time budget covers the whole call: the search gets what the constructive phase left.
  const timeMs = options.timeMs === undefined ? undefined : Math.max(0, options.timeMs - (performance.now() - started));
  const budget = { ...options, ...(timeMs === undefined ? {} : { timeMs }) };
  const bounds = lowerBounds(compiled);
  const result =
    compiled.classic && objective === 'makespan'
      ? jobShopTabuSearch(compiled, start.solution, budget, bounds.makespan)
      : tabuSearch(compiled, start.solution, objective, budget, bounds);
  return {
    schedule: toSchedule(compiled, result.solution, decode(compiled, result.solution)!),
    baseline: { rule: start.rule, makespan: start.timing.makespan, weightedTardiness: start.timing.weightedTardiness },
    iterations: result.iterations,
  };
}
