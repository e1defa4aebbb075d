import type { Job, Machine, SchedulingProblem, TimeWindow } from '../src/scheduling/model.ts';
import { seededRandom } from '../src/scheduling/random.ts';

/**
 * A seeded, realistic plant for tests and the benchmark: machines in groups
 * of near-identical alternatives, two shifts on weekdays with planned
 * downtime, routings of 6–10 steps through the groups, setups by product
 * family, releases staggered over the working days among the first
 * `releaseDays` days (3 by default; a bigger plant with more work per
 * machine needs them spread further to stay as loaded), late material, and
 * due dates that make some orders tight. Minutes from Monday 00:00.
 */
export function generatePlant(options: { operations: number; machines: number; seed: number; days?: number; releaseDays?: number }): SchedulingProblem {
  const random = seededRandom(options.seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const groups = Math.max(1, Math.floor(options.machines / 5));
  const days = options.days ?? 60;
  const machines: Machine[] = Array.from({ length: options.machines }, (_, index) => {
    const calendar: TimeWindow[] = [];
    for (let day = 0; day < days; day += 1) {
      if (day % 7 >= 5) continue;
      const dayStart = day * 1440;
      const downtime = random() < 0.08 ? between(6 * 60, 20 * 60) : -1;
      for (const [from, to] of [[6 * 60, 14 * 60], [14 * 60, 22 * 60]] as const) {
        if (downtime >= from && downtime < to) {
          if (downtime - from > 0) calendar.push({ start: dayStart + from, end: dayStart + downtime });
          if (to - downtime - 90 > 0) calendar.push({ start: dayStart + downtime + 90, end: dayStart + to });
        } else {
          calendar.push({ start: dayStart + from, end: dayStart + to });
        }
      }
    }
    return { id: `M${String(index + 1).padStart(2, '0')}-G${index % groups}`, calendar: mergeTouching(calendar) };
  });
  const byGroup = Array.from({ length: groups }, (_, group) => machines.filter((_, index) => index % groups === group));
  // Work orders are released on working days, at the first shift: one released on a Saturday would wait for Monday and be
  // late by the weekend alone, lateness no schedule can remove.
  const releaseDays = Array.from({ length: (options.releaseDays ?? 3) + 1 }, (_, day) => day).filter((day) => day % 7 < 5);
  const families = ['steel', 'brass', 'plastic', 'coated'];
  const jobs: Job[] = [];
  let remaining = options.operations;
  for (let number = 0; remaining > 0; number += 1) {
    const steps = Math.min(remaining, between(6, 10));
    remaining -= steps;
    const release = releaseDays[between(0, releaseDays.length - 1)]! * 1440 + 6 * 60;
    const family = families[between(0, families.length - 1)]!;
    let work = 0;
    const operations = Array.from({ length: steps }, (_, step) => {
      const group = byGroup[(number + step * 3) % groups]!;
      const base = between(20, 120);
      work += base;
      const eligible = group.filter(() => random() < 0.6);
      const chosen = eligible.length ? eligible : [group[0]!];
      return {
        id: `OP${(step + 1) * 10}`,
        alternatives: chosen.map((machine) => ({ machineId: machine.id, duration: Math.round(base * (0.85 + random() * 0.3)) })),
        setupFamily: family,
        splittable: base > 90 && random() < 0.5,
        ...(step === 0 && random() < 0.15 ? { materialReadyAt: release + between(1, 3) * 1440 } : {}),
      };
    });
    jobs.push({ id: `WO-${String(number + 1).padStart(4, '0')}`, release, due: release + Math.round(work * (2.5 + random() * 3)) + 1440, weight: between(1, 5), operations });
  }
  const setupTimes = Object.fromEntries(families.map((from) => [from, Object.fromEntries(families.map((to) => [to, from === to ? 0 : 15 + 5 * families.indexOf(to)]))]));
  return { machines, jobs, setupTimes };
}

function mergeTouching(windows: TimeWindow[]): TimeWindow[] {
  const merged: TimeWindow[] = [];
  for (const window of windows) {
    const last = merged.at(-1);
    if (last && last.end === window.start) last.end = window.end;
    else merged.push({ ...window });
  }
  return merged;
}

/** The benchmark's rush order: the plant's first work order again, released at `now`, due two days later, at weight 20. */
export function rushOrderFor(plant: SchedulingProblem, now: number): Job {
  return {
    id: 'RUSH',
    release: now,
    due: now + 2 * 1440,
    weight: 20,
    operations: plant.jobs[0]!.operations.map((operation, index) => ({ id: `R${index}`, alternatives: operation.alternatives, setupFamily: operation.setupFamily, splittable: operation.splittable })),
  };
}
