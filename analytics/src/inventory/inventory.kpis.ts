import type { EntityManager } from '@plexus/db';
import type { KpiDefinition, KpiFilter, KpiFilterField, SharedReads } from '../kpi/kpi-definition.ts';
import { periodWindows, type DayWindow } from '../kpi/kpi-period.rules.ts';
import { turnsContributions, turnsPoint, type TurnsMeasure } from './inventory.rules.ts';
import { itemLabels, turnsByItem, turnsOfWindows } from './inventory.service.ts';

/** Inventory turns and days of inventory (KPIS.md), as the `kpi` queries serve them. */

const filters: readonly KpiFilterField[] = ['itemId', 'siteId'];

/** Turns of the windows, read once per request for turns, days of inventory and cash-to-cash's days of supply. */
export const sharedTurnsOfWindows = (reads: SharedReads, em: EntityManager, filter: KpiFilter, windows: readonly (DayWindow | null)[]) =>
  reads.once(`inventory-turns:${JSON.stringify([filter, windows])}`, () => turnsOfWindows(em, filter, windows));

function turnsKpi(measure: TurnsMeasure): Pick<KpiDefinition, 'series' | 'contributions'> {
  return {
    async series(em, query) {
      const turns = await sharedTurnsOfWindows(query.reads, em, query.filter, periodWindows(query.periods, query));
      return query.periods.map((period, index) => turnsPoint(period, turns[index]!, measure));
    },
    async contributions(em, query) {
      const [window] = periodWindows([{ start: query.from, end: query.to }], query);
      if (!window) return { totalCount: 0, items: [] };
      const byItem = await turnsByItem(em, { siteId: query.filter.siteId, itemIds: query.filter.itemId ? [query.filter.itemId] : null }, window);
      const labels = await itemLabels(em, [...byItem.keys()]);
      return turnsContributions(
        [...byItem].map(([itemId, turns]) => ({ itemId, label: labels.get(itemId) ?? itemId, turns })),
        query,
      );
    },
  };
}

/*
 * No target: turns depend on the industry and the stocking strategy (a few a
 * year for engineered goods, dozens for fresh food), so any single number
 * would mislead more than it helps; the trend and the slowest items are what
 * to read.
 */
export const inventoryKpis: KpiDefinition[] = [
  {
    name: 'INVENTORY_TURNS',
    label: 'Inventory turns',
    description:
      'KPIS.md: COGS of the period (shipped quantity × standard cost at shipment) over the average daily inventory value ' +
      '(on-hand × standard cost of the daily snapshot, a warehouse’s last snapshot carried forward over days without one), ' +
      'annualised: turns × 365 / days in period. Days after today are not counted. Numerator is COGS, denominator the average ' +
      'inventory value. The drill-down lists every item, slowest first; nothing passes or fails.',
    unit: 'TURNS',
    higherIsBetter: true,
    target: null,
    filters,
    ...turnsKpi('annualisedTurns'),
  },
  {
    name: 'DAYS_OF_INVENTORY',
    label: 'Days of inventory',
    description:
      'KPIS.md DIO: days in period / turns of the period (not annualised), from the same COGS and average daily inventory value ' +
      'as inventory turns; null when nothing was sold. The drill-down lists every item, slowest first.',
    unit: 'DAYS',
    higherIsBetter: false,
    target: null,
    filters,
    ...turnsKpi('daysOfInventory'),
  },
];
