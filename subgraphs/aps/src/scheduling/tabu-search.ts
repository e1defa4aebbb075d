import type { CompiledProblem } from './compiled-problem.ts';
import type { Objective } from './model.ts';
import { seededRandom } from './random.ts';
import { compareTimings, type Solution } from './schedule-builder.ts';
import { ScheduleState, type Quality, type Relocation, type Snapshot } from './schedule-state.ts';

export interface SearchBudget {
  /** Stop after this many iterations: the budget under which the same seed always gives the same schedule. */
  iterations?: number;
  /** Stop after this much wall-clock time and return the best so far; how far the search gets then depends on the machine. */
  timeMs?: number;
  /** Interrupts the search; the best schedule found so far is returned. */
  signal?: AbortSignal;
  /** Asked every iteration (and every few moves inside a long one) with the iterations completed; returning true interrupts the search like the signal does. */
  shouldStop?: (progress: SearchProgress) => boolean;
  seed?: number;
}

export interface SearchProgress {
  iteration: number;
  best: Quality;
}

export interface SearchResult {
  solution: Solution;
  quality: Quality;
  iterations: number;
}

/** Stop when the best reaches these: no schedule can do better. */
export interface SearchTarget {
  makespan: number;
  weightedTardiness: number;
}

/**
 * Tardy jobs whose paths an iteration searches, drawn at random among all
 * the tardy ones. The costliest alone kept the search on orders no sequence
 * can save (late material, released on a Friday); a few at random, often,
 * cover the plant.
 */
const tardyPathsPerIteration = 4;

/** The budget when the caller gives neither iterations nor time: enough to settle a small shop, and never endless. */
export const defaultIterations = 10_000;

/**
 * Tabu search on the disjunctive graph with the critical-block neighbourhood
 * of Nowicki & Smutnicki (1996): swap the first or last two operations of
 * each block of the critical path (of the latest job for makespan, of the
 * costliest tardy jobs for tardiness). Outside the classic job shop, an
 * operation may also jump to the front of its block (N7, Zhang et al. 2007)
 * or move to another eligible machine. Undoing a move is tabu for a random
 * tenure unless it beats the best; a long stall restarts from the best
 * schedule with a small random shake.
 */
