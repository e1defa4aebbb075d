import type { ViewerRole } from '@plexus/host';

/**
 * Who may see and do what in qms. Quality engineers own plans,
 * nonconformances and CAPAs; operators record inspection results and report
 * nonconforming material they find. Every internal role reads; supplier
 * users do not (the portal shows no quality records yet), so they are
 * refused like any role not named.
 */
export const readerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst'];
export const qualityRoles: readonly ViewerRole[] = ['quality'];
export const inspectorRoles: readonly ViewerRole[] = ['quality', 'operator'];

/** `YYYY-MM-DD` of a date column: a server returns text, the embedded database a midnight-UTC Date. */
export function calendarDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
