import { addDays, weekStartOf } from '../calendar-date.ts';
import type { ItemPlanningValues } from '../item-planning/item-planning.rules.ts';
import type { CustomerOrder, Forecast, MpsInput, MpsItem } from '../mps/mps.model.ts';
import { mrpFeedFromMasterSchedule, planMasterSchedule } from '../mps/mps.rules.ts';
import type { BomLink, FirmPlannedOrder, IndependentDemand, MrpInput, MrpItem, PlanningPeriod, ScheduledReceipt } from '../mrp/mrp.model.ts';
import { periodOf, weeklyPeriods } from '../mrp/planning-horizon.rules.ts';
import type { WeeklyForecast } from '../scenario/scenario.rules.ts';

/**
 * What aps knows of one site, as planning reads it: the read models built
 * from erp, crm, srm, wms and mes events, the planner's parameters and the
 * scenario's changes already laid over them. Dates are `YYYY-MM-DD`.
 */
export interface PlanningData {
  today: string;
  weeks: number;
  items: { id: string; itemType: string; planning: ItemPlanningValues | null }[];
  bom: BomLink[];
  salesLines: { lineId: string; salesOrderId: string; itemId: string; openQuantity: number; dueDate: string }[];
  forecasts: WeeklyForecast[];
  onHand: ReadonlyMap<string, number>;
  purchaseLines: { lineId: string; itemId: string; openQuantity: number; dueDate: string }[];
  workOrders: { id: string; itemId: string; openQuantity: number; dueDate: string }[];
  /** Planned orders the planner firmed: MRP keeps them. */
  firmOrders: { id: string; itemId: string; quantity: number; dueDate: string; releaseDate: string }[];
}

/** Weekly buckets from the Monday of this week. */
export function planningPeriods(today: string, weeks: number): PlanningPeriod[] {
  return weeklyPeriods(weekStartOf(today), weeks);
}

/** The date a period stands for (its first day); past-due periods count back a week each. */
export function periodDate(periods: readonly PlanningPeriod[], period: number): string {
  return period < periods.length && period >= 0 ? periods[period]!.start : addDays(periods[0]!.start, 7 * period);
}

export const forecastDemandId = (itemId: string, weekStart: string) => `forecast:${itemId}@${weekStart}`;

/**
 * The items a plan needs: everything with demand and every component below
 * it, in a stable order. Items with stock or open orders but no demand
 * above them need no plan.
 */
export function itemsInScope(data: PlanningData): string[] {
  const children = new Map<string, string[]>();
  for (const link of data.bom) children.set(link.parentId, [...(children.get(link.parentId) ?? []), link.componentId]);
  const seen = new Set<string>();
  const visit = (itemId: string) => {
    if (seen.has(itemId)) return;
    seen.add(itemId);
    for (const child of children.get(itemId) ?? []) visit(child);
  };
  for (const line of data.salesLines) visit(line.itemId);
  for (const forecast of data.forecasts) visit(forecast.itemId);
  for (const order of data.firmOrders) visit(order.itemId);
  return [...seen].sort();
}

function masterScheduleItem(id: string, planning: ItemPlanningValues | null, onHand: number): MpsItem {
  return {
    id,
    onHand,
    safetyStock: planning?.safetyStock ?? 0,
    lotRule: planning?.lotRule ?? null,
    demandTimeFence: planning?.demandTimeFence ?? 0,
    planningTimeFence: planning?.planningTimeFence ?? 0,
  };
}

/** The master schedule's input for the site's master-scheduled items. */
export function masterScheduleInput(data: PlanningData, periods: PlanningPeriod[] = planningPeriods(data.today, data.weeks)): MpsInput {
  const scheduled = new Set(data.items.filter((item) => item.planning?.masterScheduled).map((item) => item.id));
  const inHorizon = (period: number) => period < periods.length;
  const forecasts: Forecast[] = data.forecasts
    .filter((forecast) => scheduled.has(forecast.itemId))
    .map((forecast) => ({ id: forecastDemandId(forecast.itemId, forecast.weekStart), itemId: forecast.itemId, period: periodOf(periods, forecast.weekStart), quantity: forecast.quantity }))
    .filter((forecast) => forecast.period >= 0 && inHorizon(forecast.period));
  const customerOrders: CustomerOrder[] = data.salesLines
    .filter((line) => scheduled.has(line.itemId) && line.openQuantity > 0)
    .map((line) => ({ id: line.lineId, itemId: line.itemId, period: Math.max(-1, periodOf(periods, line.dueDate)), quantity: line.openQuantity }))
    .filter((order) => inHorizon(order.period));
  const scheduledReceipts: ScheduledReceipt[] = data.workOrders
    .filter((order) => scheduled.has(order.itemId) && order.openQuantity > 0)
    .map((order) => ({ id: order.id, itemId: order.itemId, kind: 'WORK_ORDER' as const, duePeriod: Math.max(-1, periodOf(periods, order.dueDate)), quantity: order.openQuantity }))
    .filter((receipt) => inHorizon(receipt.duePeriod));
  const firmQuantities = data.firmOrders
    .filter((order) => scheduled.has(order.itemId))
    .map((order) => ({ itemId: order.itemId, period: Math.max(0, periodOf(periods, order.dueDate)), quantity: order.quantity }))
    .filter((firm) => inHorizon(firm.period));
  const byId = new Map(data.items.map((item) => [item.id, item]));
  return {
    periods,
    items: [...scheduled].sort().map((id) => masterScheduleItem(id, byId.get(id)?.planning ?? null, data.onHand.get(id) ?? 0)),
    forecasts,
    customerOrders,
    scheduledReceipts,
    firmQuantities,
  };
}

