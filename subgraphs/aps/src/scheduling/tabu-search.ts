import type { CompiledProblem } from './compiled-problem.ts';
import type { Objective } from './model.ts';
import { seededRandom } from './random.ts';
import { cloneSolution, compareTimings, createScratch, decode, keepTiming, type Solution, type Timing } from './schedule-builder.ts';

export interface SearchBudget {
  /** Stop after this many iterations: the deterministic budget. */
  iterations?: number;
  /** Stop after this much wall-clock time and return the best so far. */
  timeMs?: number;
  /** Interrupts the search; the best schedule found so far is returned. */
  signal?: AbortSignal;
  seed?: number;
}

export interface SearchResult {
  solution: Solution;
  timing: Timing;
  iterations: number;
}

interface Move {
  /** swap: `operation` and the next one, `other`, trade places; insert: `operation` moves right before (`before`) or after `other`. */
  kind: 'swap' | 'insertBefore' | 'insertAfter' | 'reassign';
  operation: number;
  other: number;
  alternative: number;
}

/**
 * Tabu search on the disjunctive graph with the critical-block neighbourhood
 * of Nowicki & Smutnicki (1996): swap the first or last two operations of
 * each block of the critical path (of the latest job for makespan, of tardy
 * jobs for tardiness). Flexible operations on the path may also move to
 * another eligible machine. A move is undone only after its tenure, unless
 * it beats the best; a long stall restarts from the best schedule with a
 * small random shake.
 */
export function tabuSearch(problem: CompiledProblem, start: Solution, objective: Objective, budget: SearchBudget, target = 0): SearchResult {
  const random = seededRandom(budget.seed ?? 1);
  const deadline = budget.timeMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + budget.timeMs;
  const maxIterations = budget.iterations ?? Number.POSITIVE_INFINITY;
  const n = problem.operationCount;
  const tenureBase = Math.max(6, Math.round(Math.sqrt(n)));
  const stallLimit = Math.max(2000, 40 * n);
  const tabu = new Map<number, number>();

  const scratch = createScratch(problem);
  let current = cloneSolution(start);
  let currentTiming = decode(problem, current)!;
  let best = cloneSolution(current);
  let bestTiming = currentTiming;
  let sinceImprovement = 0;
  let iteration = 0;
  const score = (timing: Timing) => (objective === 'makespan' ? timing.makespan : timing.weightedTardiness);

  while (iteration < maxIterations && score(bestTiming) > target) {
    if (performance.now() > deadline || budget.signal?.aborted) break;
    iteration += 1;
    const moves = neighbourhood(problem, current, currentTiming, objective);
    type Quality = Pick<Timing, 'makespan' | 'weightedTardiness'>;
    let chosen: { move: Move; solution: Solution; timing: Quality } | null = null;
    let fallback: { move: Move; solution: Solution; timing: Quality; expires: number } | null = null;
    for (const move of moves) {
      const candidate = apply(problem, current, move);
      const decoded = decode(problem, candidate, scratch);
      if (!decoded) continue;
      const timing = { makespan: decoded.makespan, weightedTardiness: decoded.weightedTardiness };
      const expires = tabu.get(createdOrder(n, move)) ?? 0;
      const aspires = compareTimings(objective, timing, bestTiming) < 0;
      if (expires > iteration && !aspires) {
        if (!fallback || expires < fallback.expires) fallback = { move, solution: candidate, timing, expires };
        continue;
      }
      if (!chosen || compareTimings(objective, timing, chosen.timing) < 0 || (compareTimings(objective, timing, chosen.timing) === 0 && random() < 0.5)) {
        chosen = { move, solution: candidate, timing };
      }
    }
    chosen ??= fallback;
    if (!chosen) break;
    tabu.set(destroyedOrder(n, chosen.move, current.choice[chosen.move.operation]!), iteration + tenureBase + Math.floor(random() * tenureBase));
    current = chosen.solution;
    currentTiming = decode(problem, current)!;
    if (compareTimings(objective, currentTiming, bestTiming) < 0) {
      best = cloneSolution(current);
      bestTiming = currentTiming;
      sinceImprovement = 0;
    } else if (++sinceImprovement > stallLimit) {
      current = shake(problem, best, objective, random);
      currentTiming = decode(problem, current)!;
      tabu.clear();
      sinceImprovement = 0;
    }
  }
  return { solution: best, timing: bestTiming, iterations: iteration };
}

