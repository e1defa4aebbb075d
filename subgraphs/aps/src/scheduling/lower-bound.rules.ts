import type { CompiledProblem } from './compiled-problem.ts';

/**
 * Earliest completion of every operation with its job alone in the plant:
 * each operation on its fastest machine, ignoring calendars and other jobs.
 * Calendars and competition only delay, so this never overshoots.
 */
function uncontendedFinish(problem: CompiledProblem): Float64Array {
  const finish = new Float64Array(problem.operationCount);
  const indegree = problem.predecessors.map((list) => list.length);
  const order: number[] = [];
  indegree.forEach((degree, operation) => degree === 0 && order.push(operation));
  for (let index = 0; index < order.length; index += 1) {
    const operation = order[index]!;
    const frozen = problem.frozen[operation];
    let earliest = frozen ? frozen.start : problem.readyAt[operation]!;
    for (const predecessor of problem.predecessors[operation]!) earliest = Math.max(earliest, finish[predecessor]!);
    const duration = frozen
      ? problem.alternatives[operation]!.find((alternative) => alternative.machine === frozen.machine)!.duration
      : Math.min(...problem.alternatives[operation]!.map((alternative) => alternative.duration));
    finish[operation] = earliest + duration;
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
