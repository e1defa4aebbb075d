import { fitInCalendar } from './calendar.rules.ts';
import type { CompiledProblem } from './compiled-problem.ts';
import type { Solution } from './schedule-builder.ts';

export type DispatchingRule = 'SPT' | 'EDD' | 'ATC' | 'ATCS' | 'MWKR';

export const dispatchingRules: readonly DispatchingRule[] = ['SPT', 'EDD', 'ATC', 'ATCS', 'MWKR'];

/**
 * Look-aheads of the apparent-tardiness-cost rules, in mean durations and
 * mean setups. ATC (Vepsalainen & Morton 1987): 2 suits moderately loaded
 * shops. ATCS (Lee, Bhaskaran & Pinedo 1997) also discounts an operation by
 * the setup it needs after the machine's last one; of the values tried on the
 * generated plants (2–12 and 0.05–0.5), 6 and 0.15 did well on both sizes.
 */
export interface LookAhead {
  due: number;
  setup: number;
  /**
   * How many times its remaining work a job is expected to take to finish,
   * waiting included (Vepsalainen & Morton's lead-time estimate): 1 counts
   * no waiting, so on a loaded shop a job looks on time until too late.
   */
  leadTime?: number;
}
const atcLookAhead: LookAhead = { due: 2, setup: Number.POSITIVE_INFINITY };
const atcsLookAhead: LookAhead = { due: 6, setup: 0.15 };

/**
 * Giffler & Thompson (1960) active-schedule generation: among operations
 * ready to run, find the earliest possible completion and its machine; of the
 * operations that could start on that machine before then, the rule picks
 * one. Frozen operations are placed first, where they already are.
 */
export interface DispatchGuide {
  /** A machine fixed for every operation beforehand (an index into its alternatives). */
  assignment?: Int32Array;
  /** ATC and ATCS with other look-aheads than their defaults: the engine tries several. */
  lookAhead?: LookAhead;
}

