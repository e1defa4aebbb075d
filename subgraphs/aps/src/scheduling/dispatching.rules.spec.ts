import { describe, expect, it } from 'vitest';
import { generatePlant } from '../../test/plant-generator.ts';
import { compileProblem } from './compiled-problem.ts';
import { dispatch, dispatchingRules } from './dispatching.rules.ts';
import type { SchedulingProblem } from './model.ts';
import { decode, toSchedule } from './schedule-builder.ts';
import { findViolations } from './schedule-validator.ts';

/** Three single-operation orders competing for one machine, all ready at once. */
const oneMachine: SchedulingProblem = {
  machines: [{ id: 'PRESS' }],
  jobs: [
    { id: 'LONG-EARLY', due: 40, weight: 1, operations: [{ id: 'PRESS', alternatives: [{ machineId: 'PRESS', duration: 30 }] }] },
    { id: 'SHORT-LATE', due: 100, weight: 1, operations: [{ id: 'PRESS', alternatives: [{ machineId: 'PRESS', duration: 5 }] }] },
    { id: 'HEAVY', due: 45, weight: 10, operations: [{ id: 'PRESS', alternatives: [{ machineId: 'PRESS', duration: 15 }] }] },
  ],
};

const sequenceOf = (rule: (typeof dispatchingRules)[number]) => {
  const problem = compileProblem(oneMachine);
  return dispatch(problem, rule).sequences[0]!.map((operation) => problem.jobId[problem.jobOf[operation]!]);
};

describe('dispatching rules', () => {
  it('sequences by due date under EDD', () => {
    expect(sequenceOf('EDD')).toEqual(['LONG-EARLY', 'HEAVY', 'SHORT-LATE']);
  });

  it('sequences by processing time under SPT', () => {
    expect(sequenceOf('SPT')).toEqual(['SHORT-LATE', 'HEAVY', 'LONG-EARLY']);
  });

  it('puts the heavy, urgent order first under ATC', () => {
    expect(sequenceOf('ATC')[0]).toBe('HEAVY');
  });

  it('under ATCS, of two equally urgent orders runs the one that needs no changeover after the machine’s last; ATC takes them as listed', () => {
    const press = (family: string) => [{ id: 'PRESS', setupFamily: family, alternatives: [{ machineId: 'PRESS', duration: 10 }] }];
    const changeovers: SchedulingProblem = {
      machines: [{ id: 'PRESS' }],
      setupTimes: { steel: { brass: 5 }, brass: { steel: 5 } },
      jobs: [
        { id: 'FIRST-STEEL', due: 10, weight: 5, operations: press('steel') },
        { id: 'BRASS', due: 60, operations: press('brass') },
        { id: 'STEEL', due: 60, operations: press('steel') },
      ],
    };
    const problem = compileProblem(changeovers);
    const order = (rule: (typeof dispatchingRules)[number]) => dispatch(problem, rule).sequences[0]!.map((operation) => problem.jobId[problem.jobOf[operation]!]);
    expect(order('ATCS')).toEqual(['FIRST-STEEL', 'STEEL', 'BRASS']);
    expect(order('ATC')).toEqual(['FIRST-STEEL', 'BRASS', 'STEEL']);
  });

  it('under ATCS with a lead-time estimate, an order with a long way still to go comes before one that only looks closer to its due date', () => {
    const step = (machine: string) => ({ id: machine, alternatives: [{ machineId: machine, duration: 10 }] });
    const problem = compileProblem({
      machines: [{ id: 'SAW' }, { id: 'MILL' }, { id: 'LATHE' }, { id: 'GRINDER' }],
      jobs: [
        { id: 'ONE-STEP', due: 25, operations: [step('SAW')] },
        { id: 'FOUR-STEPS', due: 60, operations: [step('SAW'), step('MILL'), step('LATHE'), step('GRINDER')] },
      ],
    });
    const sawOrder = (leadTime: number) =>
      dispatch(problem, 'ATCS', { lookAhead: { due: 2, setup: Number.POSITIVE_INFINITY, leadTime } }).sequences[0]!.map((operation) => problem.jobId[problem.jobOf[operation]!]);
    // Slack at time 0: 25 − 10 = 15 against 60 − 40 = 20 counting work alone; 25 − 20 = 5 against 60 − 80 < 0 when a job takes twice its work.
    expect(sawOrder(1)).toEqual(['ONE-STEP', 'FOUR-STEPS']);
    expect(sawOrder(2)).toEqual(['FOUR-STEPS', 'ONE-STEP']);
  });

  it.each(dispatchingRules)('builds a feasible schedule of a plant with calendars, setups, alternatives and frozen work under %s', (rule) => {
    const plant = generatePlant({ operations: 250, machines: 10, seed: 13 });
    const first = plant.jobs[0]!;
    const frozenPlant: SchedulingProblem = {
      ...plant,
      jobs: [{ ...first, operations: first.operations.map((operation, step) => (step === 0 ? { ...operation, frozen: { machineId: operation.alternatives[0]!.machineId, start: 6 * 60 } } : operation)) }, ...plant.jobs.slice(1)],
    };
    const problem = compileProblem(frozenPlant);
    const solution = dispatch(problem, rule);
    const schedule = toSchedule(problem, solution, decode(problem, solution)!);
    expect(findViolations(frozenPlant, schedule)).toEqual([]);
  });
});
