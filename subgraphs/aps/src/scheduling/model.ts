/**
 * The scheduling problem in the planner's terms: work orders (jobs) made of
 * operations with precedence (a routing, possibly a DAG), each runnable on
 * one or more machines with its own duration. Times are minutes from an
 * epoch the caller chooses (e.g. the start of the planning horizon).
 */

export interface TimeWindow {
  start: number;
  end: number;
}

export interface Machine {
  id: string;
  /** Windows in which the machine can work (shifts minus planned downtime), sorted; absent = always available. */
  calendar?: TimeWindow[];
}

export interface OperationAlternative {
  machineId: string;
  duration: number;
}

export interface Operation {
  id: string;
  alternatives: OperationAlternative[];
  /** Operations of the same job that must finish first. Absent: the previous operation in the list (a chain). */
  predecessors?: string[];
  /** Sequence-dependent setup: the time between two operations is `setupTimes[previous family][this family]`. */
  setupFamily?: string;
  /** When the operation's material arrives; it cannot start earlier. */
  materialReadyAt?: number;
  /** May be interrupted by calendar gaps and resumed; otherwise it must fit in one window. */
  splittable?: boolean;
  /** Already running or started: keeps this machine and start. */
  frozen?: { machineId: string; start: number };
}

export interface Job {
  id: string;
  release?: number;
  due?: number;
  /** Priority in weighted tardiness; 1 when absent. */
  weight?: number;
  operations: Operation[];
}

export interface SchedulingProblem {
  machines: Machine[];
  jobs: Job[];
  setupTimes?: Record<string, Record<string, number>>;
}

export interface ScheduledOperation {
  jobId: string;
  operationId: string;
  machineId: string;
  start: number;
  end: number;
  /** Setup time spent on the machine right before `start`. */
  setup: number;
}

export type Objective = 'makespan' | 'weightedTardiness' | 'tardinessThenMakespan';

export interface ScheduleQuality {
  makespan: number;
  weightedTardiness: number;
  /** A bound no schedule can beat on makespan: the longest job path or the busiest machine. */
  makespanLowerBound: number;
  /** A bound no schedule can beat on weighted tardiness: each job on its own, as if no other job competed for its machines. */
  weightedTardinessLowerBound: number;
}

export interface Schedule extends ScheduleQuality {
  operations: ScheduledOperation[];
}

export type SchedulingInputErrorCode =
  | 'EMPTY_PROBLEM'
  | 'DUPLICATE_ID'
  | 'NO_ELIGIBLE_MACHINE'
  | 'UNKNOWN_MACHINE'
  | 'UNKNOWN_PREDECESSOR'
  | 'NEGATIVE_TIME'
  | 'PRECEDENCE_CYCLE'
  | 'BAD_CALENDAR'
  | 'FROZEN_AFTER_UNFROZEN'
  | 'FROZEN_OUTSIDE_CALENDAR'
  | 'DOES_NOT_FIT_CALENDAR'
  | 'BEYOND_CALENDAR'
  | 'UNKNOWN_OPERATION'
  | 'OPERATION_FROZEN'
  | 'BEFORE_RELEASE'
  | 'BREAKS_PRECEDENCE'
  | 'OUTSIDE_CALENDAR'
  | 'MACHINE_BUSY';

/** Bad input, naming the job and operation at fault so a planner can fix the routing. */
export class SchedulingInputError extends Error {
  readonly code: SchedulingInputErrorCode;
  readonly jobId: string | undefined;
  readonly operationId: string | undefined;
  constructor(code: SchedulingInputErrorCode, message: string, at: { jobId?: string; operationId?: string } = {}) {
    super(message);
    this.name = 'SchedulingInputError';
    this.code = code;
    this.jobId = at.jobId;
    this.operationId = at.operationId;
  }
}