export function dispatch(problem: CompiledProblem, rule: DispatchingRule, guide: DispatchGuide = {}): Solution {
  const { assignment } = guide;
  const n = problem.operationCount;
  const choice = new Int32Array(n);
  const sequences: number[][] = Array.from({ length: problem.machineCount }, () => []);
  const machineFree = new Float64Array(problem.machineCount);
  const machineLast = new Int32Array(problem.machineCount).fill(-1);
  const end = new Float64Array(n);
  const waitingFor = problem.predecessors.map((list) => list.length);
  const done = new Uint8Array(n);
  const shortest = problem.alternatives.map((alternatives) => Math.min(...alternatives.map((alternative) => alternative.duration)));
  const remainingWork = workToJobEnd(problem, shortest);
  const meanDuration = shortest.reduce((sum, duration) => sum + duration, 0) / Math.max(1, n);
  const lookAhead = guide.lookAhead ?? (rule === 'ATCS' ? atcsLookAhead : atcLookAhead);
  const meanSetup = meanChangeover(problem);
  const leadTime = lookAhead.leadTime ?? 1;

  // An operation's placement on a machine changes only when that machine takes another operation (its predecessors are done
  // once it is ready): cached per alternative against the machine's version, a 10,000-operation plant dispatches in a second
  // instead of recomputing every ready operation's calendar fit at every step.
  const alternativeOffset = new Int32Array(n + 1);
  for (let operation = 0; operation < n; operation += 1) alternativeOffset[operation + 1] = alternativeOffset[operation]! + problem.alternatives[operation]!.length;
  const cachedVersion = new Int32Array(alternativeOffset[n]!).fill(-1);
  const cachedStart = new Float64Array(alternativeOffset[n]!);
  const cachedEnd = new Float64Array(alternativeOffset[n]!);
  const machineVersion = new Int32Array(problem.machineCount);

  const place = (operation: number, alternativeIndex: number, start: number, finish: number) => {
    const machine = problem.alternatives[operation]![alternativeIndex]!.machine;
    machineVersion[machine]! += 1;
    choice[operation] = alternativeIndex;
    sequences[machine]!.push(operation);
    machineFree[machine] = finish;
    machineLast[machine] = operation;
    end[operation] = finish;
    done[operation] = 1;
    for (const successor of problem.successors[operation]!) waitingFor[successor]! -= 1;
  };

  const frozen = problem.frozen
    .map((at, operation) => ({ at, operation }))
    .filter((entry): entry is { at: { machine: number; start: number }; operation: number } => entry.at !== null)
    .sort((a, b) => a.at.start - b.at.start);
  for (const { at, operation } of frozen) {
    const alternativeIndex = problem.alternatives[operation]!.findIndex((alternative) => alternative.machine === at.machine);
    const duration = problem.alternatives[operation]![alternativeIndex]!.duration;
    place(operation, alternativeIndex, at.start, fitInCalendar(problem.calendar[at.machine]!, at.start, duration, problem.splittable[operation] === 1).end);
  }

  /** The alternatives dispatching may choose from: all of them, or only the one an assignment fixed. */
  const allowed = (operation: number, alternativeIndex: number) => assignment === undefined || problem.frozen[operation] !== null || assignment[operation] === alternativeIndex;
  /** Where the alternative would place the operation now: returns the end and leaves the start in `optionStart` (no allocation: this runs millions of times). */
  let optionStart = 0;
  const option = (operation: number, alternativeIndex: number): number => {
    const alternative = problem.alternatives[operation]![alternativeIndex]!;
    const slot = alternativeOffset[operation]! + alternativeIndex;
    if (cachedVersion[slot] !== machineVersion[alternative.machine]) {
      let earliest = problem.readyAt[operation]!;
      for (const predecessor of problem.predecessors[operation]!) earliest = Math.max(earliest, end[predecessor]!);
      const last = machineLast[alternative.machine]!;
      earliest = Math.max(earliest, machineFree[alternative.machine]! + (last >= 0 ? problem.setupTime(last, operation) : 0));
      const placed = fitInCalendar(problem.calendar[alternative.machine]!, earliest, alternative.duration, problem.splittable[operation] === 1);
      cachedVersion[slot] = machineVersion[alternative.machine]!;
      cachedStart[slot] = placed.start;
      cachedEnd[slot] = placed.end;
    }
    optionStart = cachedStart[slot]!;
    return cachedEnd[slot]!;
  };

  /** The machine being loaded: ATCS weighs the setup each candidate needs after its last operation. */
  let loading = -1;
  const priority = (operation: number, duration: number, start: number) => {
    const job = problem.jobOf[operation]!;
    switch (rule) {
      case 'SPT':
        return duration;
      case 'EDD':
        return problem.due[job]!;
      case 'MWKR':
        return -remainingWork[operation]!;
      case 'ATC':
      case 'ATCS': {
        const slack = Math.max(0, problem.due[job]! - start - leadTime * remainingWork[operation]!);
        const due = Number.isFinite(slack) ? slack : 1e12;
        const index = (problem.weight[job]! / Math.max(duration, 1e-9)) * Math.exp(-due / (lookAhead.due * Math.max(meanDuration, 1e-9)));
        const last = machineLast[loading]!;
        if (rule === 'ATC' || last < 0 || meanSetup === 0) return -index;
        return -index * Math.exp(-problem.setupTime(last, operation) / (lookAhead.setup * meanSetup));
      }
    }
  };

  // Ready operations by machine, each machine's earliest completion among them recomputed only when it changed: a step costs
  // the few operations that compete for the machine just loaded, not every ready operation of a 10,000-operation plant.
  const slotOperation = new Int32Array(alternativeOffset[n]!);
  /** A second alternative of an operation on the same machine: the operation competes there with its first. */
  const repeated = new Uint8Array(alternativeOffset[n]!);
  for (let operation = 0; operation < n; operation += 1) {
    problem.alternatives[operation]!.forEach((alternative, index) => {
      slotOperation[alternativeOffset[operation]! + index] = operation;
      if (problem.alternatives[operation]!.findIndex((other) => other.machine === alternative.machine) < index) repeated[alternativeOffset[operation]! + index] = 1;
    });
  }
  const readyOn: number[][] = Array.from({ length: problem.machineCount }, () => []);
  const earliestEnd = new Float64Array(problem.machineCount);
  const stale = new Uint8Array(problem.machineCount);
  const becomeReady = (operation: number) => {
    problem.alternatives[operation]!.forEach((alternative, index) => {
      if (!allowed(operation, index)) return;
      readyOn[alternative.machine]!.push(alternativeOffset[operation]! + index);
      stale[alternative.machine] = 1;
    });
  };
  const leave = (operation: number) => {
    for (const alternative of problem.alternatives[operation]!) {
      const list = readyOn[alternative.machine]!;
      for (let index = list.length - 1; index >= 0; index -= 1) if (slotOperation[list[index]!] === operation) list.splice(index, 1);
      stale[alternative.machine] = 1;
    }
  };
  const earliestEndOn = (machine: number): number => {
    if (stale[machine]) {
      let best = Number.POSITIVE_INFINITY;
      for (const slot of readyOn[machine]!) {
        const operation = slotOperation[slot]!;
        const finish = option(operation, slot - alternativeOffset[operation]!);
        if (finish < best) best = finish;
      }
      earliestEnd[machine] = best;
      stale[machine] = 0;
    }
    return earliestEnd[machine]!;
  };

  let scheduled = frozen.length;
  for (let operation = 0; operation < n; operation += 1) if (!done[operation] && waitingFor[operation] === 0) becomeReady(operation);
  while (scheduled < n) {
    let bestEnd = Number.POSITIVE_INFINITY;
    let bestMachine = -1;
    for (let machine = 0; machine < problem.machineCount; machine += 1) {
      if (readyOn[machine]!.length === 0) continue;
      const finish = earliestEndOn(machine);
      if (bestMachine < 0 || finish < bestEnd) {
        bestEnd = finish;
        bestMachine = machine;
      }
    }
    let picked = -1;
    let pickedAlternative = -1;
    let pickedKey = Number.POSITIVE_INFINITY;
    let pickedStart = 0;
    let pickedEnd = 0;
    loading = bestMachine;
    for (const slot of readyOn[bestMachine]!) {
      const operation = slotOperation[slot]!;
      const index = slot - alternativeOffset[operation]!;
      if (repeated[slot] && assignment === undefined) continue;
      const finish = option(operation, index);
      if (optionStart >= bestEnd && finish > bestEnd) continue;
      const key = priority(operation, problem.alternatives[operation]![index]!.duration, optionStart);
      if (picked < 0 || key < pickedKey || (key === pickedKey && operation < picked)) {
        picked = operation;
        pickedAlternative = index;
        pickedKey = key;
        pickedStart = optionStart;
        pickedEnd = finish;
      }
    }
    place(picked, pickedAlternative, pickedStart, pickedEnd);
    stale[bestMachine] = 1;
    scheduled += 1;
    leave(picked);
    for (const successor of problem.successors[picked]!) if (!done[successor] && waitingFor[successor] === 0) becomeReady(successor);
  }
  return { choice, sequences };
}

