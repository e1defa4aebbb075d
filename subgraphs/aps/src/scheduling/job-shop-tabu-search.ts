import type { CompiledProblem } from './compiled-problem.ts';
import { seededRandom } from './random.ts';
import type { Solution } from './schedule-builder.ts';
import type { SearchBudget, SearchResult } from './tabu-search.ts';

/** A move on a critical block: `forward` puts `u` right after `v`; otherwise `v` goes right before `u` (`u` precedes `v`). */
interface BlockMove {
  u: number;
  v: number;
  forward: boolean;
  estimate: number;
}

/**
 * The classic job shop (chains, one machine per operation, nothing else) on
 * a makespan objective, where every millisecond buys iterations: typed
 * arrays, heads and tails recomputed once per iteration, and every candidate
 * judged by the head/tail estimate of Taillard (1994) and Balas & Vazacopoulos
 * (1998) instead of a re-timing. Moves are N7 (Zhang et al. 2007): the N5
 * block-end swaps of Nowicki & Smutnicki (1996) plus moving an operation to
 * either end of its critical block. Arcs a move reverses are tabu for a
 * random tenure (Zhang et al.'s L = 10 + jobs/machines, up to 1.4 L); a long
 * stall restarts from the best schedule after a few random block moves.
 */
export function jobShopTabuSearch(problem: CompiledProblem, start: Solution, budget: SearchBudget, targetMakespan: number): SearchResult {
  const n = problem.operationCount;
  const m = problem.machineCount;
  const random = seededRandom(budget.seed ?? 1);
  const deadline = budget.timeMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + budget.timeMs;
  const maxIterations = budget.iterations ?? (budget.timeMs === undefined ? 10_000 : Number.POSITIVE_INFINITY);
  const duration = new Float64Array(n);
  const jobPrevious = new Int32Array(n).fill(-1);
  const jobNext = new Int32Array(n).fill(-1);
  for (let operation = 0; operation < n; operation += 1) {
    duration[operation] = problem.alternatives[operation]![0]!.duration;
    const predecessor = problem.predecessors[operation]![0];
    if (predecessor !== undefined) {
      jobPrevious[operation] = predecessor;
      jobNext[predecessor] = operation;
    }
  }
  const machinePrevious = new Int32Array(n).fill(-1);
  const machineNext = new Int32Array(n).fill(-1);
  const load = (sequences: number[][]) => {
    machinePrevious.fill(-1);
    machineNext.fill(-1);
    for (const sequence of sequences) {
      for (let position = 1; position < sequence.length; position += 1) {
        machinePrevious[sequence[position]!] = sequence[position - 1]!;
        machineNext[sequence[position - 1]!] = sequence[position]!;
      }
    }
  };
  const sequences = (): number[][] => {
    const result: number[][] = Array.from({ length: m }, () => []);
    for (let operation = 0; operation < n; operation += 1) {
      if (machinePrevious[operation] !== -1) continue;
      const machine = problem.alternatives[operation]![0]!.machine;
      for (let next = operation; next >= 0; next = machineNext[next]!) result[machine]!.push(next);
    }
    return result;
  };

  const head = new Float64Array(n);
  const tail = new Float64Array(n);
  const order = new Int32Array(n);
  const indegree = new Int32Array(n);
  /** Heads, tails and makespan of the current orders; -1 when they contain a cycle. */
  const evaluate = (): number => {
    let size = 0;
    for (let operation = 0; operation < n; operation += 1) {
      indegree[operation] = (jobPrevious[operation]! >= 0 ? 1 : 0) + (machinePrevious[operation]! >= 0 ? 1 : 0);
      if (indegree[operation] === 0) order[size++] = operation;
    }
    for (let index = 0; index < size; index += 1) {
      const operation = order[index]!;
      const next = jobNext[operation]!;
      if (next >= 0 && --indegree[next]! === 0) order[size++] = next;
      const following = machineNext[operation]!;
      if (following >= 0 && --indegree[following]! === 0) order[size++] = following;
    }
    if (size < n) return -1;
    let makespan = 0;
    for (let index = 0; index < n; index += 1) {
      const operation = order[index]!;
      const before = jobPrevious[operation]!;
      const previous = machinePrevious[operation]!;
      let earliest = before >= 0 ? head[before]! + duration[before]! : 0;
      if (previous >= 0 && head[previous]! + duration[previous]! > earliest) earliest = head[previous]! + duration[previous]!;
      head[operation] = earliest;
      if (earliest + duration[operation]! > makespan) makespan = earliest + duration[operation]!;
    }
    for (let index = n - 1; index >= 0; index -= 1) {
      const operation = order[index]!;
      const after = jobNext[operation]!;
      const following = machineNext[operation]!;
      let rest = after >= 0 ? tail[after]! + duration[after]! : 0;
      if (following >= 0 && tail[following]! + duration[following]! > rest) rest = tail[following]! + duration[following]!;
      tail[operation] = rest;
    }
    return makespan;
  };

  const segment: number[] = [];
  const segmentHead = new Float64Array(n);
  /** The new order of the machine between `u` and `v` after the move. */
  const reorder = (move: Pick<BlockMove, 'u' | 'v' | 'forward'>) => {
    segment.length = 0;
    for (let operation = move.u; ; operation = machineNext[operation]!) {
      segment.push(operation);
      if (operation === move.v) break;
    }
    if (move.forward) segment.push(segment.shift()!);
    else segment.unshift(segment.pop()!);
  };
  /** Longest path through the moved segment after the move, from unchanged heads and tails outside it. */
  const estimate = (move: Pick<BlockMove, 'u' | 'v' | 'forward'>): number => {
    reorder(move);
    const before = machinePrevious[move.u]!;
    let end = before >= 0 ? head[before]! + duration[before]! : 0;
    for (const operation of segment) {
      const job = jobPrevious[operation]!;
      const start = Math.max(end, job >= 0 ? head[job]! + duration[job]! : 0);
      segmentHead[operation] = start;
      end = start + duration[operation]!;
    }
    const after = machineNext[move.v]!;
    let rest = after >= 0 ? tail[after]! + duration[after]! : 0;
    let longest = 0;
    for (let index = segment.length - 1; index >= 0; index -= 1) {
      const operation = segment[index]!;
      const job = jobNext[operation]!;
      const own = Math.max(rest, job >= 0 ? tail[job]! + duration[job]! : 0);
      longest = Math.max(longest, segmentHead[operation]! + duration[operation]! + own);
      rest = own + duration[operation]!;
    }
    return longest;
  };
  const apply = (move: Pick<BlockMove, 'u' | 'v' | 'forward'>) => {
    reorder(move);
    const before = machinePrevious[move.u]!;
    const after = machineNext[move.v]!;
    let previous = before;
    for (const operation of segment) {
      machinePrevious[operation] = previous;
      if (previous >= 0) machineNext[previous] = operation;
      previous = operation;
    }
    machineNext[previous] = after;
    if (after >= 0) machinePrevious[after] = previous;
  };
  /** Sufficient conditions that the move creates no cycle (a path from the moved operation around the block). */
  const acyclic = (move: Pick<BlockMove, 'u' | 'v' | 'forward'>): boolean => {
    if (machineNext[move.u] === move.v) return true;
    if (move.forward) {
      const job = jobNext[move.u]!;
      return job < 0 || head[move.v]! < head[job]! + duration[job]! || tail[job]! < tail[move.v]! + duration[move.v]!;
    }
    const job = jobPrevious[move.v]!;
    return job < 0 || head[job]! < head[move.u]! + duration[move.u]! || tail[move.u]! < tail[job]! + duration[job]!;
  };

  const tabu = new Int32Array(n * n);
  const tenureBase = 10 + Math.round(problem.jobId.length / m);
  const tenureSpread = Math.max(1, Math.round(0.4 * tenureBase));
  const stallLimit = Math.max(3000, 30 * n);
  /** A move re-creates an order the tabu list forbids: `u` behind the operations it jumps, or `v` ahead of them. */
  const isTabu = (move: Pick<BlockMove, 'u' | 'v' | 'forward'>, iteration: number): boolean => {
    for (let operation = move.u; ; operation = machineNext[operation]!) {
      if (move.forward ? operation !== move.u && tabu[operation * n + move.u]! > iteration : operation !== move.v && tabu[move.v * n + operation]! > iteration) return true;
      if (operation === move.v) return false;
    }
  };
  const forbidUndo = (move: Pick<BlockMove, 'u' | 'v' | 'forward'>, until: number) => {
    for (let operation = move.u; ; operation = machineNext[operation]!) {
      if (move.forward && operation !== move.u) tabu[move.u * n + operation] = until;
      if (!move.forward && operation !== move.v) tabu[operation * n + move.v] = until;
      if (operation === move.v) return;
    }
  };

  const moves: BlockMove[] = [];
  const path: number[] = [];
  const neighbourhood = (makespan: number, withInsertions: boolean) => {
    moves.length = 0;
    path.length = 0;
    let last = -1;
    for (let operation = 0; operation < n; operation += 1) {
      if (head[operation]! + duration[operation]! === makespan && tail[operation] === 0) {
        last = operation;
        break;
      }
    }
    for (let operation = last; operation >= 0; ) {
      path.push(operation);
      const previous = machinePrevious[operation]!;
      const job = jobPrevious[operation]!;
      if (previous >= 0 && head[previous]! + duration[previous]! === head[operation]) operation = previous;
      else if (job >= 0 && head[job]! + duration[job]! === head[operation]) operation = job;
      else operation = -1;
    }
    path.reverse();
    let blockStart = 0;
    let blockIndex = 0;
    for (let index = 1; index <= path.length; index += 1) {
      if (index < path.length && machinePrevious[path[index]!] === path[index - 1]) continue;
      const first = blockStart;
      const lastInBlock = index - 1;
      const isFirst = blockIndex === 0;
      const isLast = index === path.length;
      blockStart = index;
      blockIndex += 1;
      if (lastInBlock - first < 1) continue;
      const add = (u: number, v: number, forward: boolean) => {
        if (acyclic({ u, v, forward })) moves.push({ u, v, forward, estimate: 0 });
      };
      // N5: swapping inside a block, or at the outer ends of the first and last blocks, cannot shorten the path.
      if (!isFirst) add(path[first]!, path[first + 1]!, true);
      if (!isLast && (isFirst || lastInBlock - 1 > first)) add(path[lastInBlock - 1]!, path[lastInBlock]!, true);
      if (!withInsertions) continue;
      for (let inner = first + 1; inner < lastInBlock; inner += 1) {
        if (!isFirst) add(path[first]!, path[inner]!, false);
        if (!isLast) add(path[inner]!, path[lastInBlock]!, true);
        if (!isFirst && inner > first + 1) add(path[first]!, path[inner]!, true);
        if (!isLast && inner < lastInBlock - 1) add(path[inner]!, path[lastInBlock]!, false);
      }
      if (!isFirst && lastInBlock - first >= 2) add(path[first]!, path[lastInBlock]!, false);
      if (!isLast && lastInBlock - first >= 2) add(path[first]!, path[lastInBlock]!, true);
    }
  };

  load(start.sequences);
  let makespan = evaluate();
  let bestMakespan = makespan;
  let best = sequences();
  let sinceImprovement = 0;
  let iteration = 0;
  while (iteration < maxIterations && bestMakespan > targetMakespan) {
    if (performance.now() > deadline || budget.signal?.aborted || budget.shouldStop?.({ iteration, best: { makespan: bestMakespan, weightedTardiness: 0 } })) break;
    iteration += 1;
    neighbourhood(makespan, true);
    let chosen: BlockMove | null = null;
    let ties = 0;
    let fallback: BlockMove | null = null;
    for (const move of moves) {
      move.estimate = estimate(move);
      if (isTabu(move, iteration) && move.estimate >= bestMakespan) {
        if (!fallback || move.estimate < fallback.estimate) fallback = move;
        continue;
      }
      if (!chosen || move.estimate < chosen.estimate) {
        chosen = move;
        ties = 1;
      } else if (move.estimate === chosen.estimate && random() * ++ties < 1) {
        chosen = move;
      }
    }
    chosen ??= fallback;
    if (chosen) {
      forbidUndo(chosen, iteration + tenureBase + Math.floor(random() * (tenureSpread + 1)));
      apply(chosen);
      makespan = evaluate();
      if (makespan < 0) throw new Error('job-shop tabu search: a move the acyclicity test let through created a cycle');
    }
    if (chosen && makespan < bestMakespan) {
      bestMakespan = makespan;
      best = sequences();
      sinceImprovement = 0;
    } else if (!chosen || ++sinceImprovement > stallLimit) {
      // Back to the best schedule, a few random block moves away from it, with a fresh tabu list.
      load(best);
      makespan = evaluate();
      for (let step = 0; step < 2 + Math.floor(random() * 3); step += 1) {
        neighbourhood(makespan, true);
        if (moves.length === 0) break;
        apply(moves[Math.floor(random() * moves.length)]!);
        makespan = evaluate();
      }
      tabu.fill(0);
      sinceImprovement = 0;
      if (makespan < bestMakespan) {
        bestMakespan = makespan;
        best = sequences();
      }
    }
  }
  return { solution: { choice: new Int32Array(n), sequences: best }, quality: { makespan: bestMakespan, weightedTardiness: 0 }, iterations: iteration };
}
