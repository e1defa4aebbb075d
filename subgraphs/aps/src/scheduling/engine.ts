import { compileProblem } from './compiled-problem.ts';
import { dispatch, dispatchingRules, type DispatchingRule } from './dispatching.rules.ts';
import { lowerBounds } from './lower-bound.rules.ts';
import { SchedulingInputError, type Objective, type Schedule, type SchedulingProblem } from './model.ts';
import { compareTimings, decode, toSchedule, type Timing } from './schedule-builder.ts';
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
  assertWithinCalendars(compiled.operationId, compiled.jobId, compiled.jobOf, start.timing);
  // The time budget covers the whole call: the search gets what the constructive phase left.
  const timeMs = options.timeMs === undefined ? undefined : Math.max(0, options.timeMs - (performance.now() - started));
  const result = tabuSearch(compiled, start.solution, objective, { ...options, ...(timeMs === undefined ? {} : { timeMs }) }, lowerBounds(compiled));
  return {
    schedule: toSchedule(compiled, result.solution, decode(compiled, result.solution)!),
    baseline: { rule: start.rule, makespan: start.timing.makespan, weightedTardiness: start.timing.weightedTardiness },
    iterations: result.iterations,
  };
}

/** Calendars are finite: a plan that needs time past their end is a planning-horizon problem the planner must see. */
function assertWithinCalendars(operationId: string[], jobId: string[], jobOf: Int32Array, timing: Timing): void {
  const operation = timing.end.findIndex((end) => !Number.isFinite(end));
  if (operation < 0) return;
  const at = { jobId: jobId[jobOf[operation]!]!, operationId: operationId[operation]! };
  throw new SchedulingInputError('BEYOND_CALENDAR', `Job ${at.jobId}, operation ${at.operationId}: no calendar window left to run it; extend the machine calendars`, at);
}
