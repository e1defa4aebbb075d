import { execute, type EntityManager } from '@plexus/db';
import { calendarDate } from '../calendar-date.ts';
import type { ItemPlanning } from '../item-planning/item-planning.entity.ts';
import type { ItemPlanningValues } from '../item-planning/item-planning.rules.ts';
import type { PlanningData } from '../mrp-run/planning-input.rules.ts';
import { applyDemandChanges, type DemandChange } from '../scenario/scenario.rules.ts';

const number = (value: unknown) => Number(value);

export const planningValuesOf = (planning: ItemPlanning): ItemPlanningValues => ({
  source: planning.source,
  leadTimeWeeks: planning.leadTimeWeeks ?? null,
  lotRule: planning.lotRule ?? null,
  safetyStock: planning.safetyStock,
  scrapPercent: planning.scrapPercent,
  yieldPercent: planning.yieldPercent,
  masterScheduled: planning.masterScheduled,
  demandTimeFence: planning.demandTimeFence,
  planningTimeFence: planning.planningTimeFence,
});

/**
 * Everything planning reads for one site, from aps's read models, inside the
 * caller's transaction; a scenario's demand changes are laid over the
 * shared forecasts. A forecast counts from its most considered source:
 * consensus, else sales, else statistical.
 */
export async function readPlanningData(
  em: EntityManager,
  at: { siteId: string; scenarioId: string; today: string; weeks: number; demandChanges: readonly DemandChange[] },
): Promise<PlanningData> {
  // One after another: they share the caller's transaction and its connection.
  const items = await execute<Record<string, unknown>[]>(
      em,
      `SELECT i.id, i.item_type, p.source, p.lead_time_weeks, p.lot_rule, p.safety_stock, p.scrap_percent, p.yield_percent, p.master_scheduled,
              p.demand_time_fence, p.planning_time_fence
       FROM aps.item i LEFT JOIN aps.item_planning p ON p.item_id = i.id ORDER BY i.id`,
  );
  const bom = await execute<{ parent_id: string; component_id: string; quantity_per: string }[]>(em, 'SELECT parent_id, component_id, quantity_per FROM aps.bom_link ORDER BY parent_id, component_id');
  const salesLines = await execute<{ line_id: string; sales_order_id: string; item_id: string; open_quantity: string; due_date: string | Date }[]>(
      em,
    'SELECT line_id, sales_order_id, item_id, quantity - shipped_quantity AS open_quantity, due_date FROM aps.sales_order_line WHERE open AND site_id = ? ORDER BY due_date, line_id',
    [at.siteId],
  );
  const forecasts = await execute<{ item_id: string; week_start: string | Date; quantity: string }[]>(
      em,
      `SELECT DISTINCT ON (item_id, week_start) item_id, week_start, quantity FROM aps.demand_forecast WHERE site_id = ?
       ORDER BY item_id, week_start, CASE source WHEN 'CONSENSUS' THEN 0 WHEN 'SALES' THEN 1 ELSE 2 END`,
    [at.siteId],
  );
  const stock = await execute<{ item_id: string; quantity: string }[]>(
      em,
      'SELECT s.item_id, sum(s.quantity) AS quantity FROM aps.stock s JOIN aps.warehouse w ON w.id = s.warehouse_id WHERE w.site_id = ? GROUP BY s.item_id',
    [at.siteId],
  );
  const purchaseLines = await execute<{ line_id: string; item_id: string; open_quantity: string; due_date: string | Date }[]>(
      em,
      'SELECT line_id, item_id, quantity - received_quantity AS open_quantity, due_date FROM aps.purchase_order_line WHERE open AND site_id = ? ORDER BY due_date, line_id',
    [at.siteId],
  );
  const firmOrders = await execute<{ id: string; item_id: string; quantity: string; due_date: string | Date; release_date: string | Date }[]>(
      em,
      "SELECT id, item_id, quantity, due_date, release_date FROM aps.planned_order WHERE scenario_id = ? AND site_id = ? AND status = 'FIRM' ORDER BY id",
    [at.scenarioId, at.siteId],
  );
  return {
    today: at.today,
    weeks: at.weeks,
    items: items.map((row) => ({
      id: row.id as string,
      itemType: row.item_type as string,
      planning:
        row.source === null
          ? null
          : {
              source: row.source as 'MAKE' | 'BUY',
              leadTimeWeeks: row.lead_time_weeks === null ? null : number(row.lead_time_weeks),
              lotRule: (typeof row.lot_rule === 'string' ? JSON.parse(row.lot_rule) : row.lot_rule) as ItemPlanningValues['lotRule'],
              safetyStock: number(row.safety_stock),
              scrapPercent: number(row.scrap_percent),
              yieldPercent: number(row.yield_percent),
              masterScheduled: row.master_scheduled as boolean,
              demandTimeFence: number(row.demand_time_fence),
              planningTimeFence: number(row.planning_time_fence),
            },
    })),
    bom: bom.map((row) => ({ parentId: row.parent_id, componentId: row.component_id, quantityPer: number(row.quantity_per) })),
    salesLines: salesLines.map((row) => ({ lineId: row.line_id, salesOrderId: row.sales_order_id, itemId: row.item_id, openQuantity: number(row.open_quantity), dueDate: calendarDate(row.due_date) })),
    forecasts: applyDemandChanges(
      forecasts.map((row) => ({ itemId: row.item_id, weekStart: calendarDate(row.week_start), quantity: number(row.quantity) })),
      at.demandChanges,
    ),
    onHand: new Map(stock.map((row) => [row.item_id, number(row.quantity)])),
    purchaseLines: purchaseLines.map((row) => ({ lineId: row.line_id, itemId: row.item_id, openQuantity: number(row.open_quantity), dueDate: calendarDate(row.due_date) })),
    workOrders: [],
    firmOrders: firmOrders.map((row) => ({ id: row.id, itemId: row.item_id, quantity: number(row.quantity), dueDate: calendarDate(row.due_date), releaseDate: calendarDate(row.release_date) })),
  };
}
