import { compileProblem, type CompiledProblem } from './compiled-problem.ts';
import type { Job, Schedule, SchedulingProblem } from './model.ts';
import { assertWithinCalendars, compareTimings, createScratch, decode, keepTiming, toSchedule, type Solution, type Timing } from './schedule-builder.ts';

export interface RushOrderImpact {
  /** Jobs that now finish later, and by how much. */
  delayed: { jobId: string; by: number; completion: number }[];
  /** Jobs that were on time and now are not. */
  newlyLate: string[];
  /** When the rush job finishes in the returned plan. */
  rushCompletion: number;
  rushOnTime: boolean;
  /** The earliest it could finish at all: ahead of every operation that is not frozen, each step on its fastest-finishing machine. */
  rushEarliestCompletion: number;
}

export interface RushOrderOptions {
  /** The moment of re-planning. */
  now: number;
  /** Operations starting before `now + frozenHorizon` stay on their machine and start. */
  frozenHorizon: number;
  /** How many positions after the earliest feasible one to try on each eligible machine. */
  positionsToTry?: number;
  /**
   * `leastDisruption` (default): the plan with the least weighted tardiness
   * over all jobs, the rush job's included at its weight. `rushAtAnyCost`:
   * the rush job finishes at its earliest feasible completion whatever that
   * does to the rest; only then is the rest disturbed as little as possible.
   */
  mode?: 'leastDisruption' | 'rushAtAnyCost';
}

/**
 * Puts a rush job into a committed schedule with the least disruption: what
 * starts inside the frozen horizon stays put, every other operation keeps its
 * machine and its order, and each rush operation goes to the machine and
 * position that finishes it best (tardiness first, then makespan), unless
 * putting the rush job first everywhere does better. The rest of the plan
 * only shifts as far as the rush job pushes it.
 */
export function insertRushOrder(
  problem: SchedulingProblem,
  committed: Schedule,
  rush: Job,
  options: RushOrderOptions,
): { schedule: Schedule; impact: RushOrderImpact } {
  const placed = new Map(committed.operations.map((operation) => [`${operation.jobId}/${operation.operationId}`, operation]));
  const horizon = options.now + options.frozenHorizon;
  const replanned: SchedulingProblem = {
    ...problem,
    jobs: [
      ...problem.jobs.map((job) => ({
        ...job,
        operations: job.operations.map((operation) => {
          const at = placed.get(`${job.id}/${operation.id}`);
          if (operation.frozen || (at && at.start < horizon)) return { ...operation, frozen: operation.frozen ?? { machineId: at!.machineId, start: at!.start } };
          return { ...operation, materialReadyAt: Math.max(operation.materialReadyAt ?? 0, options.now) };
        }),
      })),
      { ...rush, release: Math.max(rush.release ?? 0, options.now) },
    ],
  };
  const compiled = compileProblem(replanned);
  const machineIndex = new Map(compiled.machineId.map((id, index) => [id, index]));
  const operationIndex = new Map(compiled.operationId.map((id, index) => [`${compiled.jobId[compiled.jobOf[index]!]}/${id}`, index]));
  const solution: Solution = { choice: new Int32Array(compiled.operationCount), sequences: compiled.machineId.map(() => []) };
  for (const operation of [...committed.operations].sort((a, b) => a.start - b.start)) {
    const index = operationIndex.get(`${operation.jobId}/${operation.operationId}`)!;
    const machine = machineIndex.get(operation.machineId)!;
    solution.choice[index] = compiled.alternatives[index]!.findIndex((alternative) => alternative.machine === machine);
    solution.sequences[machine]!.push(index);
  }
  const rushJob = compiled.jobId.length - 1;
  const rushOperations = Array.from({ length: compiled.operationCount }, (_, index) => index).filter((index) => compiled.jobOf[index] === rushJob);
  const positionsToTry = options.positionsToTry ?? 12;
  // Rush operations in precedence order, each placed against the ones already placed.
  const order: number[] = [];
  const pending = new Set(rushOperations);
  while (pending.size) {
    for (const operation of pending) {
      if (compiled.predecessors[operation]!.every((predecessor) => !pending.has(predecessor))) {
        order.push(operation);
        pending.delete(operation);
      }
    }
  }
  const rushFirst = earliestCompletion(compiled, solution, order);
  const rushEarliestCompletion = rushFirst.completion;
  if (options.mode === 'rushAtAnyCost') {
    const relieved = relieve(compiled, rushFirst.solution, order, rushJob, positionsToTry);
    return report(problem, committed, rush, compiled, relieved.solution, relieved.timing, rushEarliestCompletion);
  }
  const placedRush = new Set<number>();
  // One scratch for every candidate's timing: a plan of thousands of operations is decoded hundreds of times here.
  const scratch = createScratch(compiled);
  for (const operation of order) {
    let best: { timing: Timing; machine: number; position: number; alternative: number } | null = null;
    const partial = partialSolution(solution, rushOperations, placedRush);
    const partialTiming = decode(compiled, partial);
    const ready = Math.max(compiled.readyAt[operation]!, ...compiled.predecessors[operation]!.map((predecessor) => partialTiming?.end[predecessor] ?? 0));
    const partialEnd = partialTiming ? Float64Array.from(partialTiming.end) : null;
    compiled.alternatives[operation]!.forEach((alternative, alternativeIndex) => {
      const sequence = partial.sequences[alternative.machine]!;
      let first = sequence.findIndex((other) => !compiled.frozen[other] && (partialEnd?.[other] ?? 0) > ready);
      if (first < 0) first = sequence.length;
      for (let position = first; position <= Math.min(sequence.length, first + positionsToTry); position += 1) {
        const candidate: Solution = { choice: Int32Array.from(partial.choice), sequences: partial.sequences.slice() };
        candidate.choice[operation] = alternativeIndex;
        candidate.sequences[alternative.machine] = [...sequence.slice(0, position), operation, ...sequence.slice(position)];
        const candidateTiming = decode(compiled, candidate, scratch);
        if (!candidateTiming) continue;
        if (!best || compareTimings('tardinessThenMakespan', candidateTiming, best.timing) < 0) {
          best = { timing: keepTiming(candidateTiming), machine: alternative.machine, position, alternative: alternativeIndex };
        }
      }
    });
    if (!best) throw new Error(`No feasible place for rush operation ${compiled.operationId[operation]}`);
    const chosen: { machine: number; position: number; alternative: number } = best;
    solution.choice[operation] = chosen.alternative;
    solution.sequences[chosen.machine]!.splice(chosen.position, 0, operation);
    placedRush.add(operation);
  }
  // Position by position the greedy cannot see the rush job's own lateness until its last step; rush-first may then be the better plan.
  const greedyTiming = decode(compiled, solution)!;
  const rushFirstTiming = decode(compiled, rushFirst.solution)!;
  const [plan, timing] = compareTimings('tardinessThenMakespan', rushFirstTiming, greedyTiming) < 0 ? [rushFirst.solution, rushFirstTiming] : [solution, greedyTiming];
  return report(problem, committed, rush, compiled, plan, timing, rushEarliestCompletion);
}

