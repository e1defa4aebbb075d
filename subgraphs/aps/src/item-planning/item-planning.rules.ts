import { badInput } from '@plexus/errors';
import { validateLotRule } from '../mrp/lot-sizing.rules.ts';
import type { ItemSource, LotRule } from '../mrp/mrp.model.ts';

export interface ItemPlanningInput {
  source?: ItemSource | null;
  leadTimeWeeks?: number | null;
  lotRule?: LotRule['kind'] | null;
  fixedQuantity?: number | null;
  periods?: number | null;
  minimum?: number | null;
  maximum?: number | null;
  multiple?: number | null;
  safetyStock?: number | null;
  scrapPercent?: number | null;
  yieldPercent?: number | null;
  masterScheduled?: boolean | null;
  demandTimeFence?: number | null;
  planningTimeFence?: number | null;
}

export interface ItemPlanningValues {
  source: ItemSource;
  leadTimeWeeks: number | null;
  lotRule: LotRule | null;
  safetyStock: number;
  scrapPercent: number;
  yieldPercent: number;
  masterScheduled: boolean;
  demandTimeFence: number;
  planningTimeFence: number;
}

/** Raw materials are bought, everything else made; finished goods are master scheduled unless the planner says otherwise. */
export function defaultSource(itemType: string): ItemSource {
  return itemType === 'RM' ? 'BUY' : 'MAKE';
}

const undefinedIfNull = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/**
 * The planner's parameters as MRP reads them. A lead time or lot rule may be
 * left unset (MRP then refuses the item, naming it); what is set must make sense.
 */
export function planningValues(itemId: string, itemType: string, input: ItemPlanningInput): ItemPlanningValues {
  const source = input.source ?? defaultSource(itemType);
  const leadTimeWeeks = input.leadTimeWeeks ?? null;
  if (leadTimeWeeks !== null && !(Number.isInteger(leadTimeWeeks) && leadTimeWeeks >= 0)) throw badInput('leadTimeWeeks must be a whole number of weeks, 0 or more', { field: 'leadTimeWeeks' });
  const modifiers = { ...optional('minimum', input.minimum), ...optional('maximum', input.maximum), ...optional('multiple', input.multiple) };
  let lotRule: LotRule | null = null;
  if (input.lotRule === 'LOT_FOR_LOT') lotRule = { kind: 'LOT_FOR_LOT', ...modifiers };
  else if (input.lotRule === 'FIXED_ORDER_QUANTITY') lotRule = { kind: 'FIXED_ORDER_QUANTITY', quantity: input.fixedQuantity ?? Number.NaN, ...modifiers };
  else if (input.lotRule === 'PERIOD_ORDER_QUANTITY') lotRule = { kind: 'PERIOD_ORDER_QUANTITY', periods: input.periods ?? Number.NaN, ...modifiers };
  if (lotRule) validateLotRule(itemId, lotRule);
  const safetyStock = input.safetyStock ?? 0;
  if (!(Number.isFinite(safetyStock) && safetyStock >= 0)) throw badInput('safetyStock must be 0 or more', { field: 'safetyStock' });
  const scrapPercent = input.scrapPercent ?? 0;
  if (!(Number.isFinite(scrapPercent) && scrapPercent >= 0 && scrapPercent < 100)) throw badInput('scrapPercent must be from 0 to below 100', { field: 'scrapPercent' });
  const yieldPercent = input.yieldPercent ?? 100;
  if (!(Number.isFinite(yieldPercent) && yieldPercent > 0 && yieldPercent <= 100)) throw badInput('yieldPercent must be above 0 and at most 100', { field: 'yieldPercent' });
  const demandTimeFence = undefinedIfNull(input.demandTimeFence) ?? 0;
  const planningTimeFence = undefinedIfNull(input.planningTimeFence) ?? demandTimeFence;
  if (!Number.isInteger(demandTimeFence) || !Number.isInteger(planningTimeFence) || demandTimeFence < 0 || planningTimeFence < demandTimeFence) {
    throw badInput('Time fences are whole weeks with 0 ≤ demand time fence ≤ planning time fence', { field: 'planningTimeFence' });
  }
  return { source, leadTimeWeeks, lotRule, safetyStock, scrapPercent, yieldPercent, masterScheduled: input.masterScheduled ?? itemType === 'FG', demandTimeFence, planningTimeFence };
}

function optional<K extends string>(key: K, value: number | null | undefined): Partial<Record<K, number>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
