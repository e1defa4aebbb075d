import { fitInCalendar } from './calendar.rules.ts';
import type { CompiledProblem } from './compiled-problem.ts';
import { createScratch, decode, type Solution } from './schedule-builder.ts';

/** A move of the search: `operation` runs on its alternative `alternative`, right after `after` on that machine (-1: first). */
export interface Relocation {
  operation: number;
  alternative: number;
  after: number;
}

export interface Quality {
  makespan: number;
  weightedTardiness: number;
}

/** A copy of the machine orders and assignment, to return to later. */
export interface Snapshot {
  choice: Int32Array;
  previous: Int32Array;
  next: Int32Array;
  head: Int32Array;
}

/**
 * A schedule the search can change in place: machine orders as linked lists
 * and start times kept up to date by propagating a move only to the
 * operations it delays or advances. On a 2,000-operation plant most moves
 * touch a few dozen operations, because calendar gaps and slack absorb them;
 * decoding the whole plant for every candidate made the search a few
 * iterations per second (label-correcting propagation, as in Vaessens et al.
 * 1996 for disjunctive graphs).
 */
export class ScheduleState {
  readonly choice: Int32Array;
  readonly previous: Int32Array;
  readonly next: Int32Array;
  readonly head: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly setup: Float64Array;
  readonly completion: Float64Array;
  makespan = 0;
  weightedTardiness = 0;

  private readonly problem: CompiledProblem;
  private readonly heapKey: Float64Array;
  private readonly heapOperation: Int32Array;
  private heapSize = 0;
  private readonly inHeap: Uint8Array;
  private readonly loggedAt: Int32Array;
  private readonly logOperation: Int32Array;
  private readonly logStart: Float64Array;
  private readonly logEnd: Float64Array;
  private readonly logSetup: Float64Array;
  private logSize = 0;
  private readonly jobLoggedAt: Int32Array;
  private readonly logJob: Int32Array;
  private readonly logCompletion: Float64Array;
  private jobLogSize = 0;
  private trial = 0;

  constructor(problem: CompiledProblem, solution: Solution) {
    const n = problem.operationCount;
    this.problem = problem;
    this.choice = Int32Array.from(solution.choice);
    this.previous = new Int32Array(n).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    this.head = new Int32Array(problem.machineCount).fill(-1);
    solution.sequences.forEach((sequence, machine) => {
      sequence.forEach((operation, position) => {
        if (position === 0) this.head[machine] = operation;
        else {
          this.previous[operation] = sequence[position - 1]!;
          this.next[sequence[position - 1]!] = operation;
        }
      });
    });
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.setup = new Float64Array(n);
    this.completion = new Float64Array(problem.jobId.length);
    this.heapKey = new Float64Array(n);
    this.heapOperation = new Int32Array(n);
    this.inHeap = new Uint8Array(n);
    this.loggedAt = new Int32Array(n);
    this.logOperation = new Int32Array(n);
    this.logStart = new Float64Array(n);
    this.logEnd = new Float64Array(n);
    this.logSetup = new Float64Array(n);
    this.jobLoggedAt = new Int32Array(problem.jobId.length);
    this.logJob = new Int32Array(problem.jobId.length);
    this.logCompletion = new Float64Array(problem.jobId.length);
    this.retime();
  }

  machineOf(operation: number): number {
    return this.problem.alternatives[operation]![this.choice[operation]!]!.machine;
  }

  /** Recomputes every time from scratch; false when the machine orders contradict precedence. */
  retime(): boolean {
    const timing = decode(this.problem, this.toSolution(), createScratch(this.problem));
    if (!timing) return false;
    this.start.set(timing.start);
    this.end.set(timing.end);
    this.setup.set(timing.setup);
    this.completion.set(timing.completion);
    this.makespan = timing.makespan;
    this.weightedTardiness = timing.weightedTardiness;
    return true;
  }

  toSolution(): Solution {
    const sequences: number[][] = [];
    for (let machine = 0; machine < this.problem.machineCount; machine += 1) {
      const sequence: number[] = [];
      for (let operation = this.head[machine]!; operation >= 0; operation = this.next[operation]!) sequence.push(operation);
      sequences.push(sequence);
    }
    return { choice: Int32Array.from(this.choice), sequences };
  }

  snapshot(): Snapshot {
    return { choice: Int32Array.from(this.choice), previous: Int32Array.from(this.previous), next: Int32Array.from(this.next), head: Int32Array.from(this.head) };
  }