export function tabuSearch(problem: CompiledProblem, start: Solution, objective: Objective, budget: SearchBudget, target: SearchTarget): SearchResult {
  const random = seededRandom(budget.seed ?? 1);
  const deadline = budget.timeMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + budget.timeMs;
  const maxIterations = budget.iterations ?? (budget.timeMs === undefined ? defaultIterations : Number.POSITIVE_INFINITY);
  const n = problem.operationCount;
  const tenureBase = Math.max(6, Math.round(Math.sqrt(n)));
  const stallLimit = Math.max(2000, 40 * n);
  const tabu = new Map<number, number>();
  const tabuKey = (operation: number, after: number, machine: number) => (operation * (n + 1) + after + 1) * problem.machineCount + machine;

  const reach = objective === 'makespan' ? Number.POSITIVE_INFINITY : lateMoveReach;
  const state = new ScheduleState(problem, start);
  let best: Snapshot = state.snapshot();
  let bestQuality: Quality = { makespan: state.makespan, weightedTardiness: state.weightedTardiness };
  let sinceImprovement = 0;
  let stuck = 0;
  let iteration = 0;
  const reached = () =>
    (objective === 'weightedTardiness' || bestQuality.makespan <= target.makespan) && (objective === 'makespan' || bestQuality.weightedTardiness <= target.weightedTardiness);

  const interrupted = (done: number) => performance.now() > deadline || budget.signal?.aborted === true || budget.shouldStop?.({ iteration: done, best: bestQuality }) === true;
  let cut = false;
  while (iteration < maxIterations && !reached()) {
    if (interrupted(iteration)) break;
    iteration += 1;
    let chosen: { move: Relocation; quality: Quality } | null = null;
    let fallback: { move: Relocation; quality: Quality; expires: number } | null = null;
    let rated = 0;
    for (const move of sampled(neighbourhood(problem, state, objective, random), random)) {
      // On a 10,000-operation plant one iteration rates moves for seconds: the clock and a cancel are heard between moves too.
      if (++rated % 16 === 0 && interrupted(iteration - 1)) {
        cut = true;
        break;
      }
      const quality = state.evaluate(move, reach);
      if (!quality) continue;
      const expires = tabu.get(tabuKey(move.operation, move.after, problem.alternatives[move.operation]![move.alternative]!.machine)) ?? 0;
      if (expires > iteration && compareTimings(objective, quality, bestQuality) >= 0) {
        if (!fallback || expires < fallback.expires) fallback = { move, quality, expires };
        continue;
      }
      const order = chosen ? compareTimings(objective, quality, chosen.quality) : -1;
      if (order < 0 || (order === 0 && random() < 0.5)) chosen = { move, quality };
      // First improvement: the first allowed move that betters the schedule is taken. Far from a local optimum (a big
      // plant, for most of a minute) that is usually among the first few rated, and the next iteration starts sooner.
      if (compareTimings(objective, quality, state) < 0) break;
    }
    if (cut) {
      iteration -= 1;
      break;
    }
    chosen ??= fallback;
    const moved = chosen?.move.operation ?? -1;
    const from = moved >= 0 ? { machine: state.machineOf(moved), previous: state.previous[moved]!, next: state.next[moved]! } : null;
    if (chosen && from && state.apply(chosen.move)) {
      // Putting the operation back behind its old predecessor, or its old successor back behind it, would undo the move.
      const tenure = iteration + tenureBase + Math.floor(random() * tenureBase);
      tabu.set(tabuKey(moved, from.previous, from.machine), tenure);
      if (from.next >= 0) tabu.set(tabuKey(from.next, moved, from.machine), tenure);
      stuck = 0;
    } else if (++stuck > 50) {
      break;
    } else {
      sinceImprovement = stallLimit;
    }
    if (compareTimings(objective, state, bestQuality) < 0) {
      best = state.snapshot();
      bestQuality = { makespan: state.makespan, weightedTardiness: state.weightedTardiness };
      sinceImprovement = 0;
    } else if (++sinceImprovement > stallLimit) {
      // Nowhere to go or no progress for long: back to the best, shaken out of its basin.
      state.restore(best);
      shake(problem, state, objective, random);
      tabu.clear();
      sinceImprovement = 0;
      if (compareTimings(objective, state, bestQuality) < 0) {
        best = state.snapshot();
        bestQuality = { makespan: state.makespan, weightedTardiness: state.weightedTardiness };
      }
    }
  }
  state.restore(best);
  return { solution: state.toSolution(), quality: bestQuality, iterations: iteration };
}

/**
 * At most this many moves are rated per iteration, drawn at random. On a
 * loaded 10,000-operation plant the tardy jobs' paths offer ~860 moves and a
 * move re-times ~2,900 operations: rating them all took 2 s an iteration, so
 * a minute's search made 30 moves. A sample keeps the iterations coming;
 * smaller plants rarely offer more and are rated in full.
 */
const movesPerIteration = 64;

/**
 * On lateness, a move is rated only when its effect settles within this many
 * re-timed operations. On a loaded plant most moves push work along machine
 * after machine to the end of the horizon (~2,900 of 10,000 operations on
 * the bench plant) and rarely pay; those that settle nearby are where
 * tardiness is won. From the lead-time-tuned start, 400 gave the
 * 10,000-operation plant 33–36 % less tardiness than ATCS in 58 s (seeds
 * 1–3; 250: 32–36 %; 150: 26 %, starved of moves that reach a few machines
 * further); the 2,000-operation plant did as well as with 150.
 */
const lateMoveReach = 400;

function sampled(moves: Relocation[], random: () => number): Relocation[] {
  return moves.length <= movesPerIteration ? moves : drawn(moves, movesPerIteration, random);
}

