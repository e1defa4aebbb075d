import { compileProblem } from './compiled-problem.ts';
import { dispatch, dispatchingRules, type DispatchingRule } from './dispatching.rules.ts';
import type { Objective, Schedule, SchedulingProblem } from './model.ts';
import { compareTimings, decode, makespanLowerBound, toSchedule } from './schedule-builder.ts';
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

/** Constructive schedules from every dispatching rule, then tabu search from the best of them. */
export function scheduleProduction(problem: SchedulingProblem, options: ScheduleOptions = {}): EngineResult {
  const objective = options.objective ?? 'makespan';
  const started = performance.now();
  const compiled = compileProblem(problem);
  const constructed = dispatchingRules.map((rule) => {
    const solution = dispatch(compiled, rule);
    return { rule, solution, timing: decode(compiled, solution)! };
  });
  const start = constructed.reduce((best, candidate) => (compareTimings(objective, candidate.timing, best.timing) < 0 ? candidate : best));
  const target = objective === 'makespan' ? makespanLowerBound(compiled) : 0;
  // The time budget covers the whole call: the search gets what the constructive phase left.
  const timeMs = options.timeMs === undefined ? undefined : Math.max(0, options.timeMs - (performance.now() - started));
  const result = tabuSearch(compiled, start.solution, objective, { ...options, ...(timeMs === undefined ? {} : { timeMs }) }, target);
  return {
    schedule: toSchedule(compiled, result.solution, result.timing),
    baseline: { rule: start.rule, makespan: start.timing.makespan, weightedTardiness: start.timing.weightedTardiness },
    iterations: result.iterations,
  };
}
