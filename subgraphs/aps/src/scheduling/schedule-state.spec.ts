import { describe, expect, it } from 'vitest';
import { generatePlant } from '../../test/plant-generator.ts';
import { compileProblem } from './compiled-problem.ts';
import { dispatch } from './dispatching.rules.ts';
import { seededRandom } from './random.ts';
import { decode } from './schedule-builder.ts';
import { ScheduleState, type Relocation } from './schedule-state.ts';

describe('the incrementally re-timed schedule', () => {
  const problem = compileProblem(generatePlant({ operations: 300, machines: 15, seed: 21 }));
  const randomMove = (state: ScheduleState, random: () => number): Relocation => {
    let operation = Math.floor(random() * problem.operationCount);
    while (problem.frozen[operation]) operation = (operation + 1) % problem.operationCount;
    const alternative = Math.floor(random() * problem.alternatives[operation]!.length);
    const machine = problem.alternatives[operation]![alternative]!.machine;
    const queue: number[] = [];
    for (let other = state.head[machine]!; other >= 0; other = state.next[other]!) if (other !== operation) queue.push(other);
    const position = Math.floor(random() * (queue.length + 1));
    return { operation, alternative, after: position === 0 ? -1 : queue[position - 1]! };
  };

  it('times every move exactly as a full decode of the changed schedule does', () => {
    const state = new ScheduleState(problem, dispatch(problem, 'ATC'));
    const random = seededRandom(5);
    let applied = 0;
    for (let step = 0; step < 300; step += 1) {
      const move = randomMove(state, random);
      const predicted = state.evaluate(move);
      const made = state.apply(move);
      expect(made).toBe(predicted !== null);
      if (!made) continue;
      applied += 1;
      const full = decode(problem, state.toSolution())!;
      expect({ makespan: state.makespan, weightedTardiness: state.weightedTardiness }).toEqual(predicted);
      expect({ makespan: full.makespan, weightedTardiness: full.weightedTardiness }).toEqual(predicted);
      expect(Array.from(state.start)).toEqual(Array.from(full.start));
      expect(Array.from(state.end)).toEqual(Array.from(full.end));
    }
    expect(applied).toBeGreaterThan(50);
  });

  it('leaves the schedule as it was after evaluating a move', () => {
    const state = new ScheduleState(problem, dispatch(problem, 'EDD'));
    const before = { solution: state.toSolution(), start: Array.from(state.start), makespan: state.makespan, weightedTardiness: state.weightedTardiness };
    const random = seededRandom(9);
    for (let step = 0; step < 200; step += 1) state.evaluate(randomMove(state, random));
    expect(state.toSolution()).toEqual(before.solution);
    expect(Array.from(state.start)).toEqual(before.start);
    expect({ makespan: state.makespan, weightedTardiness: state.weightedTardiness }).toEqual({ makespan: before.makespan, weightedTardiness: before.weightedTardiness });
  });

  it('refuses a move that would make an operation wait for its own successor', () => {
    const chain = compileProblem({
      machines: [{ id: 'A' }, { id: 'B' }],
      jobs: [
        { id: 'WO-1', operations: [{ id: 'FIRST', alternatives: [{ machineId: 'A', duration: 3 }] }, { id: 'SECOND', alternatives: [{ machineId: 'A', duration: 2 }, { machineId: 'B', duration: 2 }] }] },
      ],
    });
    const state = new ScheduleState(chain, { choice: Int32Array.from([0, 0]), sequences: [[0, 1], []] });
    expect(state.evaluate({ operation: 1, alternative: 0, after: -1 })).toBeNull();
    expect(state.apply({ operation: 1, alternative: 0, after: -1 })).toBe(false);
    expect(state.toSolution().sequences).toEqual([[0, 1], []]);
    expect(state.evaluate({ operation: 1, alternative: 1, after: -1 })).toEqual({ makespan: 5, weightedTardiness: 0 });
  });

  it('does not rate a move whose effect spreads past its reach, and rates the same move exactly when it may reach further', () => {
    // Three orders queued on one press: putting the last first delays the other two, three operations re-timed.
    const queue = compileProblem({
      machines: [{ id: 'PRESS' }],
      jobs: ['WO-1', 'WO-2', 'WO-3'].map((id) => ({ id, due: 10, operations: [{ id: 'PRESS', alternatives: [{ machineId: 'PRESS', duration: 10 }] }] })),
    });
    const state = new ScheduleState(queue, { choice: Int32Array.from([0, 0, 0]), sequences: [[0, 1, 2]] });
    const lastFirst = { operation: 2, alternative: 0, after: -1 };
    expect(state.evaluate(lastFirst, 2)).toBeNull();
    expect(state.evaluate(lastFirst, 10)).toEqual({ makespan: 30, weightedTardiness: 10 + 20 });
    expect(state.toSolution().sequences).toEqual([[0, 1, 2]]);
  });
});
