/**
 * A calendar date as finance compares and publishes it: `YYYY-MM-DD`.
 * `date` columns load as text from a PostgreSQL server but as a midnight-UTC
 * Date from the embedded database, so values read from entities pass
 * through here.
 */
export function calendarDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export const dayOf = (time: Date): string => time.toISOString().slice(0, 10);
