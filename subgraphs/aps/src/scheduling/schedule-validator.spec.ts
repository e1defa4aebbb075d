import { describe, expect, it } from 'vitest';
import type { Schedule, SchedulingProblem } from './model.ts';
import { findViolations } from './schedule-validator.ts';

const problem: SchedulingProblem = {
  machines: [{ id: 'LATHE', calendar: [{ start: 0, end: 100 }, { start: 200, end: 300 }] }, { id: 'MILL' }],
  setupTimes: { steel: { brass: 5 } },
  jobs: [
    {
      id: 'WO-1',
      release: 10,
      operations: [
        { id: 'TURN', alternatives: [{ machineId: 'LATHE', duration: 30 }], setupFamily: 'steel' },
        { id: 'MILL', alternatives: [{ machineId: 'MILL', duration: 20 }], materialReadyAt: 60 },
      ],
    },
    { id: 'WO-2', operations: [{ id: 'TURN', alternatives: [{ machineId: 'LATHE', duration: 50 }], setupFamily: 'brass', frozen: { machineId: 'LATHE', start: 45 } }] },
  ],
};

const feasible: Schedule = {
  makespan: 95,
  weightedTardiness: 0,
  makespanLowerBound: 0,
  operations: [
    { jobId: 'WO-1', operationId: 'TURN', machineId: 'LATHE', start: 10, end: 40, setup: 0 },
    { jobId: 'WO-2', operationId: 'TURN', machineId: 'LATHE', start: 45, end: 95, setup: 5 },
    { jobId: 'WO-1', operationId: 'MILL', machineId: 'MILL', start: 60, end: 80, setup: 0 },
  ],
};

const moved = (jobId: string, operationId: string, change: Partial<Schedule['operations'][number]>): Schedule => ({
  ...feasible,
  operations: feasible.operations.map((operation) => (operation.jobId === jobId && operation.operationId === operationId ? { ...operation, ...change } : operation)),
});

describe('the schedule validator', () => {
  it('accepts a schedule that keeps every rule', () => {
    expect(findViolations(problem, feasible)).toEqual([]);
  });

  it.each([
    ['a missing operation', { ...feasible, operations: feasible.operations.slice(1) }, /WO-1\/TURN is not scheduled/],
    ['an ineligible machine', moved('WO-1', 'MILL', { machineId: 'LATHE', start: 60, end: 80 }), /not eligible/],
    ['a wrong duration', moved('WO-1', 'MILL', { end: 70 }), /needs 20/],
    ['a start before release', moved('WO-1', 'TURN', { start: 5, end: 35 }), /before its release or material/],
    ['a start before material arrives', moved('WO-1', 'MILL', { start: 50, end: 70 }), /before its release or material/],
    ['a broken precedence', moved('WO-1', 'TURN', { start: 100, end: 130 }), /./],
    ['two operations at once on a machine', moved('WO-1', 'TURN', { start: 30, end: 60 }), /at once/],
    ['a missing setup', moved('WO-1', 'TURN', { start: 12, end: 42 }), /setup/],
    ['a moved frozen operation', moved('WO-2', 'TURN', { start: 200, end: 250 }), /frozen/],
    ['running across a calendar gap', moved('WO-2', 'TURN', { start: 80, end: 230 }), /calendar gap|working time/],
  ])('rejects %s', (_, schedule, message) => {
    expect(findViolations(problem, schedule).join('\n')).toMatch(message);
  });
});