/** The machine order a move creates, as "first before second"; a reassignment is keyed by operation and machine. */
function createdOrder(n: number, move: Move): number {
  switch (move.kind) {
    case 'swap':
      return move.other * n + move.operation;
    case 'insertBefore':
      return move.operation * n + move.other;
    case 'insertAfter':
      return move.other * n + move.operation;
    case 'reassign':
      return -(move.operation * 64 + move.alternative) - 1;
  }
}

/** The order a move destroyed: re-creating it is tabu for a while. */
function destroyedOrder(n: number, move: Move, previousChoice: number): number {
  switch (move.kind) {
    case 'swap':
      return move.operation * n + move.other;
    case 'insertBefore':
      return move.other * n + move.operation;
    case 'insertAfter':
      return move.operation * n + move.other;
    case 'reassign':
      return -(move.operation * 64 + previousChoice) - 1;
  }
}

const tardyPathsPerIteration = 12;

/** Chains of operations each of which started the moment the one before it ended: the paths that set the objective. */
function criticalPaths(problem: CompiledProblem, timing: Timing, objective: Objective): number[][] {
  const ends: number[] = [];
  if (objective === 'makespan' || timing.weightedTardiness === 0) {
    let last = 0;
    for (let operation = 1; operation < problem.operationCount; operation += 1) if (timing.end[operation]! > timing.end[last]!) last = operation;
    ends.push(last);
  } else {
    // The paths of the costliest tardy jobs: on a large plant, every tardy job's path would make each iteration too slow to search.
    const tardy = problem.jobEnds
      .map((jobEnds, job) => ({ job, cost: problem.weight[job]! * (timing.completion[job]! - problem.due[job]!), jobEnds }))
      .filter((entry) => entry.cost > 0)
      .sort((a, b) => b.cost - a.cost || a.job - b.job)
      .slice(0, tardyPathsPerIteration);
    for (const { jobEnds } of tardy) ends.push(jobEnds.reduce((latest, operation) => (timing.end[operation]! > timing.end[latest]! ? operation : latest)));
  }
  return ends.map((last) => {
    const path: number[] = [];
    for (let operation = last; operation >= 0; operation = timing.cause[operation]!) path.unshift(operation);
    return path;
  });
}