/**
 * What a rush order would do to the committed plan, without changing
 * anything: the same as `insertRushOrder`, impact only. Both are pure; a
 * service shows this to the planner and stores the schedule of
 * `insertRushOrder` only when the planner commits.
 */
export function evaluateRushOrder(problem: SchedulingProblem, committed: Schedule, rush: Job, options: RushOrderOptions): RushOrderImpact {
  return insertRushOrder(problem, committed, rush, options).impact;
}

function report(
  problem: SchedulingProblem,
  committed: Schedule,
  rush: Job,
  compiled: CompiledProblem,
  plan: Solution,
  timing: Timing,
  rushEarliestCompletion: number,
): { schedule: Schedule; impact: RushOrderImpact } {
  assertWithinCalendars(compiled, timing);
  const schedule = toSchedule(compiled, plan, timing);
  const before = completions(committed);
  const after = completions(schedule);
  const delayed = [...before]
    .map(([jobId, completion]) => ({ jobId, by: (after.get(jobId) ?? completion) - completion, completion: after.get(jobId) ?? completion }))
    .filter((job) => job.by > 0)
    .sort((a, b) => b.by - a.by);
  const dueOf = new Map(problem.jobs.map((job) => [job.id, job.due ?? Number.POSITIVE_INFINITY]));
  const newlyLate = delayed.filter((job) => job.completion > dueOf.get(job.jobId)! && before.get(job.jobId)! <= dueOf.get(job.jobId)!).map((job) => job.jobId);
  const rushCompletion = after.get(rush.id)!;
  return { schedule, impact: { delayed, newlyLate, rushCompletion, rushOnTime: rushCompletion <= (rush.due ?? Number.POSITIVE_INFINITY), rushEarliestCompletion } };
}

