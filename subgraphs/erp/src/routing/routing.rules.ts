import { isId } from '@plexus/db';
import { badInput } from '@plexus/errors';

export interface RoutingStepInput {
  sequence: number;
  workCenterId: string;
  setupMinutes: number;
  runSecondsPerUnit: number;
  machineIds: readonly string[];
}

export interface ValidRoutingStep {
  sequence: number;
  workCenterId: string;
  setupMinutes: number;
  runSecondsPerUnit: number;
  machineIds: string[];
}

const refuse = (step: number, field: string, message: string) => badInput(`Step ${step}: ${message}`, { line: step, field });

/**
 * Checks and normalises a routing: at least one step, sequence numbers
 * positive and distinct (steps come back ordered by them), setup time ≥ 0,
 * run time per unit > 0, and at least one machine (the first is preferred,
 * the rest are alternatives) without repeats.
 */
export function validateRouting(steps: readonly RoutingStepInput[]): ValidRoutingStep[] {
  if (steps.length === 0) throw badInput('A routing needs at least one step', { field: 'steps' });
  const sequences = new Set<number>();
  const valid = steps.map((step, index) => {
    const line = index + 1;
    if (!Number.isInteger(step.sequence) || step.sequence <= 0) throw refuse(line, 'sequence', 'sequence must be a whole number greater than 0');
    if (sequences.has(step.sequence)) throw refuse(line, 'sequence', `sequence ${step.sequence} is used twice`);
    sequences.add(step.sequence);
    if (!isId(step.workCenterId)) throw refuse(line, 'workCenterId', 'work center id is malformed');
    if (!Number.isFinite(step.setupMinutes) || step.setupMinutes < 0) throw refuse(line, 'setupMinutes', 'setup minutes must be 0 or more');
    if (!Number.isFinite(step.runSecondsPerUnit) || step.runSecondsPerUnit <= 0) throw refuse(line, 'runSecondsPerUnit', 'run seconds per unit must be greater than 0');
    if (step.machineIds.length === 0) throw refuse(line, 'machineIds', 'name at least one machine');
    const machineIds = step.machineIds.map((id) => id.toLowerCase());
    if (machineIds.some((id) => !isId(id))) throw refuse(line, 'machineIds', 'a machine id is malformed');
    if (new Set(machineIds).size !== machineIds.length) throw refuse(line, 'machineIds', 'a machine is named twice');
    return { sequence: step.sequence, workCenterId: step.workCenterId.toLowerCase(), setupMinutes: step.setupMinutes, runSecondsPerUnit: step.runSecondsPerUnit, machineIds };
  });
  return valid.sort((a, b) => a.sequence - b.sequence);
}
