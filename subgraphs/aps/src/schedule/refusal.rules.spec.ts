import { describe, expect, it } from 'vitest';
import { moveOperation } from '../scheduling/manual-move.ts';
import type { Schedule, SchedulingProblem } from '../scheduling/model.ts';
import { plannerWording, type ShopNames } from './refusal.rules.ts';

const cutter = '01936f5e-0000-7000-8000-00000000c001';
const welder = '01936f5e-0000-7000-8000-00000000e001';
const pump = '01936f5e-0000-7000-8000-0000000a0017';
const valve = '01936f5e-0000-7000-8000-0000000a0018';
const names: ShopNames = {
  workOrders: new Map([
    [pump, 'WO-2026-000017'],
    [valve, 'WO-2026-000018'],
  ]),
  machines: new Map([
    [cutter, 'CUT-1'],
    [welder, 'TEST-01'],
  ]),
  // Minute 0: Monday 2026-11-23, 00:00 UTC.
  epoch: new Date('2026-11-23T00:00:00Z'),
};

// Both machines work 06:00–22:00 every day of two weeks; the pump is cut, then welded; the valve is cut.
const days = Array.from({ length: 14 }, (_, day) => ({ start: day * 1440 + 360, end: day * 1440 + 1320 }));
const problem: SchedulingProblem = {
  machines: [
    { id: cutter, calendar: days },
    { id: welder, calendar: days },
  ],
  jobs: [
    {
      id: pump,
      operations: [
        { id: '10', alternatives: [{ machineId: cutter, duration: 120 }], setupFamily: 'pump-10' },
        { id: '20', alternatives: [{ machineId: welder, duration: 90 }], setupFamily: 'pump-20' },
      ],
    },
    { id: valve, operations: [{ id: '10', alternatives: [{ machineId: cutter, duration: 60 }], setupFamily: 'valve-10' }] },
  ],
  setupTimes: { 'pump-10': { 'valve-10': 30 } },
};
const plan: Schedule = {
  operations: [
    { jobId: pump, operationId: '10', machineId: cutter, start: 360, end: 480, setup: 0 },
    { jobId: valve, operationId: '10', machineId: cutter, start: 510, end: 570, setup: 30 },
    { jobId: pump, operationId: '20', machineId: welder, start: 480, end: 570, setup: 0 },
  ],
  makespan: 570,
  weightedTardiness: 0,
  makespanLowerBound: 0,
  weightedTardinessLowerBound: 0,
};

/** The engine's own refusal of a drop, in the planner's words. */
function refusalOf(move: { jobId: string; operationId: string; machineId: string; start: number }): string {
  try {
    moveOperation(problem, plan, move);
  } catch (error) {
    return plannerWording((error as Error).message, names);
  }
  throw new Error('the engine accepted the drop');
}

describe('an engine refusal in the planner’s words', () => {
  it('names the work order by number and step, the machine by code and the time in UTC', () => {
    expect(plannerWording(`Job ${pump}, operation 20 does not fit ${welder}'s calendar at 13139`, names)).toBe("WO-2026-000017 step 20 does not fit TEST-01's calendar at 2026-12-02 02:59 UTC");
  });

  it('words the drops the engine refuses: off the calendar, against the routing, onto busy machines, on machines that cannot run it', () => {
    // Wednesday 02:59, before the shift starts.
    expect(refusalOf({ jobId: pump, operationId: '20', machineId: welder, start: 2 * 1440 + 179 })).toBe(
      "WO-2026-000017 step 20 does not fit TEST-01's calendar at 2026-11-25 02:59 UTC without interruption",
    );
    expect(refusalOf({ jobId: pump, operationId: '20', machineId: welder, start: 400 })).toBe('WO-2026-000017 step 20 would start at 2026-11-23 06:40 UTC, before step 10 ends at 2026-11-23 08:00 UTC');
    expect(refusalOf({ jobId: pump, operationId: '10', machineId: cutter, start: 460 })).toBe('WO-2026-000017 step 10 would end at 2026-11-23 09:40 UTC, after step 20 starts at 2026-11-23 08:00 UTC');
    expect(refusalOf({ jobId: valve, operationId: '10', machineId: cutter, start: 420 })).toBe(
      'WO-2026-000018 step 10: CUT-1 runs WO-2026-000017 step 10 until 2026-11-23 08:00 UTC and needs a 30-minute changeover before WO-2026-000018 step 10 at 2026-11-23 07:00 UTC',
    );
    expect(refusalOf({ jobId: valve, operationId: '10', machineId: welder, start: 600 })).toBe('WO-2026-000018 step 10 cannot run on TEST-01');
    expect(refusalOf({ jobId: pump, operationId: '30', machineId: welder, start: 600 })).toBe('WO-2026-000017 step 30 is not in this plan');
  });

  it('leaves ids and numbers it does not know as they are, and rewrites nothing twice', () => {
    const stranger = '01936f5e-0000-7000-8000-0000000fffff';
    expect(plannerWording(`Job ${stranger}, operation 10: unknown machine ${stranger}`, names)).toBe(`${stranger} step 10: unknown machine ${stranger}`);
    expect(plannerWording('A schedule needs at least one job and one machine', names)).toBe('A schedule needs at least one job and one machine');
    expect(plannerWording(`Job ${pump}, operation 10: frozen at 0, when its machine's calendar does not allow it`, names)).toBe(
      "WO-2026-000017 step 10: frozen at 2026-11-23 00:00 UTC, when its machine's calendar does not allow it",
    );
  });
});