/**
 * From the rush-first plan, moves each rush operation (last first: the
 * later steps usually have slack) later in a queue or to another machine
 * wherever the rush job still finishes as early as it can and the other
 * work gets less late: rush at any cost, but no cost without a reason.
 */
function relieve(compiled: CompiledProblem, rushFirst: Solution, order: number[], rushJob: number, positionsToTry: number): { solution: Solution; timing: Timing } {
  let solution = rushFirst;
  let timing = keepTiming(decode(compiled, solution)!);
  const scratch = createScratch(compiled);
  const deadline = timing.completion[rushJob]!;
  for (let pass = 0; pass < 2; pass += 1) {
    let improved = false;
    for (const operation of [...order].reverse()) {
      const currentMachine = compiled.alternatives[operation]![solution.choice[operation]!]!.machine;
      const without = solution.sequences.map((sequence, machine) => (machine === currentMachine ? sequence.filter((other) => other !== operation) : sequence));
      let best: { solution: Solution; timing: Timing } | null = null;
      compiled.alternatives[operation]!.forEach((alternative, alternativeIndex) => {
        const sequence = without[alternative.machine]!;
        let first = 0;
        while (first < sequence.length && (compiled.frozen[sequence[first]!] || compiled.jobOf[sequence[first]!] === rushJob)) first += 1;
        for (let position = first; position <= Math.min(sequence.length, first + positionsToTry); position += 1) {
          const candidate: Solution = { choice: Int32Array.from(solution.choice), sequences: without.slice() };
          candidate.choice[operation] = alternativeIndex;
          candidate.sequences[alternative.machine] = [...sequence.slice(0, position), operation, ...sequence.slice(position)];
          const candidateTiming = decode(compiled, candidate, scratch);
          if (!candidateTiming) continue;
          // Further back in the same queue the operation only starts later: once the rush job misses its earliest completion, it will.
          if (candidateTiming.completion[rushJob]! > deadline) break;
          if (compareTimings('tardinessThenMakespan', candidateTiming, best?.timing ?? timing) < 0) best = { solution: candidate, timing: keepTiming(candidateTiming) };
        }
      });
      if (best) {
        ({ solution, timing } = best);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { solution, timing };
}

/**
 * The rush job's completion when each of its operations, in precedence order,
 * goes first in its machine's queue behind the frozen operations, on the
 * machine where it ends soonest: nothing feasible finishes it earlier.
 */
function earliestCompletion(compiled: CompiledProblem, withoutRush: Solution, order: number[]): { completion: number; solution: Solution } {
  const solution = partialSolution(withoutRush, order, new Set());
  let completion = 0;
  for (const operation of order) {
    let best: { end: number; alternative: number; machine: number; position: number } | null = null;
    compiled.alternatives[operation]!.forEach((alternative, alternativeIndex) => {
      const sequence = solution.sequences[alternative.machine]!;
      let position = 0;
      while (position < sequence.length && (compiled.frozen[sequence[position]!] || compiled.jobOf[sequence[position]!] === compiled.jobOf[operation])) position += 1;
      const candidate: Solution = { choice: Int32Array.from(solution.choice), sequences: solution.sequences.slice() };
      candidate.choice[operation] = alternativeIndex;
      candidate.sequences[alternative.machine] = [...sequence.slice(0, position), operation, ...sequence.slice(position)];
      const timing = decode(compiled, candidate);
      if (timing && (!best || timing.end[operation]! < best.end)) best = { end: timing.end[operation]!, alternative: alternativeIndex, machine: alternative.machine, position };
    });
    if (!best) throw new Error(`No feasible place for rush operation ${compiled.operationId[operation]}`);
    const chosen: { end: number; alternative: number; machine: number; position: number } = best;
    solution.choice[operation] = chosen.alternative;
    solution.sequences[chosen.machine]!.splice(chosen.position, 0, operation);
    completion = Math.max(completion, chosen.end);
  }
  return { completion, solution };
}

/** The solution with only the rush operations placed so far. */
function partialSolution(solution: Solution, rushOperations: number[], placedRush: Set<number>): Solution {
  const unplaced = new Set(rushOperations.filter((operation) => !placedRush.has(operation)));
  return { choice: Int32Array.from(solution.choice), sequences: solution.sequences.map((sequence) => sequence.filter((operation) => !unplaced.has(operation))) };
}

function completions(schedule: Schedule): Map<string, number> {
  const byJob = new Map<string, number>();
  for (const operation of schedule.operations) byJob.set(operation.jobId, Math.max(byJob.get(operation.jobId) ?? 0, operation.end));
  return byJob;
}
