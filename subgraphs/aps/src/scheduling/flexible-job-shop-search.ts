import type { CompiledProblem } from './compiled-problem.ts';
import { seededRandom } from './random.ts';
import type { Solution } from './schedule-builder.ts';
import type { SearchBudget, SearchResult } from './tabu-search.ts';

/** A move of the search: `operation` on its alternative `alternative`, right after `after` on that machine (-1: first). */
interface Insertion {
  operation: number;
  alternative: number;
  after: number;
  /** On its own machine: 1 when the operation moves later (past operations behind it), 0 when earlier; -1 for another machine. */
  later: number;
}

/**
 * The flexible job shop (chains, several eligible machines per operation,
 * no setups, calendars or freezing) on a makespan objective: the search
 * that matters for Brandimarte-like plants, where choosing the machine is
 * half the problem. Each iteration takes every operation of a critical path
 * out of the schedule in turn, with heads and tails recomputed without it,
 * and rates every place it could go on every eligible machine in constant
 * time (Mastrolilli & Gambardella 2000): only the positions after the
 * machine's operations that must precede it and before those that must
 * follow it are candidates, and none of them closes a cycle. The best move
 * that is not tabu is made (a tabu move only when it beats the best
 * schedule); undoing it is tabu for a random tenure, and a long stall
 * restarts from the best schedule after a few random moves, weighing the
 * machine time a move saves differently in each run.
 */