/**
 * MRP's input: master-scheduled items take their demand from the master
 * schedule's feed (customer orders, and forecast the orders did not consume
 * beyond the demand time fence), every other item its orders and forecasts
 * as they are; open purchase-order lines and work orders are scheduled
 * receipts, firmed planned orders stay as they are. An item lacking a lead
 * time or lot rule goes in without it, so the engine refuses it by name.
 */
export function mrpInput(data: PlanningData): { periods: PlanningPeriod[]; input: MrpInput } {
  const periods = planningPeriods(data.today, data.weeks);
  const scope = new Set(itemsInScope(data));
  const byId = new Map(data.items.map((item) => [item.id, item]));
  const inHorizon = (period: number) => period < periods.length;
  const items: MrpItem[] = [...scope].map((id) => {
    const planning = byId.get(id)?.planning ?? null;
    return {
      id,
      source: planning?.source ?? (byId.get(id)?.itemType === 'RM' ? 'BUY' : 'MAKE'),
      leadTime: planning?.leadTimeWeeks ?? null,
      lotRule: planning?.lotRule ?? null,
      safetyStock: planning?.safetyStock ?? 0,
      onHand: Math.max(0, data.onHand.get(id) ?? 0),
      componentScrapPercent: planning?.scrapPercent ?? 0,
      yieldPercent: planning?.yieldPercent ?? 100,
    };
  });
  const mps = masterScheduleInput({ ...data, items: data.items.filter((item) => scope.has(item.id)) }, periods);
  const masterScheduled = new Set(mps.items.map((item) => item.id));
  const demand: IndependentDemand[] = mps.items.length > 0 ? mrpFeedFromMasterSchedule(mps, planMasterSchedule(mps)).demand : [];
  for (const line of data.salesLines) {
    if (masterScheduled.has(line.itemId) || line.openQuantity <= 0) continue;
    const period = Math.max(-1, periodOf(periods, line.dueDate));
    if (inHorizon(period)) demand.push({ id: line.lineId, itemId: line.itemId, period, quantity: line.openQuantity, kind: 'SALES_ORDER' });
  }
  for (const forecast of data.forecasts) {
    if (masterScheduled.has(forecast.itemId)) continue;
    const period = periodOf(periods, forecast.weekStart);
    if (period >= 0 && inHorizon(period)) demand.push({ id: forecastDemandId(forecast.itemId, forecast.weekStart), itemId: forecast.itemId, period, quantity: forecast.quantity, kind: 'FORECAST' });
  }
  const receipt = (id: string, itemId: string, kind: ScheduledReceipt['kind'], quantity: number, dueDate: string): ScheduledReceipt[] => {
    const duePeriod = Math.max(-1, periodOf(periods, dueDate));
    return scope.has(itemId) && quantity > 0 && inHorizon(duePeriod) ? [{ id, itemId, kind, duePeriod, quantity }] : [];
  };
  const scheduledReceipts = [
    ...data.purchaseLines.flatMap((line) => receipt(line.lineId, line.itemId, 'PURCHASE_ORDER', line.openQuantity, line.dueDate)),
    ...data.workOrders.flatMap((order) => receipt(order.id, order.itemId, 'WORK_ORDER', order.openQuantity, order.dueDate)),
  ];
  const firmPlannedOrders: FirmPlannedOrder[] = data.firmOrders
    .map((order) => ({
      id: order.id,
      itemId: order.itemId,
      duePeriod: Math.max(0, periodOf(periods, order.dueDate)),
      releasePeriod: Math.max(-1, periodOf(periods, order.releaseDate)),
      quantity: order.quantity,
    }))
    .filter((order) => inHorizon(order.duePeriod));
  const bom = data.bom.filter((link) => scope.has(link.parentId));
  return { periods, input: { periods, items, bom, demand, scheduledReceipts, firmPlannedOrders } };
}
