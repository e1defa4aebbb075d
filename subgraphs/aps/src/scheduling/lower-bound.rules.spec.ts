import { describe, expect, it } from 'vitest';
import { compileProblem } from './compiled-problem.ts';
import { makespanLowerBound, weightedTardinessLowerBound } from './lower-bound.rules.ts';
import type { SchedulingProblem } from './model.ts';

const shop: SchedulingProblem = {
  machines: [{ id: 'SAW' }, { id: 'MILL' }],
  jobs: [
    { id: 'WO-1', due: 4, weight: 3, operations: [{ id: 'CUT', alternatives: [{ machineId: 'SAW', duration: 3 }] }, { id: 'MILL', alternatives: [{ machineId: 'MILL', duration: 2 }, { machineId: 'SAW', duration: 1 }] }] },
    { id: 'WO-2', release: 1, due: 20, operations: [{ id: 'CUT', alternatives: [{ machineId: 'SAW', duration: 4 }] }] },
    { id: 'WO-3', due: 2, weight: 2, operations: [{ id: 'MILL', materialReadyAt: 1, alternatives: [{ machineId: 'MILL', duration: 2 }] }] },
  ],
};

describe('lower bounds', () => {
  it('bounds makespan by the busiest machine counting only the work it alone can do', () => {
    expect(makespanLowerBound(compileProblem(shop))).toBe(7);
  });

  it('bounds makespan by the longest job when that is longer', () => {
    const longJob: SchedulingProblem = { ...shop, jobs: [{ id: 'WO-9', release: 5, operations: [{ id: 'A', alternatives: [{ machineId: 'SAW', duration: 3 }] }, { id: 'B', alternatives: [{ machineId: 'MILL', duration: 6 }] }] }] };
    expect(makespanLowerBound(compileProblem(longJob))).toBe(14);
  });

  it('bounds weighted tardiness by each job finishing as early as it could alone', () => {
    expect(weightedTardinessLowerBound(compileProblem(shop))).toBe(3 * (4 - 4) + 2 * (3 - 2));
  });

  it('counts calendars: an order released when the plant is closed waits for the next shift even alone', () => {
    // Shifts 0–8 and 24–32: WO-1 cannot start its 6 h cut before 24; WO-2's 2 h on the mill fits the first shift.
    const shifts = [{ start: 0, end: 8 }, { start: 24, end: 32 }];
    const closed: SchedulingProblem = {
      machines: [{ id: 'SAW', calendar: shifts }, { id: 'MILL', calendar: shifts }],
      jobs: [
        { id: 'WO-1', release: 5, due: 12, weight: 2, operations: [{ id: 'CUT', alternatives: [{ machineId: 'SAW', duration: 6 }, { machineId: 'MILL', duration: 7 }] }] },
        { id: 'WO-2', release: 5, due: 8, operations: [{ id: 'MILL', alternatives: [{ machineId: 'MILL', duration: 2 }] }] },
      ],
    };
    const problem = compileProblem(closed);
    expect(weightedTardinessLowerBound(problem)).toBe(2 * (30 - 12));
    expect(makespanLowerBound(problem)).toBe(30);
  });
});
