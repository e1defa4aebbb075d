import { safetyStockViolations } from '../mrp/exception.rules.ts';
import { coveragePeriods, orderQuantities, validateLotRule } from '../mrp/lot-sizing.rules.ts';
import { requirePeriod, requireQuantity } from '../mrp/mrp-input.rules.ts';
import { PlanningInputError, type FirmPlannedOrder, type IndependentDemand } from '../mrp/mrp.model.ts';
import { validatePeriods } from '../mrp/planning-horizon.rules.ts';
import { QUANTITY_EPSILON, roundQuantity } from '../mrp/quantity.rules.ts';
import { discreteAvailableToPromise } from './available-to-promise.rules.ts';
import { consumeForecast } from './forecast-consumption.rules.ts';
import type { ConsumptionWindow, MasterSchedule, MpsException, MpsInput, MpsLine, MpsRecord } from './mps.model.ts';

function validateMasterScheduleInput(input: MpsInput): void {
  validatePeriods(input.periods);
  const periodCount = input.periods.length;
  const items = new Set<string>();
  for (const item of input.items) {
    const at = { itemId: item.id };
    if (items.has(item.id)) throw new PlanningInputError('DUPLICATE_ID', `Item ${item.id} is listed twice`, at);
    items.add(item.id);
    if (item.lotRule === null || item.lotRule === undefined) throw new PlanningInputError('MISSING_LOT_RULE', `Item ${item.id} has no lot-sizing rule`, at);
    validateLotRule(item.id, item.lotRule);
    requireQuantity(item.onHand, `Item ${item.id}: on hand`, { ...at, field: 'onHand' });
    requireQuantity(item.safetyStock, `Item ${item.id}: safety stock`, { ...at, field: 'safetyStock' });
    const { demandTimeFence, planningTimeFence } = item;
    if (!Number.isInteger(demandTimeFence) || !Number.isInteger(planningTimeFence) || demandTimeFence < 0 || planningTimeFence < demandTimeFence) {
      throw new PlanningInputError('BAD_TIME_FENCE', `Item ${item.id}: time fences must be whole periods, 0 ≤ demand time fence ≤ planning time fence`, at);
    }
  }
  const known = (itemId: string, details: Record<string, unknown>) => {
    if (!items.has(itemId)) throw new PlanningInputError('UNKNOWN_ITEM', `Unknown item ${itemId}`, { ...details, itemId });
  };
  const unique = (ids: Set<string>, id: string, what: string) => {
    if (ids.has(id)) throw new PlanningInputError('DUPLICATE_ID', `${what} ${id}: the id is used twice`, { id });
    ids.add(id);
  };
  const forecastIds = new Set<string>();
  for (const forecast of input.forecasts) {
    const at = { forecastId: forecast.id };
    unique(forecastIds, forecast.id, 'Forecast');
    known(forecast.itemId, at);
    if (requirePeriod(forecast.period, periodCount, `Forecast ${forecast.id}: the period`, { ...at, field: 'period' }) < 0) {
      throw new PlanningInputError('PERIOD_OUT_OF_HORIZON', `Forecast ${forecast.id}: a forecast is for period 0 or later`, { ...at, field: 'period' });
    }
    requireQuantity(forecast.quantity, `Forecast ${forecast.id}: the quantity`, { ...at, field: 'quantity' });
  }
  const orderIds = new Set<string>();
  for (const order of input.customerOrders) {
    const at = { orderId: order.id };
    unique(orderIds, order.id, 'Customer order');
    known(order.itemId, at);
    requirePeriod(order.period, periodCount, `Customer order ${order.id}: the period`, { ...at, field: 'period' });
    requireQuantity(order.quantity, `Customer order ${order.id}: the quantity`, { ...at, field: 'quantity' });
  }
  const receiptIds = new Set<string>();
  for (const receipt of input.scheduledReceipts) {
    const at = { receiptId: receipt.id };
    unique(receiptIds, receipt.id, 'Scheduled receipt');
    known(receipt.itemId, at);
    requirePeriod(receipt.duePeriod, periodCount, `Scheduled receipt ${receipt.id}: the due period`, { ...at, field: 'duePeriod' });
    requireQuantity(receipt.quantity, `Scheduled receipt ${receipt.id}: the quantity`, { ...at, field: 'quantity' });
  }
  const firmCells = new Set<string>();
  for (const firm of input.firmQuantities) {
    const at = { itemId: firm.itemId, period: firm.period };
    known(firm.itemId, at);
    if (requirePeriod(firm.period, periodCount, `Firm quantity of ${firm.itemId}: the period`, { ...at, field: 'period' }) < 0) {
      throw new PlanningInputError('PERIOD_OUT_OF_HORIZON', `Firm quantity of ${firm.itemId}: the period must be 0 or later`, { ...at, field: 'period' });
    }
    requireQuantity(firm.quantity, `Firm quantity of ${firm.itemId} in period ${firm.period}`, { ...at, field: 'quantity' }, { positive: true });
    const cell = `${firm.itemId}\u0000${firm.period}`;
    if (firmCells.has(cell)) throw new PlanningInputError('DUPLICATE_ID', `${firm.itemId} has two firm quantities in period ${firm.period}`, at);
    firmCells.add(cell);
  }
  const window = input.consumption;
  if (window && !(Number.isInteger(window.backward) && Number.isInteger(window.forward) && window.backward >= 0 && window.forward >= 0)) {
    throw new PlanningInputError('BAD_CONSUMPTION_WINDOW', 'The forecast consumption window must be whole periods, 0 or more, backward and forward', { field: 'consumption' });
  }
}