function neighbourhood(problem: CompiledProblem, solution: Solution, timing: Timing, objective: Objective, insertions = false): Move[] {
  const machineOf = (operation: number) => problem.alternatives[operation]![solution.choice[operation]!]!.machine;
  const moves: Move[] = [];
  const seen = new Set<string>();
  const add = (move: Move) => {
    const key = `${move.kind}:${move.operation}:${move.other}:${move.alternative}`;
    if (!seen.has(key) && !problem.frozen[move.operation] && (move.kind === 'reassign' || !problem.frozen[move.other])) {
      seen.add(key);
      moves.push(move);
    }
  };
  for (const path of criticalPaths(problem, timing, objective)) {
    const blocks: number[][] = [];
    for (const operation of path) {
      const block = blocks.at(-1);
      const previous = block?.at(-1);
      if (block && previous !== undefined && machineOf(previous) === machineOf(operation) && timing.cause[operation] === previous) block.push(operation);
      else blocks.push([operation]);
    }
    blocks.forEach((block, index) => {
      if (block.length >= 2) {
        // N5: interchanging inside a block never shortens the path; only its ends can (Nowicki & Smutnicki 1996).
        const classicEdge = problem.classic;
        if (!(classicEdge && index === 0)) add({ kind: 'swap', operation: block[0]!, other: block[1]!, alternative: -1 });
        if (!(classicEdge && index === blocks.length - 1)) add({ kind: 'swap', operation: block.at(-2)!, other: block.at(-1)!, alternative: -1 });
      }
      // N7 (Zhang et al. 2007): an inner operation jumps to either end of its block, or an end operation into it.
      // Too many to evaluate every iteration; the shake draws from them to leave basins N5 cannot.
      for (let inner = 1; insertions && inner < block.length - 1; inner += 1) {
        add({ kind: 'insertBefore', operation: block[inner]!, other: block[0]!, alternative: -1 });
        add({ kind: 'insertAfter', operation: block[inner]!, other: block.at(-1)!, alternative: -1 });
        add({ kind: 'insertAfter', operation: block[0]!, other: block[inner]!, alternative: -1 });
        add({ kind: 'insertBefore', operation: block.at(-1)!, other: block[inner]!, alternative: -1 });
      }
      for (const operation of block) {
        problem.alternatives[operation]!.forEach((_, alternative) => {
          if (alternative !== solution.choice[operation]) add({ kind: 'reassign', operation, other: -1, alternative });
        });
      }
    });
  }
  return moves;
}

function apply(problem: CompiledProblem, solution: Solution, move: Move): Solution {
  const next: Solution = { choice: solution.choice, sequences: solution.sequences.slice() };
  if (move.kind !== 'reassign') {
    const machine = problem.alternatives[move.operation]![solution.choice[move.operation]!]!.machine;
    const sequence = [...solution.sequences[machine]!];
    if (move.kind === 'swap') {
      const position = sequence.indexOf(move.operation);
      sequence[position] = move.other;
      sequence[position + 1] = move.operation;
    } else {
      sequence.splice(sequence.indexOf(move.operation), 1);
      const anchor = sequence.indexOf(move.other);
      sequence.splice(move.kind === 'insertBefore' ? anchor : anchor + 1, 0, move.operation);
    }
    next.sequences[machine] = sequence;
    return next;
  }
  next.choice = Int32Array.from(solution.choice);
  const from = problem.alternatives[move.operation]![solution.choice[move.operation]!]!.machine;
  const to = problem.alternatives[move.operation]![move.alternative]!.machine;
  next.choice[move.operation] = move.alternative;
  next.sequences[from] = solution.sequences[from]!.filter((operation) => operation !== move.operation);
  // Insert where the operation's predecessors are done, keeping the target machine's order otherwise.
  const target = [...solution.sequences[to]!];
  const timing = decode(problem, solution)!;
  const ready = Math.max(0, ...problem.predecessors[move.operation]!.map((predecessor) => timing.end[predecessor]!));
  // Frozen operations stay at the head of their machine: nothing may be put before them.
  const frozenHead = target.findIndex((operation) => !problem.frozen[operation]);
  let position = target.findIndex((operation) => !problem.frozen[operation] && timing.start[operation]! >= ready);
  if (position < 0) position = target.length;
  if (frozenHead >= 0) position = Math.max(position, frozenHead);
  target.splice(position, 0, move.operation);
  next.sequences[to] = target;
  return next;
}

/** A few random critical swaps and block insertions away from the best schedule, to leave a basin the tabu list cannot. */
function shake(problem: CompiledProblem, best: Solution, objective: Objective, random: () => number): Solution {
  let solution = cloneSolution(best);
  for (let step = 0; step < 3; step += 1) {
    const timing = decode(problem, solution);
    if (!timing) break;
    const moves = neighbourhood(problem, solution, timing, objective, true).filter((move) => move.kind !== 'reassign');
    if (moves.length === 0) break;
    const candidate = apply(problem, solution, moves[Math.floor(random() * moves.length)]!);
    if (decode(problem, candidate)) solution = candidate;
  }
  return solution;
}
