/**
 * A calendar date as mes compares and publishes it: `YYYY-MM-DD`. `date`
 * columns load as that text from a PostgreSQL server but as a midnight-UTC
 * Date from the embedded database, so values read from entities pass
 * through here before they are compared or put in an event.
 */
export function calendarDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