export function flexibleJobShopSearch(problem: CompiledProblem, start: Solution, budget: SearchBudget, targetMakespan: number): SearchResult {
  const n = problem.operationCount;
  const m = problem.machineCount;
  const random = seededRandom(budget.seed ?? 1);
  const deadline = budget.timeMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + budget.timeMs;
  const maxIterations = budget.iterations ?? (budget.timeMs === undefined ? 10_000 : Number.POSITIVE_INFINITY);

  const alternativeStart = new Int32Array(n + 1);
  problem.alternatives.forEach((alternatives, operation) => (alternativeStart[operation + 1] = alternativeStart[operation]! + alternatives.length));
  const alternativeMachine = new Int32Array(alternativeStart[n]!);
  const alternativeDuration = new Float64Array(alternativeStart[n]!);
  problem.alternatives.forEach((alternatives, operation) =>
    alternatives.forEach((alternative, index) => {
      alternativeMachine[alternativeStart[operation]! + index] = alternative.machine;
      alternativeDuration[alternativeStart[operation]! + index] = alternative.duration;
    }),
  );
  const jobPrevious = new Int32Array(n).fill(-1);
  const jobNext = new Int32Array(n).fill(-1);
  for (let operation = 0; operation < n; operation += 1) {
    const predecessor = problem.predecessors[operation]![0];
    if (predecessor !== undefined) {
      jobPrevious[operation] = predecessor;
      jobNext[predecessor] = operation;
    }
  }
  const readyAt = problem.readyAt;

  const choice = new Int32Array(n);
  const machineOf = new Int32Array(n);
  const duration = new Float64Array(n);
  const machinePrevious = new Int32Array(n);
  const machineNext = new Int32Array(n);
  const machineHead = new Int32Array(m);
  const assign = (operation: number, alternative: number) => {
    choice[operation] = alternative;
    machineOf[operation] = alternativeMachine[alternativeStart[operation]! + alternative]!;
    duration[operation] = alternativeDuration[alternativeStart[operation]! + alternative]!;
  };
  const load = (solution: Solution) => {
    machinePrevious.fill(-1);
    machineNext.fill(-1);
    machineHead.fill(-1);
    for (let operation = 0; operation < n; operation += 1) assign(operation, solution.choice[operation]!);
    solution.sequences.forEach((sequence, machine) => {
      machineHead[machine] = sequence[0] ?? -1;
      for (let position = 1; position < sequence.length; position += 1) {
        machinePrevious[sequence[position]!] = sequence[position - 1]!;
        machineNext[sequence[position - 1]!] = sequence[position]!;
      }
    });
  };
  const current = (): Solution => {
    const sequences: number[][] = [];
    for (let machine = 0; machine < m; machine += 1) {
      const sequence: number[] = [];
      for (let operation = machineHead[machine]!; operation >= 0; operation = machineNext[operation]!) sequence.push(operation);
      sequences.push(sequence);
    }
    return { choice: Int32Array.from(choice), sequences };
  };

  const head = new Float64Array(n);
  /** How many operations end at the makespan: while one of them stays, taking another out leaves the makespan as it is. */
  let endersAtMakespan = 0;
  const tail = new Float64Array(n);
  const order = new Int32Array(n);
  const orderIndex = new Int32Array(n);
  const indegree = new Int32Array(n);
  /** Heads, tails and makespan of the current schedule; -1 when its machine orders contradict the routings. */
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
      orderIndex[operation] = index;
      const before = jobPrevious[operation]!;
      const previous = machinePrevious[operation]!;
      let earliest = readyAt[operation]!;
      if (before >= 0 && head[before]! + duration[before]! > earliest) earliest = head[before]! + duration[before]!;
      if (previous >= 0 && head[previous]! + duration[previous]! > earliest) earliest = head[previous]! + duration[previous]!;
      head[operation] = earliest;
      if (earliest + duration[operation]! > makespan) makespan = earliest + duration[operation]!;
    }
    endersAtMakespan = 0;
    for (let operation = 0; operation < n; operation += 1) if (head[operation]! + duration[operation]! === makespan) endersAtMakespan += 1;
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

  // Heads and tails with one operation taken out, its machine neighbours and its job neighbours joined (the job arc keeps every
  // descendant of the operation among those that must follow it, so no candidate closes a cycle). Taking an operation out only
  // shortens paths, and only those through it: the new values are propagated from its neighbours as far as they change, in
  // topological order, and stamped, so that everything else reads the schedule's own heads and tails.
  const headWithout = new Float64Array(n);
  const tailWithout = new Float64Array(n);
  const headStamp = new Int32Array(n);
  const tailStamp = new Int32Array(n);
  const queuedStamp = new Int32Array(n);
  let stamp = 0;
  const headOf = (operation: number) => (headStamp[operation] === stamp ? headWithout[operation]! : head[operation]!);
  const tailOf = (operation: number) => (tailStamp[operation] === stamp ? tailWithout[operation]! : tail[operation]!);
  const heap = new Int32Array(n);
  let heapSize = 0;
  const enqueue = (key: number, operation: number) => {
    if (queuedStamp[operation] === stamp) return;
    queuedStamp[operation] = stamp;
    let position = heapSize++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (heap[parent]! <= key) break;
      heap[position] = heap[parent]!;
      position = parent;
    }
    heap[position] = key;
  };
  const dequeue = (): number => {
    const top = heap[0]!;
    const key = heap[--heapSize]!;
    let position = 0;
    for (;;) {
      let child = 2 * position + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && heap[child + 1]! < heap[child]!) child += 1;
      if (heap[child]! >= key) break;
      heap[position] = heap[child]!;
      position = child;
    }
    heap[position] = key;
    return top;
  };
  /** Takes `removed` out and returns the makespan of what remains. */
  const remove = (removed: number): number => {
    stamp += 1;
    const before = machinePrevious[removed]!;
    const after = machineNext[removed]!;
    let endersLeft = endersAtMakespan - (head[removed]! + duration[removed]! === makespan ? 1 : 0);
    const forward = (operation: number) => operation >= 0 && enqueue(orderIndex[operation]!, operation);
    forward(jobNext[removed]!);
    forward(after);
    while (heapSize > 0) {
      const operation = order[dequeue()]!;
      const job = jobPrevious[operation] === removed ? jobPrevious[removed]! : jobPrevious[operation]!;
      const previous = operation === after ? before : machinePrevious[operation]!;
      let earliest = readyAt[operation]!;
      if (job >= 0 && headOf(job) + duration[job]! > earliest) earliest = headOf(job) + duration[job]!;
      if (previous >= 0 && headOf(previous) + duration[previous]! > earliest) earliest = headOf(previous) + duration[previous]!;
      if (earliest === head[operation]) continue;
      if (head[operation]! + duration[operation]! === makespan) endersLeft -= 1;
      headWithout[operation] = earliest;
      headStamp[operation] = stamp;
      forward(jobNext[operation]!);
      forward(machineNext[operation]!);
    }
    const backward = (operation: number) => operation >= 0 && enqueue(n - 1 - orderIndex[operation]!, operation);
    backward(jobPrevious[removed]!);
    backward(before);
    while (heapSize > 0) {
      const operation = order[n - 1 - dequeue()]!;
      const job = jobNext[operation] === removed ? jobNext[removed]! : jobNext[operation]!;
      const following = operation === before ? after : machineNext[operation]!;
      let rest = job >= 0 ? tailOf(job) + duration[job]! : 0;
      if (following >= 0 && tailOf(following) + duration[following]! > rest) rest = tailOf(following) + duration[following]!;
      if (rest === tail[operation]) continue;
      tailWithout[operation] = rest;
      tailStamp[operation] = stamp;
      backward(jobPrevious[operation]!);
      backward(machinePrevious[operation]!);
    }
    // Another operation still ending at the makespan keeps it; otherwise the latest end of what remains.
    if (endersLeft > 0) return makespan;
    let longest = 0;
    for (let operation = 0; operation < n; operation += 1) {
      if (operation !== removed && headOf(operation) + duration[operation]! > longest) longest = headOf(operation) + duration[operation]!;
    }
    return longest;
  };

  // The move each iteration makes, chosen while the neighbourhood is generated rather than from a list of them: it is rated by the
  // makespan expected plus the machine time it adds at the current work weight, then by the longest path through the moved
  // operation (lower: fewer operations left on critical paths), ties at random.
  const chosen: Insertion = { operation: -1, alternative: 0, after: -1, later: -1 };
  let chosenEstimate = 0;
  let chosenThrough = 0;
  let chosenWork = 0;
  let ties = 0;
  const fallback: Insertion = { operation: -1, alternative: 0, after: -1, later: -1 };
  let fallbackEstimate = 0;
  const candidate: Insertion = { operation: -1, alternative: 0, after: -1, later: -1 };
  let seen = 0;
  /** Offers a move: the best that is not tabu (or beats the best schedule) wins, ties at random; or, to shake the schedule, any move at random. */
  const offer = (estimate: number, through: number, work: number, iteration: number, anyAtRandom: boolean) => {
    if (anyAtRandom) {
      if (random() * ++seen < 1) Object.assign(chosen, candidate);
      return;
    }
    const order = chosen.operation < 0 ? -1 : estimate + workWeight * work - chosenEstimate - workWeight * chosenWork || through - chosenThrough;
    if (order > 0) return;
    if (estimate >= bestMakespan && isTabu(candidate, iteration)) {
      if (fallback.operation < 0 || estimate < fallbackEstimate) {
        Object.assign(fallback, candidate);
        fallbackEstimate = estimate;
      }
      return;
    }
    if (order < 0) ties = 1;
    else if (random() * ++ties >= 1) return;
    Object.assign(chosen, candidate);
    chosenEstimate = estimate;
    chosenThrough = through;
    chosenWork = work;
  };

  const path = new Int32Array(n);
  // How much a minute of machine time saved counts against a minute of makespan: 0 in the first run, then in turn at each restart.
  // Without it the search strands on plateaus where every machine is busy (mk07); with it always, it drifts on shops where
  // makespan alone steers well (mk06).
  const workWeights = [0, 0.25, 0.5];
  let workWeight = 0;
  let restarts = 0;
  const sequence = new Int32Array(n);
  /**
   * Every cycle-free place for every operation of a critical path, rated from heads and tails without it (Mastrolilli &
   * Gambardella 2000); leaves the move to make in `chosen` (-1: none).
   */
  const neighbourhood = (makespan: number, iteration: number, anyAtRandom: boolean) => {
    chosen.operation = -1;
    fallback.operation = -1;
    seen = 0;
    // One critical path, traced back from an operation that ends last, through a random tight predecessor where two are tight:
    // all critical operations at once cost twice the time per iteration and, measured on mk05–mk10, gave worse schedules.
    let pathLength = 0;
    let last = -1;
    let count = 0;
    for (let operation = 0; operation < n; operation += 1) if (head[operation]! + duration[operation]! === makespan && random() * ++count < 1) last = operation;
    for (let operation = last; operation >= 0; ) {
      path[pathLength++] = operation;
      const previous = machinePrevious[operation]!;
      const job = jobPrevious[operation]!;
      const machineTight = previous >= 0 && head[previous]! + duration[previous]! === head[operation];
      const jobTight = job >= 0 && head[job]! + duration[job]! === head[operation];
      operation = machineTight && jobTight ? (random() < 0.5 ? previous : job) : machineTight ? previous : jobTight ? job : -1;
    }
    for (let index = 0; index < pathLength; index += 1) {
      const operation = path[index]!;
      const rest = remove(operation);
      const job = jobPrevious[operation]!;
      const next = jobNext[operation]!;
      const ready = Math.max(readyAt[operation]!, job >= 0 ? headOf(job) + duration[job]! : 0);
      const after = next >= 0 ? tailOf(next) + duration[next]! : 0;
      candidate.operation = operation;
      for (let alternative = 0; alternative < alternativeStart[operation + 1]! - alternativeStart[operation]!; alternative += 1) {
        const machine = alternativeMachine[alternativeStart[operation]! + alternative]!;
        const own = alternativeDuration[alternativeStart[operation]! + alternative]!;
        // Operations ending after `ready` delay it if they go first; operations whose tail outlasts `after` lengthen the path if they go last.
        let length = 0;
        let lastMustPrecede = 0;
        let firstMustFollow = -1;
        let ownPosition = -1;
        for (let other = machineHead[machine]!; other >= 0; other = machineNext[other]!) {
          if (other === operation) {
            ownPosition = length;
            continue;
          }
          sequence[length++] = other;
          const late = headOf(other) + duration[other]! > ready;
          const long = duration[other]! + tailOf(other) > after;
          if (long && !late) lastMustPrecede = length;
          if (late && !long && firstMustFollow < 0) firstMustFollow = length;
        }
        if (firstMustFollow < 0) firstMustFollow = length + 1;
        candidate.alternative = alternative;
        for (let position = lastMustPrecede; position < firstMustFollow; position += 1) {
          if (position === ownPosition) continue;
          const previous = position > 0 ? sequence[position - 1]! : -1;
          const following = position < length ? sequence[position]! : -1;
          const startAt = previous >= 0 && headOf(previous) + duration[previous]! > ready ? headOf(previous) + duration[previous]! : ready;
          const endToEnd = following >= 0 && tailOf(following) + duration[following]! > after ? tailOf(following) + duration[following]! : after;
          const through = startAt + own + endToEnd;
          candidate.after = previous;
          candidate.later = ownPosition < 0 ? -1 : position > ownPosition ? 1 : 0;
          offer(through > rest ? through : rest, through, own - duration[operation]!, iteration, anyAtRandom);
        }
      }
    }
    if (chosen.operation < 0 && fallback.operation >= 0) Object.assign(chosen, fallback);
  };

  const unlink = (operation: number) => {
    const before = machinePrevious[operation]!;
    const after = machineNext[operation]!;
    if (before >= 0) machineNext[before] = after;
    else machineHead[machineOf[operation]!] = after;
    if (after >= 0) machinePrevious[after] = before;
    machinePrevious[operation] = -1;
    machineNext[operation] = -1;
  };
  const link = (operation: number, after: number) => {
    const machine = machineOf[operation]!;
    const following = after >= 0 ? machineNext[after]! : machineHead[machine]!;
    machinePrevious[operation] = after;
    machineNext[operation] = following;
    if (after >= 0) machineNext[after] = operation;
    else machineHead[machine] = operation;
    if (following >= 0) machinePrevious[following] = operation;
  };
  const move = (candidate: Pick<Insertion, 'operation' | 'alternative' | 'after'>) => {
    unlink(candidate.operation);
    assign(candidate.operation, candidate.alternative);
    link(candidate.operation, candidate.after);
  };
  /** Makes the move and re-times; the candidate rule keeps moves free of cycles, but should one slip through it is undone rather than trusted. */
  const tryMove = (candidate: Pick<Insertion, 'operation' | 'alternative' | 'after'>): boolean => {
    const undo = { operation: candidate.operation, alternative: choice[candidate.operation]!, after: machinePrevious[candidate.operation]! };
    move(candidate);
    const moved = evaluate();
    if (moved >= 0) {
      makespan = moved;
      return true;
    }
    move(undo);
    makespan = evaluate();
    return false;
  };

  // Tabu: for a while, an operation may not return to the machine it left, nor two operations of a machine swap back the order a move gave them.
  const machineTabu = new Int32Array(n * m);
  const orderTabu = new Map<number, number>();
  /** Operations `candidate` jumps on its own machine, in machine order. */
  const jumped = (candidate: Insertion, visit: (other: number) => boolean): boolean => {
    const operation = candidate.operation;
    if (candidate.later === 1) {
      for (let other = machineNext[operation]!; other >= 0; other = machineNext[other]!) {
        if (visit(other)) return true;
        if (other === candidate.after) break;
      }
    } else {
      for (let other = candidate.after >= 0 ? machineNext[candidate.after]! : machineHead[machineOf[operation]!]!; other >= 0 && other !== operation; other = machineNext[other]!) {
        if (visit(other)) return true;
      }
    }
    return false;
  };
  const isTabu = (candidate: Insertion, iteration: number): boolean => {
    const operation = candidate.operation;
    if (candidate.later < 0) return machineTabu[operation * m + alternativeMachine[alternativeStart[operation]! + candidate.alternative]!]! > iteration;
    // Moving later puts each jumped operation before this one; moving earlier puts this one before each.
    return jumped(candidate, (other) => (orderTabu.get(candidate.later === 1 ? other * n + operation : operation * n + other) ?? 0) > iteration);
  };
  const forbidUndo = (candidate: Insertion, until: number) => {
    const operation = candidate.operation;
    if (candidate.later < 0) {
      machineTabu[operation * m + machineOf[operation]!] = until;
      return;
    }
    jumped(candidate, (other) => {
      orderTabu.set(candidate.later === 1 ? operation * n + other : other * n + operation, until);
      return false;
    });
  };
  // Tenure 15–29, restart after max(2000, 20 n) iterations without a new best, 2–4 random moves: the best of those tried on mk05–mk10.
  const tenureBase = 15;
  const stallLimit = Math.max(2000, 20 * n);
  const shakeMoves = 2;

  let makespan = 0;
  load(start);
  makespan = evaluate();
  let bestMakespan = makespan;
  let best = current();
  let sinceImprovement = 0;
  let iteration = 0;
  while (iteration < maxIterations && bestMakespan > targetMakespan) {
    if (performance.now() > deadline || budget.signal?.aborted || budget.shouldStop?.({ iteration, best: { makespan: bestMakespan, weightedTardiness: 0 } })) break;
    iteration += 1;
    if (iteration % 1024 === 0) for (const [key, until] of orderTabu) if (until <= iteration) orderTabu.delete(key);
    neighbourhood(makespan, iteration, false);
    const moved = chosen.operation >= 0;
    if (moved) {
      // The undo is recorded against the orders before the move.
      forbidUndo(chosen, iteration + tenureBase + Math.floor(random() * tenureBase));
      tryMove(chosen);
    }
    if (moved && makespan < bestMakespan) {
      bestMakespan = makespan;
      best = current();
      sinceImprovement = 0;
    } else if (!moved || ++sinceImprovement > stallLimit) {
      // Back to the best schedule, a few random moves away from it, with a fresh tabu list.
      load(best);
      makespan = evaluate();
      for (let step = 0; step < shakeMoves + Math.floor(random() * 3); step += 1) {
        neighbourhood(makespan, iteration, true);
        if (chosen.operation < 0) break;
        tryMove(chosen);
      }
      orderTabu.clear();
      machineTabu.fill(0);
      sinceImprovement = 0;
      restarts += 1;
      workWeight = workWeights[restarts % workWeights.length]!;
      if (makespan < bestMakespan) {
        bestMakespan = makespan;
        best = current();
      }
    }
  }
  return { solution: best, quality: { makespan: bestMakespan, weightedTardiness: 0 }, iterations: iteration };
}
