import { fitInCalendar } from './calendar.rules.ts';
import type { CompiledProblem } from './compiled-problem.ts';
import { makespanLowerBound, weightedTardinessLowerBound } from './lower-bound.rules.ts';
import { SchedulingInputError, type Objective, type Schedule, type ScheduleQuality } from './model.ts';

/**
 * A solution is a machine for every operation and an order of operations on
 * every machine; start times follow from it (semi-active decoding).
 */
export interface Solution {
  /** Index into the operation's alternatives. */
  choice: Int32Array;
  sequences: number[][];
}

export interface Timing {
  start: Float64Array;
  end: Float64Array;
  setup: Float64Array;
  /** What fixed each start: the job predecessor or machine predecessor that ended right then, else -1. */
  cause: Int32Array;
  completion: Float64Array;
  makespan: number;
  weightedTardiness: number;
}

export const cloneSolution = (solution: Solution): Solution => ({
  choice: Int32Array.from(solution.choice),
  sequences: solution.sequences.map((sequence) => [...sequence]),
});

/** Working arrays for decoding, allocated once per search instead of once per candidate. */
export interface DecodeScratch {
  machinePredecessor: Int32Array;
  machineSuccessor: Int32Array;
  indegree: Int32Array;
  queue: Int32Array;
  start: Float64Array;
  end: Float64Array;
  setup: Float64Array;
  cause: Int32Array;
  completion: Float64Array;
}

export function createScratch(problem: CompiledProblem): DecodeScratch {
  const n = problem.operationCount;
  return {
    machinePredecessor: new Int32Array(n),
    machineSuccessor: new Int32Array(n),
    indegree: new Int32Array(n),
    queue: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    setup: new Float64Array(n),
    cause: new Int32Array(n),
    completion: new Float64Array(problem.jobId.length),
  };
}

/** Start times for a solution, or null when its machine orders contradict precedence (a cycle). */
export function decode(problem: CompiledProblem, solution: Solution, scratch: DecodeScratch = createScratch(problem)): Timing | null {
  const n = problem.operationCount;
  const { machinePredecessor, machineSuccessor, indegree, queue, start, end, setup, cause, completion } = scratch;
  machinePredecessor.fill(-1);
  machineSuccessor.fill(-1);
  cause.fill(-1);
  for (const sequence of solution.sequences) {
    for (let position = 1; position < sequence.length; position += 1) {
      machinePredecessor[sequence[position]!] = sequence[position - 1]!;
      machineSuccessor[sequence[position - 1]!] = sequence[position]!;
    }
  }
  let head = 0;
  let tail = 0;
  for (let operation = 0; operation < n; operation += 1) {
    indegree[operation] = problem.predecessors[operation]!.length + (machinePredecessor[operation]! >= 0 ? 1 : 0);
    if (indegree[operation] === 0) queue[tail++] = operation;
  }
  while (head < tail) {
    const operation = queue[head++]!;
    let earliest = problem.readyAt[operation]!;
    let because = -1;
    for (const predecessor of problem.predecessors[operation]!) {
      if (end[predecessor]! > earliest) {
        earliest = end[predecessor]!;
        because = predecessor;
      }
    }
    const previous = machinePredecessor[operation]!;
    let setupTime = 0;
    if (previous >= 0) {
      setupTime = problem.setupTime(previous, operation);
      if (end[previous]! + setupTime >= earliest) {
        if (end[previous]! + setupTime > earliest || because < 0) because = previous;
        earliest = end[previous]! + setupTime;
      }
    }
    const alternative = problem.alternatives[operation]![solution.choice[operation]!]!;
    const frozen = problem.frozen[operation];
    const calendar = problem.calendar[alternative.machine]!;
    if (frozen) {
      start[operation] = frozen.start;
      end[operation] = fitInCalendar(calendar, frozen.start, alternative.duration, problem.splittable[operation] === 1).end;
    } else if (!calendar) {
      start[operation] = earliest;
      end[operation] = earliest + alternative.duration;
    } else {
      const placed = fitInCalendar(calendar, earliest, alternative.duration, problem.splittable[operation] === 1);
      start[operation] = placed.start;
      end[operation] = placed.end;
      if (placed.start > earliest) because = -1;
    }
    setup[operation] = setupTime;
    cause[operation] = because;
    for (const successor of problem.successors[operation]!) {
      indegree[successor] = indegree[successor]! - 1;
      if (indegree[successor] === 0) queue[tail++] = successor;
    }
    const next = machineSuccessor[operation]!;
    if (next >= 0) {
      indegree[next] = indegree[next]! - 1;
      if (indegree[next] === 0) queue[tail++] = next;
    }
  }
  if (tail < n) return null;
  let makespan = 0;
  let weightedTardiness = 0;
  for (let job = 0; job < problem.jobEnds.length; job += 1) {
    let done = 0;
    for (const operation of problem.jobEnds[job]!) if (end[operation]! > done) done = end[operation]!;
    completion[job] = done;
    if (done > makespan) makespan = done;
    if (done > problem.due[job]!) weightedTardiness += problem.weight[job]! * (done - problem.due[job]!);
  }
  return { start, end, setup, cause, completion, makespan, weightedTardiness };
}

/** A timing that outlives the scratch it was decoded in. */
export function keepTiming(timing: Timing): Timing {
  return {
    start: Float64Array.from(timing.start),
    end: Float64Array.from(timing.end),
    setup: Float64Array.from(timing.setup),
    cause: Int32Array.from(timing.cause),
    completion: Float64Array.from(timing.completion),
    makespan: timing.makespan,
    weightedTardiness: timing.weightedTardiness,
  };
}

/** Compares two timings under an objective: negative when `a` is better. */
export function compareTimings(objective: Objective, a: Pick<Timing, 'makespan' | 'weightedTardiness'>, b: Pick<Timing, 'makespan' | 'weightedTardiness'>): number {
  switch (objective) {
    case 'makespan':
      return a.makespan - b.makespan;
    case 'weightedTardiness':
      return a.weightedTardiness - b.weightedTardiness;
    case 'tardinessThenMakespan':
      return a.weightedTardiness - b.weightedTardiness || a.makespan - b.makespan;
  }
}

export function toSchedule(problem: CompiledProblem, solution: Solution, timing: Timing): Schedule {
  const quality: ScheduleQuality = {
    makespan: timing.makespan,
    weightedTardiness: timing.weightedTardiness,
    makespanLowerBound: makespanLowerBound(problem),
    weightedTardinessLowerBound: weightedTardinessLowerBound(problem),
  };
  const operations = Array.from({ length: problem.operationCount }, (_, operation) => ({
    jobId: problem.jobId[problem.jobOf[operation]!]!,
    operationId: problem.operationId[operation]!,
    machineId: problem.machineId[problem.alternatives[operation]![solution.choice[operation]!]!.machine]!,
    start: timing.start[operation]!,
    end: timing.end[operation]!,
    setup: timing.setup[operation]!,
  })).sort((a, b) => a.start - b.start || a.machineId.localeCompare(b.machineId));
  return { ...quality, operations };
}

/** Calendars are finite: a plan that needs time past their end is a planning-horizon problem the planner must see. */
export function assertWithinCalendars(problem: CompiledProblem, timing: Timing): void {
  const operation = timing.end.findIndex((end) => !Number.isFinite(end));
  if (operation < 0) return;
  const at = { jobId: problem.jobId[problem.jobOf[operation]!]!, operationId: problem.operationId[operation]! };
  throw new SchedulingInputError('BEYOND_CALENDAR', `Job ${at.jobId}, operation ${at.operationId}: no calendar window left to run it; extend the machine calendars`, at);
}