function byItem<T extends { itemId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    const group = grouped.get(record.itemId);
    if (group) group.push(record);
    else grouped.set(record.itemId, [record]);
  }
  return grouped;
}

const ownPeriodOnly: ConsumptionWindow = { backward: 0, forward: 0 };

/**
 * The master production schedule, item by item: customer orders consume the
 * forecast; inside the demand time fence only orders are demand, beyond it
 * orders plus unconsumed forecast. Inside the planning time fence the
 * schedule is what the planner firmed; beyond it, wherever the projected
 * available balance would fall below safety stock, a quantity sized by the
 * item's lot rule is proposed. Then discrete available-to-promise. Refuses
 * bad input with a `PlanningInputError` before planning.
 */
export function planMasterSchedule(input: MpsInput): MasterSchedule {
  validateMasterScheduleInput(input);
  const periodCount = input.periods.length;
  const forecasts = byItem(input.forecasts);
  const orders = byItem(input.customerOrders);
  const receipts = byItem(input.scheduledReceipts);
  const firm = byItem(input.firmQuantities);
  const records: MpsRecord[] = [];
  const lines: MpsLine[] = [];
  const consumption: MasterSchedule['consumption'] = [];
  const exceptions: MpsException[] = [];
  const row = () => new Array<number>(periodCount).fill(0);

  for (const item of input.items) {
    const itemId = item.id;
    const lotRule = item.lotRule!;
    const onHand = item.onHand ?? 0;
    const safetyStock = item.safetyStock ?? 0;
    const itemForecasts = forecasts.get(itemId) ?? [];
    const itemOrders = orders.get(itemId) ?? [];
    const consumed = consumeForecast(itemForecasts, itemOrders, periodCount, input.consumption ?? ownPeriodOnly);
    consumption.push(...consumed.consumption);
    // An item made to order has no forecast to exceed.
    if (itemForecasts.length > 0) for (const over of consumed.overForecast) exceptions.push({ kind: 'ORDER_OVER_FORECAST', itemId, ...over });

    const forecast = row();
    const unconsumedForecast = row();
    const customerOrders = row();
    const scheduledReceipts = row();
    const firmSchedule = row();
    itemForecasts.forEach((record, index) => {
      forecast[record.period]! += record.quantity;
      unconsumedForecast[record.period]! += consumed.unconsumed[index]!;
    });
    for (const order of itemOrders) customerOrders[Math.max(0, order.period)]! += order.quantity;
    for (const receipt of receipts.get(itemId) ?? []) scheduledReceipts[Math.max(0, receipt.duePeriod)]! += receipt.quantity;
    for (const quantity of firm.get(itemId) ?? []) firmSchedule[quantity.period] = quantity.quantity;
    const projectedDemand = customerOrders.map((ordered, period) => roundQuantity(ordered + (period >= item.demandTimeFence ? unconsumedForecast[period]! : 0)));

    const masterSchedule = row();
    const balance = row();
    let available = onHand;
    for (let period = 0; period < periodCount; period++) {
      const fixed = scheduledReceipts[period]! + firmSchedule[period]!;
      available = roundQuantity(available + fixed - projectedDemand[period]!);
      let proposed = 0;
      if (period >= item.planningTimeFence && available < safetyStock - QUANTITY_EPSILON) {
        let required = safetyStock - available;
        let ahead = available;
        for (let later = period + 1; later < Math.min(periodCount, period + coveragePeriods(lotRule)); later++) {
          ahead += scheduledReceipts[later]! + firmSchedule[later]! - projectedDemand[later]!;
          required = Math.max(required, safetyStock - ahead);
        }
        proposed = roundQuantity(orderQuantities(lotRule, roundQuantity(required), 1).reduce((sum, quantity) => sum + quantity, 0));
        available = roundQuantity(available + proposed);
      }
      if (firmSchedule[period]! > 0) lines.push({ itemId, period, quantity: firmSchedule[period]!, firm: true });
      if (proposed > 0) lines.push({ itemId, period, quantity: proposed, firm: false });
      masterSchedule[period] = roundQuantity(firmSchedule[period]! + proposed);
      balance[period] = available;
    }
    exceptions.push(...safetyStockViolations(itemId, balance, safetyStock));

    const supply = masterSchedule.map((scheduled, period) => scheduled + scheduledReceipts[period]!);
    const availableToPromise = discreteAvailableToPromise(onHand, supply, customerOrders);
    if (availableToPromise[0]! < -QUANTITY_EPSILON) exceptions.push({ kind: 'OVERPROMISED', itemId, period: 0, quantity: -availableToPromise[0]! });

    records.push({
      itemId,
      forecast: forecast.map(roundQuantity),
      unconsumedForecast: unconsumedForecast.map(roundQuantity),
      customerOrders: customerOrders.map(roundQuantity),
      projectedDemand,
      scheduledReceipts: scheduledReceipts.map(roundQuantity),
      masterSchedule,
      projectedAvailableBalance: balance,
      availableToPromise,
    });
  }
  return { records, lines, consumption, exceptions };
}

