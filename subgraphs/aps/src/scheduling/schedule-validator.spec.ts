import { describe, expect, it } from 'vitest';
import type { Schedule, ScheduledOperation, SchedulingProblem } from './model.ts';
import { findViolations } from './schedule-validator.ts';

const problem: SchedulingProblem = {
  machines: [{ id: 'LATHE', calendar: [{ start: 0, end: 100 }, { start: 200, end: 300 }] }, { id: 'MILL' }, { id: 'OVEN', calendar: [{ start: 0, end: 50 }, { start: 80, end: 400 }] }],
  setupTimes: { steel: { brass: 5 } },
  jobs: [
    {
      id: 'WO-1',
      release: 10,
      due: 70,
      weight: 2,
      operations: [
        { id: 'TURN', alternatives: [{ machineId: 'LATHE', duration: 30 }], setupFamily: 'steel' },
        { id: 'MILL', alternatives: [{ machineId: 'MILL', duration: 20 }], materialReadyAt: 60 },
      ],
    },
    { id: 'WO-2', operations: [{ id: 'TURN', alternatives: [{ machineId: 'LATHE', duration: 50 }], setupFamily: 'brass', frozen: { machineId: 'LATHE', start: 45 } }] },
    {
      id: 'WO-3',
      operations: [
        { id: 'CUT', alternatives: [{ machineId: 'MILL', duration: 10 }] },
        { id: 'DRILL', predecessors: [], alternatives: [{ machineId: 'MILL', duration: 5 }, { machineId: 'LATHE', duration: 8 }] },
        { id: 'BAKE', predecessors: ['CUT', 'DRILL'], alternatives: [{ machineId: 'OVEN', duration: 60 }], splittable: true },
      ],
    },
  ],
};

const feasible: Schedule = {
  makespan: 110,
  weightedTardiness: 20,
  makespanLowerBound: 100,
  weightedTardinessLowerBound: 0,
  operations: [
    { jobId: 'WO-1', operationId: 'TURN', machineId: 'LATHE', start: 10, end: 40, setup: 0 },
    { jobId: 'WO-2', operationId: 'TURN', machineId: 'LATHE', start: 45, end: 95, setup: 5 },
    { jobId: 'WO-1', operationId: 'MILL', machineId: 'MILL', start: 60, end: 80, setup: 0 },
    { jobId: 'WO-3', operationId: 'CUT', machineId: 'MILL', start: 0, end: 10, setup: 0 },
    { jobId: 'WO-3', operationId: 'DRILL', machineId: 'MILL', start: 10, end: 15, setup: 0 },
    { jobId: 'WO-3', operationId: 'BAKE', machineId: 'OVEN', start: 20, end: 110, setup: 0 },
  ],
};

const moved = (jobId: string, operationId: string, change: Partial<ScheduledOperation>): Schedule => ({
  ...feasible,
  operations: feasible.operations.map((operation) => (operation.jobId === jobId && operation.operationId === operationId ? { ...operation, ...change } : operation)),
});

describe('the schedule validator', () => {
  it('accepts a schedule that keeps every rule, including a splittable operation that runs on across a calendar gap', () => {
    expect(findViolations(problem, feasible)).toEqual([]);
  });

  it.each([
    ['a missing operation', { ...feasible, operations: feasible.operations.slice(1) }, /WO-1\/TURN is not scheduled/],
    ['an operation scheduled twice', { ...feasible, operations: [...feasible.operations, feasible.operations[3]!] }, /WO-3\/CUT is scheduled twice/],
    ['an operation the problem does not have', { ...feasible, operations: [...feasible.operations, { ...feasible.operations[3]!, operationId: 'PAINT' }] }, /WO-3\/PAINT is not in the problem/],
    ['an operation that never ends', moved('WO-3', 'BAKE', { end: Number.POSITIVE_INFINITY }), /WO-3\/BAKE has no proper time span/],
    ['an ineligible machine', moved('WO-1', 'MILL', { machineId: 'LATHE', start: 60, end: 80 }), /WO-1\/MILL runs on LATHE, which is not eligible/],
    ['a wrong duration', moved('WO-1', 'MILL', { end: 70 }), /WO-1\/MILL runs 10, needs 20/],
    ['a start before release', moved('WO-1', 'TURN', { start: 5, end: 35 }), /WO-1\/TURN starts at 5, before its release or material at 10/],
    ['a start before material arrives', moved('WO-1', 'MILL', { start: 50, end: 70 }), /WO-1\/MILL starts at 50, before its release or material at 60/],
    ['a broken chain precedence', moved('WO-1', 'TURN', { start: 220, end: 250 }), /WO-1\/MILL starts at 60, before its predecessor TURN ends at 250/],
    ['a broken DAG precedence', moved('WO-3', 'DRILL', { start: 18, end: 23 }), /WO-3\/BAKE starts at 20, before its predecessor DRILL ends at 23/],
    ['two operations at once on a machine', moved('WO-1', 'TURN', { start: 30, end: 60 }), /LATHE runs WO-1\/TURN and WO-2\/TURN at once/],
    ['a missing setup', moved('WO-1', 'TURN', { start: 12, end: 42 }), /without their 5 setup/],
    ['a moved frozen operation', moved('WO-2', 'TURN', { start: 200, end: 250 }), /WO-2\/TURN is frozen on LATHE at 45 but was moved/],
    ['running across a calendar gap unsplittable', moved('WO-2', 'TURN', { start: 80, end: 230 }), /WO-2\/TURN crosses a calendar gap on LATHE but is not splittable/],
    ['starting in a calendar gap', moved('WO-3', 'BAKE', { start: 60, end: 140 }), /WO-3\/BAKE starts at 60, outside OVEN's calendar/],
    ['a misreported makespan', { ...feasible, makespan: 100 }, /reports makespan 100, its operations end at 110/],
    ['a misreported weighted tardiness', { ...feasible, weightedTardiness: 0 }, /reports weighted tardiness 0, its operations give 20/],
    ['a lower bound above the schedule it bounds', { ...feasible, makespanLowerBound: 120 }, /makespan lower bound 120 exceeds the makespan 110/],
  ])('rejects %s', (_, schedule, message) => {
    expect(findViolations(problem, schedule).join('\n')).toMatch(message);
  });
});
