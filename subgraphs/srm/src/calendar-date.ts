/**
 * A calendar date as srm compares, sorts and publishes it: `YYYY-MM-DD`.
 * `date` columns load as that text from a PostgreSQL server but as a
 * midnight-UTC Date from the embedded database (its PGlite instance is
 * handed to MikroORM without MikroORM's type parsers), so values read from
 * entities pass through here before they are compared or put in an event.
 */
export function calendarDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function optionalCalendarDate(value: string | Date | null | undefined): string | null {
  return value == null ? null : calendarDate(value);
}