/**
 * What MRP takes from a master schedule: the customer orders and the forecast
 * they left unconsumed beyond each item's demand time fence, as independent
 * demand, and each period's schedule as a firm planned order
 * `MPS:<item>@<period>` (due then, released the item's MRP lead time
 * earlier). Give MRP the same items with `masterScheduled: true`, their open
 * orders, and no yield loss (the schedule's quantities are good units), and
 * its record of each item is the schedule's: projected on hand equals the
 * projected available balance, and the components get the schedule's releases.
 */
export function mrpFeedFromMasterSchedule(input: MpsInput, schedule: MasterSchedule): { demand: IndependentDemand[]; firmPlannedOrders: FirmPlannedOrder[] } {
  const consumed = new Map<string, number>();
  for (const { forecastId, quantity } of schedule.consumption) consumed.set(forecastId, (consumed.get(forecastId) ?? 0) + quantity);
  const demandTimeFence = new Map(input.items.map((item) => [item.id, item.demandTimeFence]));
  const demand: IndependentDemand[] = input.customerOrders.map(({ id, itemId, period, quantity }) => ({ id, itemId, period, quantity, kind: 'SALES_ORDER' }));
  for (const forecast of input.forecasts) {
    const unconsumed = roundQuantity(forecast.quantity - (consumed.get(forecast.id) ?? 0));
    if (forecast.period >= demandTimeFence.get(forecast.itemId)! && unconsumed > QUANTITY_EPSILON) {
      demand.push({ id: forecast.id, itemId: forecast.itemId, period: forecast.period, quantity: unconsumed, kind: 'FORECAST' });
    }
  }
  const firmPlannedOrders = schedule.records.flatMap((record) =>
    record.masterSchedule.flatMap((quantity, period) => (quantity > 0 ? [{ id: `MPS:${record.itemId}@${period}`, itemId: record.itemId, duePeriod: period, quantity }] : [])),
  );
  return { demand, firmPlannedOrders };
}
