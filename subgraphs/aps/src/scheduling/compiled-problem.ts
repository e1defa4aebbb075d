import { fitInCalendar } from './calendar.rules.ts';
import { SchedulingInputError, type SchedulingProblem, type TimeWindow } from './model.ts';

/**
 * The problem in index form for the search: operations numbered 0..n-1,
 * machines 0..m-1. Built once per problem, after validating it.
 */
export interface CompiledProblem {
  readonly problem: SchedulingProblem;
  readonly operationCount: number;
  readonly machineCount: number;
  readonly jobOf: Int32Array;
  readonly operationId: string[];
  readonly jobId: string[];
  readonly predecessors: number[][];
  readonly successors: number[][];
  /** Per operation: eligible machines and durations. */
  readonly alternatives: { machine: number; duration: number }[][];
  /** Earliest start from job release and material arrival. */
  readonly readyAt: Float64Array;
  readonly due: Float64Array;
  readonly weight: Float64Array;
  /** Operations with no successor in their job: the job completes when they do. */
  readonly jobEnds: number[][];
  readonly machineId: string[];
  readonly calendar: (TimeWindow[] | null)[];
  readonly family: (string | null)[];
  /** Setup family as an index into `setupMatrix` (-1: none), so the search never looks up strings. */
  readonly familyIndex: Int32Array;
  readonly familyCount: number;
  readonly setupMatrix: Float64Array;
  readonly splittable: Uint8Array;
  readonly frozen: ({ machine: number; start: number } | null)[];
  /** Classic job shop (chains, one machine per operation, no setups, calendars, release or freezing): the fast search path applies. */
  readonly classic: boolean;
  /**
   * A flexible job shop: chains, any number of eligible machines, release
   * and material times, but no setups, calendars or frozen operations. The
   * head/tail machine-reassignment search applies.
   */
  readonly flexibleShop: boolean;
  setupTime(fromOperation: number, toOperation: number): number;
}

const isTime = (value: number | undefined) => value === undefined || (Number.isFinite(value) && value >= 0);

