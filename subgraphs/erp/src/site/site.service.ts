import { createByIdLoader, newId, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, conflict } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { SiteSchema, type Site } from './site.entity.ts';

export function createSiteLoaders(em: EntityManager) {
  return {
    siteById: createByIdLoader<Site>(em, SiteSchema),
  };
}

export const listSites = (ctx: ErpContext) => ctx.em.find(SiteSchema, {}, { orderBy: { code: 'asc' } });

export const findSite = (ctx: ErpContext, id: string) => ctx.loaders.siteById.load(id);

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export async function createSite(ctx: ErpContext, input: { code: string; name: string; timeZone: string }): Promise<Site> {
  authorizeChange(ctx.viewer, 'create sites');
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  if (!/^[A-Z0-9-]{2,16}$/.test(code)) throw badInput('Site code must be 2–16 letters, digits or dashes', { field: 'code' });
  if (!name) throw badInput('Site name must not be empty', { field: 'name' });
  if (!isTimeZone(input.timeZone)) throw badInput(`Unknown time zone ${input.timeZone}`, { field: 'timeZone' });
  return ctx.em.transactional(async (em) => {
    if (await em.count(SiteSchema, { code })) throw conflict(`Site ${code} already exists`, { field: 'code' });
    const now = ctx.now();
    const site = em.create(SiteSchema, { id: newId(), code, name, timeZone: input.timeZone });
    await em.flush();
    await recordEvents(em, [{ type: 'erp.SiteCreated', subjectType: 'Site', subjectId: site.id, siteId: site.id, payload: { code, name } }], { now });
    return site;
  });
}
