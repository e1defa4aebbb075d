import { isId, type EntityManager } from '@plexus/db';
import { badInput, notFound } from '@plexus/errors';
import { readKnownSubjects, recordEvents } from '@plexus/events';
import { authorize } from '@plexus/host';
import type { CrmContext } from '../context.ts';
import { addWeeks, forecastFromHistory, forecastHorizonWeeks, validateForecastWeeks, weekStartOf, type ForecastSource, type ForecastWeek } from './demand-forecast.rules.ts';
import { readForecasts, readWeeklyOrderedQuantities, writeForecastWeeks, type ForecastFilter, type StoredForecast } from './demand-forecast.store.ts';

export function listDemandForecasts(ctx: CrmContext, filter: ForecastFilter): Promise<StoredForecast[]> {
  for (const [field, id] of [...(filter.itemIds ?? []).map((id) => ['itemIds', id] as const), ['siteId', filter.siteId] as const]) {
    if (id && !isId(id)) throw badInput(`${id} is not an id`, { field });
  }
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('from is after to', { field: 'from' });
  return readForecasts(ctx.em, filter);
}

export interface ForecastKey {
  itemId: string;
  siteId: string;
  source: ForecastSource;
}

async function assertKnown(em: EntityManager, key: { itemId: string; siteId: string }): Promise<void> {
  for (const [field, id] of [['itemId', key.itemId], ['siteId', key.siteId]] as const) {
    if (!isId(id)) throw badInput(`${id} is not an id`, { field });
  }
  if (!(await readKnownSubjects(em, 'erp.ItemCreated', [key.itemId])).has(key.itemId)) throw notFound(`Item ${key.itemId} not found`, { field: 'itemId' });
  if (!(await readKnownSubjects(em, 'erp.SiteCreated', [key.siteId])).has(key.siteId)) throw notFound(`Site ${key.siteId} not found`, { field: 'siteId' });
}

/** Stores the weeks of one forecast (replacing those weeks only) and tells planning it changed. */
async function storeForecast(ctx: CrmContext, key: ForecastKey, weeks: readonly ForecastWeek[]): Promise<StoredForecast[]> {
  return ctx.em.transactional(async (em) => {
    await assertKnown(em, key);
    const now = ctx.now();
    const stored = await writeForecastWeeks(em, key, weeks, now);
    await recordEvents(
      em,
      [
        {
          type: 'crm.DemandForecastChanged',
          subjectType: 'Item',
          subjectId: key.itemId,
          itemId: key.itemId,
          siteId: key.siteId,
          payload: { source: key.source, weeks: stored.map((week) => ({ weekStart: week.weekStart, quantity: week.quantity })) },
        },
      ],
      { now },
    );
    return stored;
  });
}

/** A planner's (or the S&OP meeting's) forecast for the given weeks. */
export function setDemandForecast(ctx: CrmContext, input: ForecastKey & { weeks: readonly ForecastWeek[] }): Promise<StoredForecast[]> {
  authorize(ctx.viewer, 'set demand forecasts', ['planner']);
  const weeks = validateForecastWeeks(input.weeks, weekStartOf(ctx.now().toISOString().slice(0, 10)));
  return storeForecast(ctx, input, weeks);
}

/** How many past weeks of orders the statistical forecast learns from. */
const historyWeeks = 52;

/**
 * The STATISTICAL forecast of one item at one site from its order history
 * (damped-trend exponential smoothing), from this week for `weeks` weeks.
 */
export async function forecastDemandFromHistory(ctx: CrmContext, input: { itemId: string; siteId: string; weeks: number }): Promise<StoredForecast[]> {
  authorize(ctx.viewer, 'compute demand forecasts', ['planner']);
  if (!Number.isInteger(input.weeks) || input.weeks < 1 || input.weeks > forecastHorizonWeeks) {
    throw badInput(`weeks must be a whole number from 1 to ${forecastHorizonWeeks}`, { field: 'weeks' });
  }
  await assertKnown(ctx.em, input);
  const currentWeek = weekStartOf(ctx.now().toISOString().slice(0, 10));
  const history = await readWeeklyOrderedQuantities(ctx.em, { itemId: input.itemId, siteId: input.siteId, from: addWeeks(currentWeek, -historyWeeks), until: currentWeek });
  // Weeks before the item's first order are not evidence of zero demand.
  const firstOrdered = history.findIndex((quantity) => quantity > 0);
  const forecast = forecastFromHistory(firstOrdered < 0 ? [] : history.slice(firstOrdered), input.weeks);
  return storeForecast(
    ctx,
    { itemId: input.itemId, siteId: input.siteId, source: 'STATISTICAL' },
    forecast.map((quantity, index) => ({ weekStart: addWeeks(currentWeek, index), quantity })),
  );
}