/**
 * A machine for every operation before any sequencing: jobs in the given
 * order, each operation on the machine whose load plus its duration is
 * least (the global selection of Zhang, Gao & Shi 2011). Dispatching alone
 * picks the machine that finishes an operation first, often a slow one
 * that happens to be idle; on a busy flexible shop that wastes capacity
 * the search then struggles to win back.
 */
export function balancedAssignment(problem: CompiledProblem, jobOrder: readonly number[]): Int32Array {
  const assignment = new Int32Array(problem.operationCount);
  const load = new Float64Array(problem.machineCount);
  const byJob: number[][] = problem.jobId.map(() => []);
  for (let operation = 0; operation < problem.operationCount; operation += 1) byJob[problem.jobOf[operation]!]!.push(operation);
  for (const job of jobOrder) {
    for (const operation of byJob[job]!) {
      let chosen = 0;
      problem.alternatives[operation]!.forEach((alternative, index) => {
        const best = problem.alternatives[operation]![chosen]!;
        if (load[alternative.machine]! + alternative.duration < load[best.machine]! + best.duration) chosen = index;
      });
      assignment[operation] = chosen;
      load[problem.alternatives[operation]![chosen]!.machine]! += problem.alternatives[operation]![chosen]!.duration;
    }
  }
  return assignment;
}

/** The mean setup between two different families that occur: ATCS's unit of setup time. */
function meanChangeover(problem: CompiledProblem): number {
  const used = new Set<number>();
  for (const family of problem.familyIndex) if (family >= 0) used.add(family);
  let sum = 0;
  let pairs = 0;
  for (const from of used) {
    for (const to of used) {
      if (from === to) continue;
      sum += problem.setupMatrix[from * problem.familyCount + to]!;
      pairs += 1;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/** Shortest remaining work from an operation (inclusive) to the end of its job. */
function workToJobEnd(problem: CompiledProblem, shortest: number[]): Float64Array {
  const work = new Float64Array(problem.operationCount);
  const visit = (operation: number): number => {
    if (work[operation]! > 0) return work[operation]!;
    const after = Math.max(0, ...problem.successors[operation]!.map(visit));
    work[operation] = shortest[operation]! + after;
    return work[operation]!;
  };
  for (let operation = 0; operation < problem.operationCount; operation += 1) visit(operation);
  return work;
}