/** `count` of the items at random (a partial Fisher–Yates shuffle, in place), or all when there are fewer. */
function drawn<T>(items: T[], count: number, random: () => number): T[] {
  for (let index = 0; index < Math.min(count, items.length); index += 1) {
    const other = index + Math.floor(random() * (items.length - index));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items.slice(0, count);
}

/** Chains of operations each held back by the one before it: the paths that set the objective. */
function criticalPaths(problem: CompiledProblem, state: ScheduleState, objective: Objective, random: () => number): number[][] {
  const ends: number[] = [];
  if (objective === 'makespan' || state.weightedTardiness === 0) {
    let last = 0;
    for (let operation = 1; operation < problem.operationCount; operation += 1) if (state.end[operation]! > state.end[last]!) last = operation;
    ends.push(last);
  } else {
    // A few tardy jobs' paths: on a large plant, every tardy job's path would make each iteration too slow to search.
    const tardy: number[] = [];
    for (let job = 0; job < problem.jobEnds.length; job += 1) if (state.completion[job]! > problem.due[job]!) tardy.push(job);
    for (const job of drawn(tardy, tardyPathsPerIteration, random)) {
      ends.push(problem.jobEnds[job]!.reduce((latest, operation) => (state.end[operation]! > state.end[latest]! ? operation : latest)));
    }
  }
  return ends.map((last) => {
    const path: number[] = [];
    for (let operation = last; operation >= 0; operation = state.cause(operation)) path.push(operation);
    return path.reverse();
  });
}

function neighbourhood(problem: CompiledProblem, state: ScheduleState, objective: Objective, random: () => number, insertions = false): Relocation[] {
  const moves: Relocation[] = [];
  const seen = new Set<number>();
  const n = problem.operationCount;
  const add = (operation: number, alternative: number, after: number) => {
    const machine = problem.alternatives[operation]![alternative]!.machine;
    if (problem.frozen[operation]) return;
    if (machine === state.machineOf(operation) && (after === state.previous[operation] || after === operation)) return;
    const following = after >= 0 ? state.next[after]! : state.head[machine]!;
    if (following >= 0 && following !== operation && problem.frozen[following]) return;
    const key = (operation * (n + 1) + after + 1) * 64 + alternative;
    if (seen.has(key)) return;
    seen.add(key);
    moves.push({ operation, alternative, after });
  };
  for (const path of criticalPaths(problem, state, objective, random)) {
    const blocks: number[][] = [];
    for (const operation of path) {
      const block = blocks.at(-1);
      const previous = block?.at(-1);
      if (block && previous !== undefined && state.previous[operation] === previous) block.push(operation);
      else blocks.push([operation]);
    }
    blocks.forEach((block, index) => {
      if (block.length >= 2) {
        // N5: interchanging inside a block never shortens the path; only its ends can (Nowicki & Smutnicki 1996).
        const classicEdge = problem.classic;
        if (!(classicEdge && index === 0)) add(block[0]!, state.choice[block[0]!]!, block[1]!);
        if (!(classicEdge && index === blocks.length - 1)) add(block.at(-2)!, state.choice[block.at(-2)!]!, block.at(-1)!);
      }
      // N7 (Zhang et al. 2007): an operation jumps to the front of its block, or the block's first operation behind it.
      // The classic job shop gets these only in the shake: there, N5 alone is fast and strong.
      if (insertions || !problem.classic) {
        for (let inner = 2; inner < block.length; inner += 1) {
          add(block[inner]!, state.choice[block[inner]!]!, state.previous[block[0]!]!);
          add(block[0]!, state.choice[block[0]!]!, block[inner]!);
        }
      }
      if (insertions) return;
      for (const operation of block) {
        problem.alternatives[operation]!.forEach((alternative, alternativeIndex) => {
          if (alternativeIndex !== state.choice[operation]) add(operation, alternativeIndex, positionOn(problem, state, operation, alternative.machine));
        });
      }
    });
  }
  return moves;
}

/** Where an operation moved to another machine joins its order: after the last operation starting before it could. */
function positionOn(problem: CompiledProblem, state: ScheduleState, operation: number, machine: number): number {
  let ready = problem.readyAt[operation]!;
  for (const predecessor of problem.predecessors[operation]!) if (state.end[predecessor]! > ready) ready = state.end[predecessor]!;
  let after = -1;
  for (let other = state.head[machine]!; other >= 0; other = state.next[other]!) {
    if (!problem.frozen[other] && state.start[other]! >= ready) break;
    after = other;
  }
  return after;
}

/** A few random critical swaps and block insertions away from the best schedule, to leave a basin the tabu list cannot. */
function shake(problem: CompiledProblem, state: ScheduleState, objective: Objective, random: () => number): void {
  for (let step = 0; step < 3; step += 1) {
    const moves = neighbourhood(problem, state, objective, random, true);
    if (moves.length === 0) return;
    state.apply(moves[Math.floor(random() * moves.length)]!);
  }
}
