import { fitInCalendar } from './calendar.rules.ts';
import { compileProblem } from './compiled-problem.ts';
import { SchedulingInputError, type Schedule, type ScheduledOperation, type SchedulingProblem } from './model.ts';

/** A planner's drag on the Gantt chart: this operation, on this machine, starting then. */
export interface ManualMove {
  jobId: string;
  operationId: string;
  machineId: string;
  start: number;
}

/**
 * Puts one operation where the planner dropped it and leaves everything
 * else where it is: a drag is a decision, not a request to re-plan. When
 * the drop breaks the plan, nothing moves and a coded error names the
 * operation and what it breaks (a precedence, the machine's calendar, the
 * machine's other work or its changeover, a release or material time, a
 * frozen operation), in the style of the engine's input errors.
 */
export function moveOperation(problem: SchedulingProblem, schedule: Schedule, move: ManualMove): Schedule {
  const compiled = compileProblem(problem);
  const at = { jobId: move.jobId, operationId: move.operationId };
  const name = `Job ${move.jobId}, operation ${move.operationId}`;
  const index = compiled.operationId.findIndex((operationId, operation) => operationId === move.operationId && compiled.jobId[compiled.jobOf[operation]!] === move.jobId);
  const placed = new Map(schedule.operations.map((operation) => [`${operation.jobId}/${operation.operationId}`, operation]));
  const current = placed.get(`${move.jobId}/${move.operationId}`);
  if (index < 0 || !current) throw new SchedulingInputError('UNKNOWN_OPERATION', `${name} is not in this plan`, at);
  if (compiled.frozen[index]) throw new SchedulingInputError('OPERATION_FROZEN', `${name} has started or is inside the frozen horizon; it cannot be moved`, at);
  const machine = compiled.machineId.indexOf(move.machineId);
  const alternative = compiled.alternatives[index]!.find((candidate) => candidate.machine === machine);
  if (!alternative) throw new SchedulingInputError('NO_ELIGIBLE_MACHINE', `${name} cannot run on ${move.machineId}`, at);
  if (!Number.isFinite(move.start) || move.start < compiled.readyAt[index]!) {
    throw new SchedulingInputError('BEFORE_RELEASE', `${name} cannot start before ${compiled.readyAt[index]} (its release or material)`, at);
  }
  const span = fitInCalendar(compiled.calendar[machine]!, move.start, alternative.duration, compiled.splittable[index] === 1);
  if (span.start !== move.start || !Number.isFinite(span.end)) {
    throw new SchedulingInputError('OUTSIDE_CALENDAR', `${name} does not fit ${move.machineId}'s calendar at ${move.start}${compiled.splittable[index] ? '' : ' without interruption'}`, at);
  }
  const jobId = move.jobId;
  const named = (operation: number) => placed.get(`${jobId}/${compiled.operationId[operation]}`)!;
  for (const predecessor of compiled.predecessors[index]!) {
    if (named(predecessor).end > move.start) {
      throw new SchedulingInputError('BREAKS_PRECEDENCE', `${name} would start at ${move.start}, before ${compiled.operationId[predecessor]} ends at ${named(predecessor).end}`, at);
    }
  }
  for (const successor of compiled.successors[index]!) {
    if (named(successor).start < span.end) {
      throw new SchedulingInputError('BREAKS_PRECEDENCE', `${name} would end at ${span.end}, after ${compiled.operationId[successor]} starts at ${named(successor).start}`, at);
    }
  }

  // The machine's other work, with the changeovers the new neighbours need (and the one its old neighbours now need between them).
  const familyOf = new Map(problem.jobs.flatMap((job) => job.operations.map((operation) => [`${job.id}/${operation.id}`, operation.setupFamily])));
  const setupBetween = (from: ScheduledOperation, to: ScheduledOperation) => {
    const a = familyOf.get(`${from.jobId}/${from.operationId}`);
    const b = familyOf.get(`${to.jobId}/${to.operationId}`);
    return a && b ? (problem.setupTimes?.[a]?.[b] ?? 0) : 0;
  };
  const moved: ScheduledOperation = { ...current, machineId: move.machineId, start: span.start, end: span.end, setup: 0 };
  const others = schedule.operations.filter((operation) => operation !== current);
  const retimeSetups = (machineId: string) => {
    const sequence = others.filter((operation) => operation.machineId === machineId).sort((a, b) => a.start - b.start || a.end - b.end);
    sequence.forEach((operation, position) => {
      const previous = sequence[position - 1];
      const setup = previous ? setupBetween(previous, operation) : 0;
      if (previous && previous.end + setup > operation.start) {
        const culprit = operation === moved || previous === moved ? name : `Job ${operation.jobId}, operation ${operation.operationId}`;
        throw new SchedulingInputError(
          'MACHINE_BUSY',
          `${culprit}: ${machineId} runs ${previous.jobId}/${previous.operationId} until ${previous.end}${setup ? ` and needs a ${setup} changeover` : ''} before ${operation.jobId}/${operation.operationId} at ${operation.start}`,
          at,
        );
      }
      if (setup !== operation.setup) others[others.indexOf(operation)] = { ...operation, setup };
    });
  };
  others.push(moved);
  retimeSetups(move.machineId);
  if (current.machineId !== move.machineId) retimeSetups(current.machineId);

  const completion = new Map<string, number>();
  for (const operation of others) completion.set(operation.jobId, Math.max(completion.get(operation.jobId) ?? 0, operation.end));
  let weightedTardiness = 0;
  for (const job of problem.jobs) {
    const done = completion.get(job.id) ?? 0;
    if (job.due !== undefined && done > job.due) weightedTardiness += (job.weight ?? 1) * (done - job.due);
  }
  return {
    ...schedule,
    makespan: Math.max(0, ...completion.values()),
    weightedTardiness,
    operations: others.sort((a, b) => a.start - b.start || a.machineId.localeCompare(b.machineId)),
  };
}