  restore(snapshot: Snapshot): void {
    this.choice.set(snapshot.choice);
    this.previous.set(snapshot.previous);
    this.next.set(snapshot.next);
    this.head.set(snapshot.head);
    this.retime();
  }

  /**
   * The quality the schedule would have after the move, leaving it
   * unchanged; null when the move would create a cycle, or when re-timing
   * visits more than `reach` operations (a cycle re-times without end, so
   * the same limit catches both).
   */
  evaluate(move: Relocation, reach = Number.POSITIVE_INFINITY): Quality | null {
    const undo = this.relocate(move);
    const feasible = this.propagate(undo.seeds, reach);
    const quality = feasible ? this.measure() : null;
    this.rollBack(undo);
    return quality;
  }

  /** Makes the move; false (and no change) when it would create a cycle. */
  apply(move: Relocation): boolean {
    const undo = this.relocate(move);
    const quality = this.propagate(undo.seeds) ? this.measure() : null;
    if (!quality) {
      this.rollBack(undo);
      return false;
    }
    this.makespan = quality.makespan;
    this.weightedTardiness = quality.weightedTardiness;
    return true;
  }

  /**
   * The operation whose end held this one back: the machine predecessor or
   * job predecessor that binds, even when a calendar gap then delayed the
   * start further (moving that operation earlier may let this one fit before
   * the gap). -1 when the release, material time or freezing binds.
   */
  cause(operation: number): number {
    if (this.problem.frozen[operation]) return -1;
    let earliest = this.problem.readyAt[operation]!;
    let because = -1;
    for (const predecessor of this.problem.predecessors[operation]!) {
      if (this.end[predecessor]! > earliest) {
        earliest = this.end[predecessor]!;
        because = predecessor;
      }
    }
    const previous = this.previous[operation]!;
    if (previous >= 0 && this.end[previous]! + this.setup[operation]! >= earliest && (this.end[previous]! + this.setup[operation]! > earliest || because < 0)) {
      because = previous;
    }
    return because;
  }

  private relocate(move: Relocation): { operation: number; alternative: number; previous: number; machine: number; seeds: number[] } {
    const { operation } = move;
    const oldAlternative = this.choice[operation]!;
    const oldMachine = this.machineOf(operation);
    const before = this.previous[operation]!;
    const after = this.next[operation]!;
    this.unlink(operation, oldMachine);
    this.choice[operation] = move.alternative;
    this.link(operation, this.machineOf(operation), move.after);
    this.trial += 1;
    this.logSize = 0;
    this.jobLogSize = 0;
    return { operation, alternative: oldAlternative, previous: before, machine: oldMachine, seeds: [operation, after, this.next[operation]!] };
  }

  private rollBack(undo: { operation: number; alternative: number; previous: number; machine: number }): void {
    this.unlink(undo.operation, this.machineOf(undo.operation));
    this.choice[undo.operation] = undo.alternative;
    this.link(undo.operation, undo.machine, undo.previous);
    for (let index = 0; index < this.logSize; index += 1) {
      const operation = this.logOperation[index]!;
      this.start[operation] = this.logStart[index]!;
      this.end[operation] = this.logEnd[index]!;
      this.setup[operation] = this.logSetup[index]!;
    }
    for (let index = 0; index < this.jobLogSize; index += 1) this.completion[this.logJob[index]!] = this.logCompletion[index]!;
    this.trial += 1;
  }

  private unlink(operation: number, machine: number): void {
    const before = this.previous[operation]!;
    const after = this.next[operation]!;
    if (before >= 0) this.next[before] = after;
    else this.head[machine] = after;
    if (after >= 0) this.previous[after] = before;
    this.previous[operation] = -1;
    this.next[operation] = -1;
  }

  private link(operation: number, machine: number, after: number): void {
    const following = after >= 0 ? this.next[after]! : this.head[machine]!;
    this.previous[operation] = after;
    this.next[operation] = following;
    if (after >= 0) this.next[after] = operation;
    else this.head[machine] = operation;
    if (following >= 0) this.previous[following] = operation;
  }

