/**
 * Calendar dates as aps compares and publishes them: `YYYY-MM-DD`. `date`
 * columns load as text from a PostgreSQL server but as a midnight-UTC Date
 * from the embedded database, so values read from rows pass through here.
 */
export function calendarDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the ISO week the date falls in: planning buckets are weeks starting on Monday. */
export function weekStartOf(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return addDays(date.slice(0, 10), -((day + 6) % 7));
}

export const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
