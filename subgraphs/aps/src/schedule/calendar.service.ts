import { execute, isId, newId } from '@plexus/db';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { plannerRoles, readerRoles } from '../roles.ts';
import { readSiteCalendar } from './shop-floor.store.ts';
import { validateSiteCalendar, validateSpan, type SiteCalendar } from './working-calendar.rules.ts';

/**
 * Every scenario's schedules depend on the calendar and downtime, so a
 * change moves every scenario's version on: drafts computed before it no
 * longer publish.
 */
const invalidateDrafts = (ctx: ApsContext) => execute(ctx.em, 'UPDATE aps.plan_scenario SET version = version + 1');

export async function siteCalendar(ctx: ApsContext, siteId: string): Promise<SiteCalendar> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  if (!isId(siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  return readSiteCalendar(ctx.em, siteId.toLowerCase());
}

/** Replaces a site's shifts and holidays, and its frozen horizon when given (else it stays as it was). */
export async function setSiteCalendar(ctx: ApsContext, siteId: string, input: Omit<SiteCalendar, 'frozenHours'> & { frozenHours?: number | null }): Promise<SiteCalendar> {
  authorize(ctx.viewer, 'set calendars', plannerRoles);
  if (!isId(siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  const site = siteId.toLowerCase();
  return ctx.em.transactional(async (em) => {
    const frozenHours = input.frozenHours ?? (await readSiteCalendar(em, site)).frozenHours;
    const calendar = validateSiteCalendar({
      shifts: input.shifts.map((shift) => ({ weekday: shift.weekday, start: shift.start, end: shift.end })),
      holidays: [...new Set(input.holidays)].sort(),
      frozenHours,
    });
    await execute(
      em,
      `INSERT INTO aps.site_calendar (site_id, shifts, holidays, frozen_hours) VALUES (?, ?, ?, ?)
       ON CONFLICT (site_id) DO UPDATE SET shifts = excluded.shifts, holidays = excluded.holidays, frozen_hours = excluded.frozen_hours`,
      [site, JSON.stringify(calendar.shifts), JSON.stringify(calendar.holidays), calendar.frozenHours],
    );
    await invalidateDrafts({ ...ctx, em });
    return calendar;
  });
}

export async function planMachineDowntime(ctx: ApsContext, input: { machineId: string; from: Date; to: Date; reason: string }): Promise<boolean> {
  authorize(ctx.viewer, 'plan maintenance', plannerRoles);
  const span = validateSpan({ from: input.from, to: input.to }, 'Downtime');
  const reason = input.reason.trim();
  if (!reason) throw badInput('Downtime needs a reason', { field: 'reason' });
  if (!isId(input.machineId)) throw notFound(`Machine ${input.machineId} not found`, { field: 'machineId' });
  return ctx.em.transactional(async (em) => {
    const [machine] = await execute<{ id: string }[]>(em, 'SELECT id FROM aps.machine WHERE id = ?', [input.machineId.toLowerCase()]);
    if (!machine) throw notFound(`Machine ${input.machineId} not found`, { field: 'machineId' });
    await execute(em, 'INSERT INTO aps.machine_downtime (id, machine_id, from_time, to_time, reason) VALUES (?, ?, ?, ?, ?)', [newId(), machine.id, span.from, span.to, reason]);
    await invalidateDrafts({ ...ctx, em });
    return true;
  });
}
