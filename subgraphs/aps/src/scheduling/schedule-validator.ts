import { workingTime } from './calendar.rules.ts';
import type { Schedule, SchedulingProblem } from './model.ts';

/**
 * An independent feasibility check of a schedule against its problem: it
 * shares no code with the engine but the calendar arithmetic, so an engine
 * bug cannot hide behind itself.
 */
export function findViolations(problem: SchedulingProblem, schedule: Schedule, tolerance = 1e-6): string[] {
  const violations: string[] = [];
  const placed = new Map(schedule.operations.map((operation) => [`${operation.jobId}/${operation.operationId}`, operation]));
  const machines = new Map(problem.machines.map((machine) => [machine.id, machine]));
  let count = 0;
  for (const job of problem.jobs) {
    job.operations.forEach((operation, position) => {
      const name = `${job.id}/${operation.id}`;
      const at = placed.get(name);
      if (!at) {
        violations.push(`${name} is not scheduled`);
        return;
      }
      count += 1;
      const alternative = operation.alternatives.find((candidate) => candidate.machineId === at.machineId);
      if (!alternative) {
        violations.push(`${name} runs on ${at.machineId}, which is not eligible`);
        return;
      }
      const calendar = machines.get(at.machineId)?.calendar ?? null;
      const worked = workingTime(calendar, at.start, at.end);
      if (Math.abs(worked - alternative.duration) > tolerance) violations.push(`${name} gets ${worked} of working time, needs ${alternative.duration}`);
      if (!operation.splittable && calendar && alternative.duration > 0 && !calendar.some((window) => window.start <= at.start + tolerance && at.end <= window.end + tolerance)) {
        violations.push(`${name} crosses a calendar gap but is not splittable`);
      }
      if (calendar && alternative.duration > 0 && !calendar.some((window) => window.start <= at.start + tolerance && at.start < window.end)) {
        violations.push(`${name} starts outside the machine's calendar`);
      }
      const earliest = Math.max(job.release ?? 0, operation.materialReadyAt ?? 0);
      if (!operation.frozen && at.start < earliest - tolerance) violations.push(`${name} starts at ${at.start}, before its release or material at ${earliest}`);
      if (operation.frozen && (operation.frozen.machineId !== at.machineId || Math.abs(operation.frozen.start - at.start) > tolerance)) {
        violations.push(`${name} is frozen on ${operation.frozen.machineId} at ${operation.frozen.start} but was moved`);
      }
      const predecessors = operation.predecessors ?? (position > 0 ? [job.operations[position - 1]!.id] : []);
      for (const predecessor of predecessors) {
        const before = placed.get(`${job.id}/${predecessor}`);
        if (before && at.start < before.end - tolerance) violations.push(`${name} starts before its predecessor ${predecessor} ends`);
      }
    });
  }
  if (count !== schedule.operations.length) violations.push(`the schedule has ${schedule.operations.length} operations, the problem ${count}`);
  const families = new Map(problem.jobs.flatMap((job) => job.operations.map((operation) => [`${job.id}/${operation.id}`, operation.setupFamily])));
  const byMachine = new Map<string, typeof schedule.operations>();
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
  return violations;
}

export function assertFeasible(problem: SchedulingProblem, schedule: Schedule): void {
  const violations = findViolations(problem, schedule);
  if (violations.length) throw new Error(`Infeasible schedule:\n${violations.slice(0, 20).join('\n')}`);
}
