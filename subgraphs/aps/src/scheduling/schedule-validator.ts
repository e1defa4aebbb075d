import type { Machine, Operation, Schedule, ScheduledOperation, SchedulingProblem } from './model.ts';

/**
 * An independent feasibility check of a schedule against its problem. It
 * imports nothing from the engine, its calendar arithmetic included, so an
 * engine bug cannot hide behind itself: it reads the problem as the planner
 * wrote it and the schedule as the Gantt chart would draw it.
 */
export function findViolations(problem: SchedulingProblem, schedule: Schedule, tolerance = 1e-6): string[] {
  const violations: string[] = [];
  const placed = new Map<string, ScheduledOperation>();
  for (const operation of schedule.operations) {
    const name = `${operation.jobId}/${operation.operationId}`;
    if (placed.has(name)) violations.push(`${name} is scheduled twice`);
    placed.set(name, operation);
    if (!Number.isFinite(operation.start) || !Number.isFinite(operation.end) || operation.end < operation.start) {
      violations.push(`${name} has no proper time span (${operation.start} to ${operation.end})`);
    }
  }
  const machines = new Map(problem.machines.map((machine) => [machine.id, machine]));
  const known = new Set<string>();
  for (const job of problem.jobs) {
    job.operations.forEach((operation, position) => {
      const name = `${job.id}/${operation.id}`;
      known.add(name);
      const at = placed.get(name);
      if (!at) {
        violations.push(`${name} is not scheduled`);
        return;
      }
      const alternative = operation.alternatives.find((candidate) => candidate.machineId === at.machineId);
      if (!alternative) {
        violations.push(`${name} runs on ${at.machineId}, which is not eligible`);
        return;
      }
      violations.push(...calendarViolations(name, operation, machines.get(at.machineId), at, alternative.duration, tolerance));
      const earliest = Math.max(job.release ?? 0, operation.materialReadyAt ?? 0);
      if (!operation.frozen && at.start < earliest - tolerance) violations.push(`${name} starts at ${at.start}, before its release or material at ${earliest}`);
      if (operation.frozen && (operation.frozen.machineId !== at.machineId || Math.abs(operation.frozen.start - at.start) > tolerance)) {
        violations.push(`${name} is frozen on ${operation.frozen.machineId} at ${operation.frozen.start} but was moved`);
      }
      const predecessors = operation.predecessors ?? (position > 0 ? [job.operations[position - 1]!.id] : []);
      for (const predecessor of predecessors) {
        const before = placed.get(`${job.id}/${predecessor}`);
        if (before && at.start < before.end - tolerance) violations.push(`${name} starts at ${at.start}, before its predecessor ${predecessor} ends at ${before.end}`);
      }
    });
  }
  for (const name of placed.keys()) if (!known.has(name)) violations.push(`${name} is not in the problem`);

  const families = new Map(problem.jobs.flatMap((job) => job.operations.map((operation) => [`${job.id}/${operation.id}`, operation.setupFamily])));
  const byMachine = new Map<string, ScheduledOperation[]>();
  for (const operation of schedule.operations) byMachine.set(operation.machineId, [...(byMachine.get(operation.machineId) ?? []), operation]);
  for (const [machine, operations] of byMachine) {
    const ordered = [...operations].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let index = 1; index < ordered.length; index += 1) {
      const previous = ordered[index - 1]!;
      const next = ordered[index]!;
      const from = families.get(`${previous.jobId}/${previous.operationId}`);
      const to = families.get(`${next.jobId}/${next.operationId}`);
      const setup = from && to ? (problem.setupTimes?.[from]?.[to] ?? 0) : 0;
      if (next.start < previous.end + setup - tolerance) {
        violations.push(`${machine} runs ${previous.jobId}/${previous.operationId} and ${next.jobId}/${next.operationId} at once${setup ? ` (or without their ${setup} setup)` : ''}`);
      }
    }
  }
  violations.push(...reportedQualityViolations(problem, schedule, tolerance));
  return violations;
}

/** The figures a schedule reports must be the ones its operations give, and its bounds must not exceed them. */
function reportedQualityViolations(problem: SchedulingProblem, schedule: Schedule, tolerance: number): string[] {
  const violations: string[] = [];
  const completion = new Map<string, number>();
  for (const operation of schedule.operations) completion.set(operation.jobId, Math.max(completion.get(operation.jobId) ?? 0, operation.end));
  const makespan = Math.max(0, ...completion.values());
  let weightedTardiness = 0;
  for (const job of problem.jobs) {
    const done = completion.get(job.id) ?? 0;
    if (job.due !== undefined && done > job.due) weightedTardiness += (job.weight ?? 1) * (done - job.due);
  }
  if (Math.abs(schedule.makespan - makespan) > tolerance) violations.push(`the schedule reports makespan ${schedule.makespan}, its operations end at ${makespan}`);
  if (Math.abs(schedule.weightedTardiness - weightedTardiness) > tolerance * Math.max(1, weightedTardiness)) {
    violations.push(`the schedule reports weighted tardiness ${schedule.weightedTardiness}, its operations give ${weightedTardiness}`);
  }
  if (schedule.makespanLowerBound > makespan + tolerance) violations.push(`the makespan lower bound ${schedule.makespanLowerBound} exceeds the makespan ${makespan}`);
  if (schedule.weightedTardinessLowerBound > weightedTardiness + tolerance * Math.max(1, weightedTardiness)) {
    violations.push(`the weighted tardiness lower bound ${schedule.weightedTardinessLowerBound} exceeds the weighted tardiness ${weightedTardiness}`);
  }
  return violations;
}

/** An operation must get exactly its working time inside the machine's windows, in one window unless splittable. */
function calendarViolations(name: string, operation: Operation, machine: Machine | undefined, at: ScheduledOperation, duration: number, tolerance: number): string[] {
  if (!Number.isFinite(at.start) || !Number.isFinite(at.end)) return [];
  const windows = machine?.calendar;
  if (!windows) {
    return Math.abs(at.end - at.start - duration) > tolerance ? [`${name} runs ${at.end - at.start}, needs ${duration}`] : [];
  }
  const violations: string[] = [];
  let worked = 0;
  for (const window of windows) worked += Math.max(0, Math.min(at.end, window.end) - Math.max(at.start, window.start));
  if (Math.abs(worked - duration) > tolerance) violations.push(`${name} gets ${worked} of working time on ${at.machineId}, needs ${duration}`);
  if (duration > 0) {
    if (!windows.some((window) => window.start <= at.start + tolerance && at.start < window.end)) violations.push(`${name} starts at ${at.start}, outside ${at.machineId}'s calendar`);
    if (!windows.some((window) => window.start < at.end && at.end <= window.end + tolerance)) violations.push(`${name} ends at ${at.end}, outside ${at.machineId}'s calendar`);
    if (!operation.splittable && !windows.some((window) => window.start <= at.start + tolerance && at.end <= window.end + tolerance)) {
      violations.push(`${name} crosses a calendar gap on ${at.machineId} but is not splittable`);
    }
  }
  return violations;
}

export function assertFeasible(problem: SchedulingProblem, schedule: Schedule): void {
  const violations = findViolations(problem, schedule);
  if (violations.length) throw new Error(`Infeasible schedule:\n${violations.slice(0, 20).join('\n')}`);
}