  /**
   * Re-times the operations downstream of the seeds, earliest first, and only
   * as far as times actually change. Processing in start order is a
   * topological order of the new graph except around the moved operation, so
   * an operation is occasionally re-timed twice; a cycle would re-time
   * forever, which the pop limit turns into "infeasible".
   */
  private propagate(seeds: number[], reach = Number.POSITIVE_INFINITY): boolean {
    const problem = this.problem;
    for (const seed of seeds) if (seed >= 0) this.push(seed, this.start[seed]!);
    const limit = Math.min(reach, 4 * problem.operationCount + 16);
    let pops = 0;
    while (this.heapSize > 0) {
      const operation = this.pop();
      if (++pops > limit) {
        while (this.heapSize > 0) this.pop();
        return false;
      }
      let earliest = problem.readyAt[operation]!;
      for (const predecessor of problem.predecessors[operation]!) if (this.end[predecessor]! > earliest) earliest = this.end[predecessor]!;
      const previous = this.previous[operation]!;
      const setup = previous >= 0 ? problem.setupTime(previous, operation) : 0;
      if (previous >= 0 && this.end[previous]! + setup > earliest) earliest = this.end[previous]! + setup;
      const alternative = problem.alternatives[operation]![this.choice[operation]!]!;
      const frozen = problem.frozen[operation];
      const calendar = problem.calendar[alternative.machine]!;
      let start: number;
      let end: number;
      if (frozen) {
        start = frozen.start;
        end = fitInCalendar(calendar, frozen.start, alternative.duration, problem.splittable[operation] === 1).end;
      } else if (!calendar) {
        start = earliest;
        end = earliest + alternative.duration;
      } else {
        const placed = fitInCalendar(calendar, earliest, alternative.duration, problem.splittable[operation] === 1);
        start = placed.start;
        end = placed.end;
      }
      if (start === this.start[operation] && end === this.end[operation] && setup === this.setup[operation]) continue;
      if (this.loggedAt[operation] !== this.trial) {
        this.loggedAt[operation] = this.trial;
        this.logOperation[this.logSize] = operation;
        this.logStart[this.logSize] = this.start[operation]!;
        this.logEnd[this.logSize] = this.end[operation]!;
        this.logSetup[this.logSize] = this.setup[operation]!;
        this.logSize += 1;
      }
      const endChanged = end !== this.end[operation];
      this.start[operation] = start;
      this.end[operation] = end;
      this.setup[operation] = setup;
      if (!endChanged) continue;
      const job = problem.jobOf[operation]!;
      if (this.jobLoggedAt[job] !== this.trial) {
        this.jobLoggedAt[job] = this.trial;
        this.logJob[this.jobLogSize] = job;
        this.logCompletion[this.jobLogSize] = this.completion[job]!;
        this.jobLogSize += 1;
      }
      for (const successor of problem.successors[operation]!) this.push(successor, end);
      const following = this.next[operation]!;
      if (following >= 0) this.push(following, end);
    }
    return true;
  }

  /**
   * Completion of the jobs the move touched, then the objectives over all
   * jobs (summed afresh, so no rounding drift); null when an operation was
   * pushed past the end of its machine's calendar.
   */
  private measure(): Quality | null {
    const problem = this.problem;
    for (let index = 0; index < this.jobLogSize; index += 1) {
      const job = this.logJob[index]!;
      let done = 0;
      for (const operation of problem.jobEnds[job]!) if (this.end[operation]! > done) done = this.end[operation]!;
      this.completion[job] = done;
    }
    let makespan = 0;
    let weightedTardiness = 0;
    for (let job = 0; job < this.completion.length; job += 1) {
      const done = this.completion[job]!;
      if (done > makespan) makespan = done;
      if (done > problem.due[job]!) weightedTardiness += problem.weight[job]! * (done - problem.due[job]!);
    }
    return Number.isFinite(makespan) ? { makespan, weightedTardiness } : null;
  }

  private push(operation: number, key: number): void {
    if (this.inHeap[operation]) return;
    this.inHeap[operation] = 1;
    let position = this.heapSize++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (this.heapKey[parent]! <= key) break;
      this.heapKey[position] = this.heapKey[parent]!;
      this.heapOperation[position] = this.heapOperation[parent]!;
      position = parent;
    }
    this.heapKey[position] = key;
    this.heapOperation[position] = operation;
  }

  private pop(): number {
    const top = this.heapOperation[0]!;
    this.inHeap[top] = 0;
    const size = --this.heapSize;
    if (size > 0) {
      const key = this.heapKey[size]!;
      const operation = this.heapOperation[size]!;
      let position = 0;
      for (;;) {
        let child = 2 * position + 1;
        if (child >= size) break;
        if (child + 1 < size && this.heapKey[child + 1]! < this.heapKey[child]!) child += 1;
        if (this.heapKey[child]! >= key) break;
        this.heapKey[position] = this.heapKey[child]!;
        this.heapOperation[position] = this.heapOperation[child]!;
        position = child;
      }
      this.heapKey[position] = key;
      this.heapOperation[position] = operation;
    }
    return top;
  }
}
