import { PlanningInputError, type PlanningPeriod } from './mrp.model.ts';

const DAY_MS = 86_400_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** `count` consecutive week buckets, the first starting on `firstDay`. */
export function weeklyPeriods(firstDay: string, count: number): PlanningPeriod[] {
  const first = dayNumber(firstDay);
  return Array.from({ length: count }, (_, index) => ({ start: new Date((first + 7 * index) * DAY_MS).toISOString().slice(0, 10) }));
}

export function validatePeriods(periods: readonly PlanningPeriod[]): void {
  if (periods.length === 0) throw new PlanningInputError('NO_PERIODS', 'The horizon has no periods');
  periods.forEach((period, index) => {
    if (!isoDate.test(period.start) || Number.isNaN(dayNumber(period.start))) {
      throw new PlanningInputError('BAD_PERIODS', `Period ${index} starts on "${period.start}", not a YYYY-MM-DD date`, { period: index });
    }
    if (index > 0 && period.start <= periods[index - 1]!.start) {
      throw new PlanningInputError('BAD_PERIODS', `Period ${index} does not start after period ${index - 1}`, { period: index });
    }
  });
}

/**
 * The period a date falls in: -1 before the horizon (past due), the horizon's
 * length after it. The last bucket is as long as the one before it (a week when
 * there is only one), so a service buckets order and forecast dates the way
 * the engine reads them.
 */
export function periodOf(periods: readonly PlanningPeriod[], date: string): number {
  const day = dayNumber(date.slice(0, 10));
  const starts = periods.map((period) => dayNumber(period.start));
  if (day < starts[0]!) return -1;
  const last = starts.length - 1;
  const lastLength = last > 0 ? starts[last]! - starts[last - 1]! : 7;
  if (day >= starts[last]! + lastLength) return periods.length;
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}