export function compileProblem(problem: SchedulingProblem): CompiledProblem {
  if (problem.jobs.length === 0 || problem.machines.length === 0) {
    throw new SchedulingInputError('EMPTY_PROBLEM', 'A schedule needs at least one job and one machine');
  }
  const machineIndex = new Map<string, number>();
  problem.machines.forEach((machine, index) => {
    if (machineIndex.has(machine.id)) throw new SchedulingInputError('DUPLICATE_ID', `Machine ${machine.id} is listed twice`);
    machineIndex.set(machine.id, index);
    let previousEnd = Number.NEGATIVE_INFINITY;
    for (const window of machine.calendar ?? []) {
      if (!isTime(window.start) || !(window.end > window.start) || window.start < previousEnd) {
        throw new SchedulingInputError('BAD_CALENDAR', `Machine ${machine.id}: calendar windows must be non-negative, non-empty, sorted and disjoint`);
      }
      previousEnd = window.end;
    }
  });

  const jobIds = new Set<string>();
  const operationId: string[] = [];
  const jobId: string[] = [];
  const jobOfList: number[] = [];
  const predecessors: number[][] = [];
  const alternatives: { machine: number; duration: number }[][] = [];
  const readyAt: number[] = [];
  const family: (string | null)[] = [];
  const splittable: number[] = [];
  const frozen: ({ machine: number; start: number } | null)[] = [];
  const due: number[] = [];
  const weight: number[] = [];
  const jobEnds: number[][] = [];
  let classic = !problem.setupTimes;

  problem.jobs.forEach((job, jobNumber) => {
    if (jobIds.has(job.id)) throw new SchedulingInputError('DUPLICATE_ID', `Job ${job.id} is listed twice`, { jobId: job.id });
    jobIds.add(job.id);
    jobId.push(job.id);
    if (!isTime(job.release) || !isTime(job.due) || !(job.weight === undefined || (Number.isFinite(job.weight) && job.weight >= 0))) {
      throw new SchedulingInputError('NEGATIVE_TIME', `Job ${job.id}: release, due date and weight must be finite and ≥ 0`, { jobId: job.id });
    }
    if (job.operations.length === 0) throw new SchedulingInputError('EMPTY_PROBLEM', `Job ${job.id} has no operations`, { jobId: job.id });
    due.push(job.due ?? Number.POSITIVE_INFINITY);
    weight.push(job.weight ?? 1);
    if (job.release) classic = false;
    const local = new Map<string, number>();
    const first = operationId.length;
    job.operations.forEach((operation) => {
      const at = { jobId: job.id, operationId: operation.id };
      if (local.has(operation.id)) throw new SchedulingInputError('DUPLICATE_ID', `Job ${job.id}: operation ${operation.id} is listed twice`, at);
      local.set(operation.id, operationId.length);
      if (operation.alternatives.length === 0) {
        throw new SchedulingInputError('NO_ELIGIBLE_MACHINE', `Job ${job.id}, operation ${operation.id}: no eligible machine`, at);
      }
      alternatives.push(
        operation.alternatives.map((alternative) => {
          const machine = machineIndex.get(alternative.machineId);
          if (machine === undefined) {
            throw new SchedulingInputError('UNKNOWN_MACHINE', `Job ${job.id}, operation ${operation.id}: unknown machine ${alternative.machineId}`, at);
          }
          if (!isTime(alternative.duration)) {
            throw new SchedulingInputError('NEGATIVE_TIME', `Job ${job.id}, operation ${operation.id}: duration must be finite and ≥ 0`, at);
          }
          return { machine, duration: alternative.duration };
        }),
      );
      if (!isTime(operation.materialReadyAt)) {
        throw new SchedulingInputError('NEGATIVE_TIME', `Job ${job.id}, operation ${operation.id}: material time must be finite and ≥ 0`, at);
      }
      let frozenAt: { machine: number; start: number } | null = null;
      if (operation.frozen) {
        const machine = machineIndex.get(operation.frozen.machineId);
        if (machine === undefined) throw new SchedulingInputError('UNKNOWN_MACHINE', `Job ${job.id}, operation ${operation.id}: frozen on unknown machine ${operation.frozen.machineId}`, at);
        if (!operation.alternatives.some((alternative) => alternative.machineId === operation.frozen!.machineId)) {
          throw new SchedulingInputError('NO_ELIGIBLE_MACHINE', `Job ${job.id}, operation ${operation.id}: frozen on a machine it is not eligible for`, at);
        }
        if (!isTime(operation.frozen.start)) throw new SchedulingInputError('NEGATIVE_TIME', `Job ${job.id}, operation ${operation.id}: frozen start must be ≥ 0`, at);
        frozenAt = { machine, start: operation.frozen.start };
      }
      if (operation.alternatives.length > 1 || operation.setupFamily || operation.materialReadyAt || operation.frozen || operation.predecessors) classic = false;
      operationId.push(operation.id);
      jobOfList.push(jobNumber);
      readyAt.push(Math.max(job.release ?? 0, operation.materialReadyAt ?? 0));
      family.push(operation.setupFamily ?? null);
      splittable.push(operation.splittable ? 1 : 0);
      frozen.push(frozenAt);
    });
    job.operations.forEach((operation, position) => {
      const at = { jobId: job.id, operationId: operation.id };
      const names = operation.predecessors ?? (position > 0 ? [job.operations[position - 1]!.id] : []);
      predecessors.push(
        names.map((name) => {
          const index = local.get(name);
          if (index === undefined) throw new SchedulingInputError('UNKNOWN_PREDECESSOR', `Job ${job.id}, operation ${operation.id}: unknown predecessor ${name}`, at);
          return index;
        }),
      );
    });
    const own = Array.from({ length: job.operations.length }, (_, offset) => first + offset);
    assertAcyclic(job.id, own, predecessors, operationId);
    for (const operation of own) {
      // An operation that has started implies its predecessors have too; anything else is a stale plan.
      if (frozen[operation] && predecessors[operation]!.some((predecessor) => !frozen[predecessor])) {
        throw new SchedulingInputError('FROZEN_AFTER_UNFROZEN', `Job ${job.id}, operation ${operationId[operation]}: frozen, but a predecessor is not`, {
          jobId: job.id,
          operationId: operationId[operation]!,
        });
      }
    }
    jobEnds.push(own.filter((operation) => !own.some((other) => predecessors[other]!.includes(operation))));
  });

  const successors: number[][] = operationId.map(() => []);
  predecessors.forEach((list, operation) => list.forEach((predecessor) => successors[predecessor]!.push(operation)));
  if (problem.machines.some((machine) => machine.calendar)) classic = false;
  const familyNames = [...new Set([...family.filter((name): name is string => name !== null), ...Object.keys(problem.setupTimes ?? {})])].sort();
  const familyNumber = new Map(familyNames.map((name, index) => [name, index]));
  const familyCount = familyNames.length;
  const setupMatrix = new Float64Array(familyCount * familyCount);
  for (const [from, row] of Object.entries(problem.setupTimes ?? {})) {
    for (const [to, time] of Object.entries(row)) {
      if (!isTime(time)) throw new SchedulingInputError('NEGATIVE_TIME', `Setup time from family ${from} to ${to} must be finite and ≥ 0`);
      if (familyNumber.has(to)) setupMatrix[familyNumber.get(from)! * familyCount + familyNumber.get(to)!] = time;
    }
  }
  const familyIndex = Int32Array.from(family, (name) => (name === null ? -1 : familyNumber.get(name)!));
  const flexibleShop =
    !problem.machines.some((machine) => machine.calendar) &&
    !frozen.some((at) => at !== null) &&
    setupMatrix.every((time) => time === 0) &&
    predecessors.every((list) => list.length <= 1) &&
    successors.every((list) => list.length <= 1);
  assertPlaceable(problem, operationId, jobId, jobOfList, alternatives, splittable, frozen);
  return {
    problem,
    operationCount: operationId.length,
    machineCount: problem.machines.length,
    jobOf: Int32Array.from(jobOfList),
    operationId,
    jobId,
    predecessors,
    successors,
    alternatives,
    readyAt: Float64Array.from(readyAt),
    due: Float64Array.from(due),
    weight: Float64Array.from(weight),
    jobEnds,
    machineId: problem.machines.map((machine) => machine.id),
    calendar: problem.machines.map((machine) => machine.calendar ?? null),
    family,
    familyIndex,
    familyCount,
    setupMatrix,
    splittable: Uint8Array.from(splittable),
    frozen,
    classic,
    flexibleShop,
    setupTime(fromOperation: number, toOperation: number) {
      const from = familyIndex[fromOperation]!;
      const to = familyIndex[toOperation]!;
      return from >= 0 && to >= 0 ? setupMatrix[from * familyCount + to]! : 0;
    },
  };
}

