import { fitInCalendar } from './calendar.rules.ts';
import type { CompiledProblem } from './compiled-problem.ts';
import type { Solution } from './schedule-builder.ts';

export type DispatchingRule = 'SPT' | 'EDD' | 'ATC' | 'MWKR';

export const dispatchingRules: readonly DispatchingRule[] = ['SPT', 'EDD', 'ATC', 'MWKR'];

/** Look-ahead of the ATC rule (Vepsalainen & Morton 1987); 2 suits moderately loaded shops. */
const atcLookAhead = 2;

/**
 * Giffler & Thompson (1960) active-schedule generation: among operations
 * ready to run, find the earliest possible completion and its machine; of the
 * operations that could start on that machine before then, the rule picks
 * one. Frozen operations are placed first, where they already are.
 */
export function dispatch(problem: CompiledProblem, rule: DispatchingRule, assignment?: Int32Array): Solution {
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

  const place = (operation: number, alternativeIndex: number, start: number, finish: number) => {
    const machine = problem.alternatives[operation]![alternativeIndex]!.machine;
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
  const option = (operation: number, alternativeIndex: number) => {
    const alternative = problem.alternatives[operation]![alternativeIndex]!;
    let earliest = problem.readyAt[operation]!;
    for (const predecessor of problem.predecessors[operation]!) earliest = Math.max(earliest, end[predecessor]!);
    const last = machineLast[alternative.machine]!;
    earliest = Math.max(earliest, machineFree[alternative.machine]! + (last >= 0 ? problem.setupTime(last, operation) : 0));
    return fitInCalendar(problem.calendar[alternative.machine]!, earliest, alternative.duration, problem.splittable[operation] === 1);
  };

  const priority = (operation: number, duration: number, start: number) => {
    const job = problem.jobOf[operation]!;
    switch (rule) {
      case 'SPT':
        return duration;
      case 'EDD':
        return problem.due[job]!;
      case 'MWKR':
        return -remainingWork[operation]!;
      case 'ATC': {
        const slack = Math.max(0, problem.due[job]! - start - remainingWork[operation]!);
        const due = Number.isFinite(slack) ? slack : 1e12;
        return -(problem.weight[job]! / Math.max(duration, 1e-9)) * Math.exp(-due / (atcLookAhead * Math.max(meanDuration, 1e-9)));
      }
    }
  };

  let scheduled = frozen.length;
  const ready: number[] = [];
  for (let operation = 0; operation < n; operation += 1) if (!done[operation] && waitingFor[operation] === 0) ready.push(operation);
  while (scheduled < n) {
    let bestEnd = Number.POSITIVE_INFINITY;
    let bestMachine = -1;
    for (const operation of ready) {
      problem.alternatives[operation]!.forEach((alternative, index) => {
        if (!allowed(operation, index)) return;
        const { end: finish } = option(operation, index);
        if (bestMachine < 0 || finish < bestEnd || (finish === bestEnd && alternative.machine < bestMachine)) {
          bestEnd = finish;
          bestMachine = alternative.machine;
        }
      });
    }
    let picked = -1;
    let pickedAlternative = -1;
    let pickedKey = Number.POSITIVE_INFINITY;
    let pickedPlacement = { start: 0, end: 0 };
    for (const operation of ready) {
      const index = problem.alternatives[operation]!.findIndex((alternative, candidate) => alternative.machine === bestMachine && allowed(operation, candidate));
      if (index < 0) continue;
      const placement = option(operation, index);
      if (placement.start >= bestEnd && placement.end > bestEnd) continue;
      const key = priority(operation, problem.alternatives[operation]![index]!.duration, placement.start);
      if (picked < 0 || key < pickedKey || (key === pickedKey && operation < picked)) {
        picked = operation;
        pickedAlternative = index;
        pickedKey = key;
        pickedPlacement = placement;
      }
    }
    place(picked, pickedAlternative, pickedPlacement.start, pickedPlacement.end);
    scheduled += 1;
    ready.splice(ready.indexOf(picked), 1);
    for (const successor of problem.successors[picked]!) if (!done[successor] && waitingFor[successor] === 0) ready.push(successor);
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
