import { describe, expect, it } from 'vitest';
import { ft06 } from '../../test/ft06.ts';
import { scheduleProduction } from './engine.ts';
import { moveOperation } from './manual-move.ts';
import type { SchedulingProblem } from './model.ts';
import { findViolations } from './schedule-validator.ts';

describe('moving an operation by hand', () => {
  const plan = scheduleProduction(ft06, { iterations: 2_000, seed: 1 }).schedule;
  const find = (jobId: string, operationId: string) => plan.operations.find((operation) => operation.jobId === jobId && operation.operationId === operationId)!;
  const machineEnd = (machineId: string) => Math.max(...plan.operations.filter((operation) => operation.machineId === machineId).map((operation) => operation.end));

  it('puts a job’s last operation later on its machine, leaves the rest as it was and reports the new makespan', () => {
    const last = find('J0', 'O5');
    const start = machineEnd(last.machineId) + 10;
    const moved = moveOperation(ft06, plan, { jobId: 'J0', operationId: 'O5', machineId: last.machineId, start });
    expect(findViolations(ft06, moved)).toEqual([]);
    expect(moved.operations.find((operation) => operation.jobId === 'J0' && operation.operationId === 'O5')).toMatchObject({ start, end: start + (last.end - last.start) });
    expect(moved.makespan).toBe(Math.max(plan.makespan, start + (last.end - last.start)));
    expect(moved.operations.filter((operation) => operation.jobId !== 'J0' || operation.operationId !== 'O5')).toEqual(plan.operations.filter((operation) => operation !== last));
  });

  it.each([
    ['an operation not in the plan', { jobId: 'J0', operationId: 'O9', machineId: 'M0', start: 0 }, 'UNKNOWN_OPERATION'],
    ['a machine the operation cannot use', { jobId: 'J0', operationId: 'O0', machineId: 'M5', start: 500 }, 'NO_ELIGIBLE_MACHINE'],
    ['a start before the job is released', { jobId: 'J0', operationId: 'O1', machineId: 'M0', start: -1 }, 'BEFORE_RELEASE'],
  ])('refuses %s with a coded error', (_, move, code) => {
    expect(() => moveOperation(ft06, plan, move)).toThrow(expect.objectContaining({ name: 'SchedulingInputError', code, jobId: move.jobId, operationId: move.operationId }));
  });

  it('refuses a drop that breaks the routing, either way round', () => {
    const second = find('J1', 'O1');
    const first = find('J1', 'O0');
    expect(() => moveOperation(ft06, plan, { jobId: 'J1', operationId: 'O1', machineId: second.machineId, start: first.end - 1 })).toThrow(expect.objectContaining({ code: 'BREAKS_PRECEDENCE' }));
    const third = find('J1', 'O2');
    expect(() => moveOperation(ft06, plan, { jobId: 'J1', operationId: 'O1', machineId: second.machineId, start: third.start })).toThrow(expect.objectContaining({ code: 'BREAKS_PRECEDENCE' }));
  });

  it('refuses a drop onto another operation of the machine', () => {
    const last = find('J0', 'O5');
    const other = plan.operations.find((operation) => operation.machineId === last.machineId && operation.jobId !== 'J0' && operation.start > find('J0', 'O4').end)!;
    expect(() => moveOperation(ft06, plan, { jobId: 'J0', operationId: 'O5', machineId: last.machineId, start: other.start })).toThrow(expect.objectContaining({ code: 'MACHINE_BUSY' }));
  });

  describe('with calendars, changeovers and frozen work', () => {
    const problem: SchedulingProblem = {
      machines: [{ id: 'A', calendar: [{ start: 0, end: 480 }, { start: 960, end: 1440 }] }],
      setupTimes: { red: { blue: 30 }, blue: { red: 30 } },
      jobs: [
        { id: 'WO-1', operations: [{ id: 'X', setupFamily: 'red', alternatives: [{ machineId: 'A', duration: 100 }], frozen: { machineId: 'A', start: 0 } }] },
        { id: 'WO-2', operations: [{ id: 'Y', setupFamily: 'blue', alternatives: [{ machineId: 'A', duration: 100 }] }] },
      ],
    };
    const planned = scheduleProduction(problem, { iterations: 10, seed: 1 }).schedule;

    it('refuses a start in a calendar gap, a start too close for the changeover, and moving frozen work', () => {
      expect(() => moveOperation(problem, planned, { jobId: 'WO-2', operationId: 'Y', machineId: 'A', start: 500 })).toThrow(expect.objectContaining({ code: 'OUTSIDE_CALENDAR', jobId: 'WO-2' }));
      expect(() => moveOperation(problem, planned, { jobId: 'WO-2', operationId: 'Y', machineId: 'A', start: 400 })).toThrow(expect.objectContaining({ code: 'OUTSIDE_CALENDAR' }));
      expect(() => moveOperation(problem, planned, { jobId: 'WO-2', operationId: 'Y', machineId: 'A', start: 110 })).toThrow(expect.objectContaining({ code: 'MACHINE_BUSY' }));
      expect(() => moveOperation(problem, planned, { jobId: 'WO-1', operationId: 'X', machineId: 'A', start: 960 })).toThrow(expect.objectContaining({ code: 'OPERATION_FROZEN' }));
    });

    it('accepts a drop into the next shift, with the changeover it needs', () => {
      const moved = moveOperation(problem, planned, { jobId: 'WO-2', operationId: 'Y', machineId: 'A', start: 960 });
      expect(findViolations(problem, moved)).toEqual([]);
      expect(moved.operations.find((operation) => operation.jobId === 'WO-2')).toMatchObject({ start: 960, end: 1060, setup: 30 });
    });
  });
});
