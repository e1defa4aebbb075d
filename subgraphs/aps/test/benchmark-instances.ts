import type { SchedulingProblem } from '../src/scheduling/model.ts';

/**
 * Readers for the two public benchmark formats in `shared/data/`: OR-Library
 * job shops (`jssp/`, one machine per operation) and Brandimarte's flexible
 * job shops (`fjsp/`, several eligible machines per operation). Machines are
 * numbered from 0 in both; every job is a chain of its operations.
 */
const numbersOf = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/).map(Number));

const machinesNamed = (count: number) => Array.from({ length: count }, (_, machine) => ({ id: `M${machine}` }));

/** `jobs machines`, then per job `machine duration` for each operation in order. */
export function parseJobShop(text: string): SchedulingProblem {
  const [header, ...rows] = numbersOf(text);
  const [jobs, machines] = header as [number, number];
  return {
    machines: machinesNamed(machines),
    jobs: rows.slice(0, jobs).map((numbers, job) => ({
      id: `J${job}`,
      operations: Array.from({ length: numbers.length / 2 }, (_, step) => ({
        id: `O${step}`,
        alternatives: [{ machineId: `M${numbers[2 * step]}`, duration: numbers[2 * step + 1]! }],
      })),
    })),
  };
}

/** `jobs machines [average]`, then per job its operation count and, per operation, `k` followed by `k` pairs `machine duration`. */
export function parseFlexibleJobShop(text: string): SchedulingProblem {
  const [header, ...rows] = numbersOf(text);
  const [jobs, machines] = header as [number, number];
  return {
    machines: machinesNamed(machines),
    jobs: rows.slice(0, jobs).map((numbers, job) => {
      let at = 1;
      return {
        id: `J${job}`,
        operations: Array.from({ length: numbers[0]! }, (_, step) => {
          const count = numbers[at++]!;
          const alternatives = Array.from({ length: count }, () => {
            const machine = numbers[at++]!;
            return { machineId: `M${machine}`, duration: numbers[at++]! };
          });
          return { id: `O${step}`, alternatives };
        }),
      };
    }),
  };
}
