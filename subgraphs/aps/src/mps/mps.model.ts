import type { LotRule, PlanningPeriod, SafetyStockViolation, ScheduledReceipt } from '../mrp/mrp.model.ts';

/**
 * The master production schedule: how many of each end item to complete in
 * each week. Periods are indices into `periods` as in MRP (0 = this week;
 * negative = past due, counted in period 0).
 */

export interface MpsItem {
  id: string;
  onHand?: number;
  safetyStock?: number;
  /** How proposed quantities are sized (null is refused). */
  lotRule: LotRule | null;
  /** Periods from now, 0 for none, in which only customer orders count as demand: the forecast there will not sell. */
  demandTimeFence: number;
  /** Periods from now, at least the demand time fence, in which the schedule is frozen: only the planner's firm quantities, nothing proposed. */
  planningTimeFence: number;
}

export interface Forecast {
  id: string;
  itemId: string;
  period: number;
  quantity: number;
}

/** A customer order (confirmed sales-order line quantity still to ship) due in `period`. */
export interface CustomerOrder {
  id: string;
  itemId: string;
  period: number;
  quantity: number;
}

/** A quantity the planner has fixed for an item and period; kept wherever it is. */
export interface FirmMpsQuantity {
  itemId: string;
  period: number;
  quantity: number;
}

/**
 * Periods around an order's own in which it may consume forecast: its own
 * period first, then up to `backward` earlier ones (latest first), then up to
 * `forward` later ones (earliest first). Absent: its own period only.
 */
export interface ConsumptionWindow {
  backward: number;
  forward: number;
}

export interface MpsInput {
  periods: PlanningPeriod[];
  items: MpsItem[];
  forecasts: Forecast[];
  customerOrders: CustomerOrder[];
  /** Open work orders of the scheduled items, counted as supply on their due periods. */
  scheduledReceipts: ScheduledReceipt[];
  firmQuantities: FirmMpsQuantity[];
  consumption?: ConsumptionWindow;
}

export interface MpsRecord {
  itemId: string;
  forecast: number[];
  /** Forecast left once customer orders have consumed it. */
  unconsumedForecast: number[];
  customerOrders: number[];
  /** What the balance must cover: customer orders inside the demand time fence, orders plus unconsumed forecast beyond. */
  projectedDemand: number[];
  scheduledReceipts: number[];
  /** Firm plus proposed quantities to complete. */
  masterSchedule: number[];
  projectedAvailableBalance: number[];
  /**
   * Discrete available-to-promise, in periods with supply (and period 0, which
   * holds on hand): what is not yet promised to customer orders before the next
   * such period, a later shortfall taken from earlier periods.
   */
  availableToPromise: number[];
}

export interface MpsLine {
  itemId: string;
  period: number;
  quantity: number;
  /** The planner's quantity (kept); otherwise proposed by the lot rule beyond the planning time fence. */
  firm: boolean;
}

export interface ForecastConsumption {
  orderId: string;
  forecastId: string;
  /** The forecast's period. */
  period: number;
  quantity: number;
}

export type MpsException =
  /** Customer orders exceed what on hand and supply up to their periods can give: ATP below zero in period 0. */
  | { kind: 'OVERPROMISED'; itemId: string; period: number; quantity: number }
  /** An order no forecast in its window could absorb: demand above the forecast (items with a forecast only). */
  | { kind: 'ORDER_OVER_FORECAST'; itemId: string; orderId: string; period: number; quantity: number }
  /** Inside the planning time fence the frozen schedule leaves the balance below safety stock. */
  | SafetyStockViolation;

export interface MasterSchedule {
  /** In the input's order of items. */
  records: MpsRecord[];
  /** By item, then period, firm before proposed. */
  lines: MpsLine[];
  consumption: ForecastConsumption[];
  exceptions: MpsException[];
}
