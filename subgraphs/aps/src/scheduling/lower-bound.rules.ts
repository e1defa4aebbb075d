import { fitInCalendar } from './calendar.rules.ts';
import type { CompiledProblem } from './compiled-problem.ts';

/**
 * Earliest completion of every operation with its job alone in the plant:
 * each operation on the machine where it would end first, within that
 * machine's calendar, ignoring setups and other jobs. Competition and setups
 * only delay, and an operation that ends earlier never lets its successor end
 * later, so this never overshoots. Calendars count: on a plant closed at
 * weekends, an order released on Friday evening is late by the weekend alone,
 * and a bound that ignores that calls avoidable lateness that no schedule can
 * remove.
 */
function uncontendedFinish(problem: CompiledProblem): Float64Array {
  const finish = new Float64Array(problem.operationCount);
  const indegree = problem.predecessors.map((list) => list.length);
  const order: number[] = [];
  indegree.forEach((degree, operation) => degree === 0 && order.push(operation));
  for (let index = 0; index < order.length; index += 1) {
    const operation = order[index]!;
    const splittable = problem.splittable[operation] === 1;
    const frozen = problem.frozen[operation];
    if (frozen) {
      const duration = problem.alternatives[operation]!.find((alternative) => alternative.machine === frozen.machine)!.duration;
      const end = fitInCalendar(problem.calendar[frozen.machine]!, frozen.start, duration, splittable).end;
      finish[operation] = Number.isFinite(end) ? end : frozen.start + duration;
    } else {
      let earliest = problem.readyAt[operation]!;
      for (const predecessor of problem.predecessors[operation]!) earliest = Math.max(earliest, finish[predecessor]!);
      let end = Number.POSITIVE_INFINITY;
      for (const alternative of problem.alternatives[operation]!) end = Math.min(end, fitInCalendar(problem.calendar[alternative.machine]!, earliest, alternative.duration, splittable).end);
      // Past the end of every calendar the schedule itself fails; the bound stays finite, as if the machines never closed.
      finish[operation] = Number.isFinite(end) ? end : earliest + Math.min(...problem.alternatives[operation]!.map((alternative) => alternative.duration));
    }
    for (const successor of problem.successors[operation]!) if (--indegree[successor]! === 0) order.push(successor);
  }
  return finish;
}

/**
 * A cheap bound on makespan: no schedule ends before the longest job on its
 * own, nor before a machine has done the work only it can do, starting when
 * the first of that work can.
 */
export function makespanLowerBound(problem: CompiledProblem): number {
  let bound = Math.max(0, ...uncontendedFinish(problem));
  const load = new Float64Array(problem.machineCount);
  const earliest = new Float64Array(problem.machineCount).fill(Number.POSITIVE_INFINITY);
  problem.alternatives.forEach((alternatives, operation) => {
    if (alternatives.length !== 1) return;
    const { machine, duration } = alternatives[0]!;
    load[machine]! += duration;
    earliest[machine] = Math.min(earliest[machine]!, problem.frozen[operation]?.start ?? problem.readyAt[operation]!);
  });
  load.forEach((work, machine) => {
    if (work > 0) bound = Math.max(bound, earliest[machine]! + work);
  });
  return bound;
}

/** Each job's weighted lateness when it meets no competition: what no schedule can avoid. */
export function weightedTardinessLowerBound(problem: CompiledProblem): number {
  const finish = uncontendedFinish(problem);
  let bound = 0;
  problem.jobEnds.forEach((ends, job) => {
    const completion = Math.max(...ends.map((operation) => finish[operation]!));
    if (completion > problem.due[job]!) bound += problem.weight[job]! * (completion - problem.due[job]!);
  });
  return bound;
}

export function lowerBounds(problem: CompiledProblem): { makespan: number; weightedTardiness: number } {
  return { makespan: makespanLowerBound(problem), weightedTardiness: weightedTardinessLowerBound(problem) };
}