function assertAcyclic(job: string, operations: number[], predecessors: number[][], names: string[]): void {
  const state = new Map<number, 'open' | 'done'>();
  const visit = (operation: number, path: number[]) => {
    if (state.get(operation) === 'done') return;
    if (state.get(operation) === 'open') {
      const cycle = [...path.slice(path.indexOf(operation)), operation].map((index) => names[index]).join(' → ');
      throw new SchedulingInputError('PRECEDENCE_CYCLE', `Job ${job}: precedence cycle ${cycle}`, { jobId: job, operationId: names[operation]! });
    }
    state.set(operation, 'open');
    for (const predecessor of predecessors[operation]!) visit(predecessor, [...path, operation]);
    state.set(operation, 'done');
  };
  for (const operation of operations) visit(operation, []);
}

/**
 * Calendar checks that would otherwise surface as an operation scheduled at
 * "never": a non-splittable operation longer than every window of every
 * eligible machine, and a frozen operation whose recorded start the calendar
 * does not allow.
 */
function assertPlaceable(
  problem: SchedulingProblem,
  operationId: string[],
  jobId: string[],
  jobOf: number[],
  alternatives: { machine: number; duration: number }[][],
  splittable: number[],
  frozen: ({ machine: number; start: number } | null)[],
): void {
  const longestWindow = problem.machines.map((machine) =>
    machine.calendar ? machine.calendar.reduce((longest, window) => Math.max(longest, window.end - window.start), 0) : Number.POSITIVE_INFINITY,
  );
  alternatives.forEach((options, operation) => {
    const at = { jobId: jobId[jobOf[operation]!]!, operationId: operationId[operation]! };
    if (!splittable[operation] && !options.some((option) => option.duration <= longestWindow[option.machine]!)) {
      throw new SchedulingInputError('DOES_NOT_FIT_CALENDAR', `Job ${at.jobId}, operation ${at.operationId}: longer than any calendar window of its machines and not splittable`, at);
    }
    const pinned = frozen[operation];
    if (!pinned) return;
    const duration = options.find((option) => option.machine === pinned.machine)!.duration;
    const placed = fitInCalendar(problem.machines[pinned.machine]!.calendar ?? null, pinned.start, duration, splittable[operation] === 1);
    if (placed.start !== pinned.start) {
      throw new SchedulingInputError('FROZEN_OUTSIDE_CALENDAR', `Job ${at.jobId}, operation ${at.operationId}: frozen at ${pinned.start}, when its machine's calendar does not allow it`, at);
    }
  });
}
