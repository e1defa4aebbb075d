import type { SchedulingProblem } from '../src/scheduling/model.ts';

/** ft06 (Fisher & Thompson 1963), proven optimum 55: small enough for unit tests to reach it. */
const rows = [
  '2 1 0 3 1 6 3 7 5 3 4 6',
  '1 8 2 5 4 10 5 10 0 10 3 4',
  '2 5 3 4 5 8 0 9 1 1 4 7',
  '1 5 0 5 2 5 3 3 4 8 5 9',
  '2 9 1 3 4 5 5 4 0 3 3 1',
  '1 3 3 3 5 9 0 10 4 4 2 1',
];

export const ft06: SchedulingProblem = {
  machines: Array.from({ length: 6 }, (_, machine) => ({ id: `M${machine}` })),
  jobs: rows.map((row, job) => {
    const numbers = row.split(' ').map(Number);
    return {
      id: `J${job}`,
      operations: Array.from({ length: 6 }, (_, step) => ({ id: `O${step}`, alternatives: [{ machineId: `M${numbers[2 * step]}`, duration: numbers[2 * step + 1]! }] })),
    };
  }),
};
