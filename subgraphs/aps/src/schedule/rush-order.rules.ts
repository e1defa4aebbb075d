import type { Schedule, SchedulingProblem } from '../scheduling/model.ts';

/**
 * The problem cut to the work orders the committed schedule holds all of:
 * a work order released since it was published has no place to keep, so a
 * rush order or a drag is weighed against the schedule as committed, and
 * the new work order waits for the next run.
 */
export function committedPart(problem: SchedulingProblem, committed: Schedule): SchedulingProblem {
  const placed = new Set(committed.operations.map((operation) => `${operation.jobId}/${operation.operationId}`));
  return { ...problem, jobs: problem.jobs.filter((job) => job.operations.every((operation) => placed.has(`${job.id}/${operation.id}`))) };
}

export interface OpenOrderValue {
  salesOrderId: string;
  /** Open quantity × unit price over its open lines. */
  value: number;
}

/** Money at risk: the open value of the customer orders behind work orders that become late. */
export function moneyAtRisk(newlyLate: readonly string[], salesOrderOf: ReadonlyMap<string, string | null>, values: readonly OpenOrderValue[]): number {
  const orders = new Set(newlyLate.map((workOrderId) => salesOrderOf.get(workOrderId)).filter((id): id is string => !!id));
  return Math.round(values.filter((value) => orders.has(value.salesOrderId)).reduce((sum, value) => sum + value.value, 0) * 100) / 100;
}
