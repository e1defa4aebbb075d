import { DomainError } from '@plexus/errors';

/**
 * Material requirements planning in the planner's terms. Time is a list of
 * planning periods (week buckets); every period in the input and output is an
 * index into that list, 0 being the current period. A negative period is past
 * due: it happened (or should have) before the horizon starts, and is planned
 * as if it were period 0.
 */

export interface PlanningPeriod {
  /** First day of the bucket, `YYYY-MM-DD`; a bucket ends where the next one starts. */
  start: string;
}

export type ItemSource = 'MAKE' | 'BUY';

/**
 * Order-quantity modifiers, applied to the order quantity the rule gives, in
 * this order: raised to the minimum, rounded up to the multiple, then split
 * into orders of at most the maximum (each raised to the minimum again).
 */
export interface LotModifiers {
  minimum?: number;
  maximum?: number;
  multiple?: number;
}

/**
 * How much to order once a net requirement appears: exactly it (lot for lot),
 * the smallest multiple of a fixed quantity that covers it, or everything
 * needed over the next `periods` periods (period order quantity, this one included).
 */
export type LotRule =
  | ({ kind: 'LOT_FOR_LOT' } & LotModifiers)
  | ({ kind: 'FIXED_ORDER_QUANTITY'; quantity: number } & LotModifiers)
  | ({ kind: 'PERIOD_ORDER_QUANTITY'; periods: number } & LotModifiers);

export interface MrpItem {
  id: string;
  /** Made items are released as work orders (mes), bought ones as purchase orders (srm). */
  source: ItemSource;
  /** Whole periods from release to receipt; null when the master data lacks it, which is refused. */
  leadTime: number | null;
  /** Null when the master data lacks it, which is refused. */
  lotRule: LotRule | null;
  safetyStock?: number;
  /** Available on hand at the start of period 0, net of what released orders have already claimed. */
  onHand?: number;
  /**
   * Extra quantity of this item lost when it is used as a component, in
   * percent of what the parent needs (APICS scrap factor: requirement × (1 + scrap));
   * a BOM link's own scrap overrides it.
   */
  componentScrapPercent?: number;
  /** Good output of this item's own orders, in percent: an order of q is expected to yield q × yield (100 when absent). */
  yieldPercent?: number;
  /**
   * Planned by the master schedule: MRP nets it and explodes its firm planned
   * orders (the MPS) but never plans orders of its own, and reports any
   * shortage instead.
   */
  masterScheduled?: boolean;
}

export interface BomLink {
  parentId: string;
  componentId: string;
  /** Component quantity per unit of the parent's order quantity. */
  quantityPer: number;
  /** Overrides the component's `componentScrapPercent` for this parent. */
  scrapPercent?: number;
}

export type DemandKind = 'MPS' | 'SALES_ORDER' | 'FORECAST' | 'SERVICE_PART';

/** Demand from outside the product structure: customer orders, forecasts, spare parts, or a master-schedule quantity. */
export interface IndependentDemand {
  id: string;
  itemId: string;
  period: number;
  quantity: number;
  kind: DemandKind;
}

export type ReceiptKind = 'PURCHASE_ORDER' | 'WORK_ORDER';

/**
 * An open purchase order or work order: `quantity` still to be received.
 * Components of a released work order are taken as already issued or
 * claimed (see `MrpItem.onHand`), so a receipt adds no component demand.
 */
export interface ScheduledReceipt {
  id: string;
  itemId: string;
  kind: ReceiptKind;
  duePeriod: number;
  quantity: number;
  /**
   * Firm: cannot move (in transit, frozen), counted on its due period and never
   * given a message. Otherwise MRP assumes it can be rescheduled to when it is
   * needed and says so with EXPEDITE, DEFER or CANCEL.
   */
  firm?: boolean;
}

/** A planned order the planner has firmed: MRP keeps its quantity and dates and explodes it. */
export interface FirmPlannedOrder {
  id: string;
  itemId: string;
  duePeriod: number;
  /** Absent: due period minus the item's lead time. */
  releasePeriod?: number;
  /** Order (start) quantity; the receipt is this times the item's yield. */
  quantity: number;
}

export interface MrpInput {
  periods: PlanningPeriod[];
  items: MrpItem[];
  bom: BomLink[];
  demand: IndependentDemand[];
  scheduledReceipts: ScheduledReceipt[];
  firmPlannedOrders: FirmPlannedOrder[];
}

/** The classic time-phased record of one item, one value per period. */
export interface MrpRecord {
  itemId: string;
  /** 0 for items no BOM uses; otherwise one more than the deepest parent. */
  lowLevelCode: number;
  grossRequirements: number[];
  /** Open orders on their due periods (past-due ones in period 0), as they stand today. */
  scheduledReceipts: number[];
  /** On hand at the end of each period if every open order arrives when it is due today and every planned order as planned. */
  projectedOnHand: number[];
  /** What the period lacks to keep safety stock once open orders are where they are needed. */
  netRequirements: number[];
  /** Good quantity of planned and firm planned orders, on their due periods. */
  plannedOrderReceipts: number[];
  /** Order quantity of planned and firm planned orders, on their release periods (past-due ones in period 0). */
  plannedOrderReleases: number[];
}

/** What a supply serves. Quantities are in the supplying item's units. */
export type DemandRef =
  | { type: 'INDEPENDENT'; demandId: string; kind: DemandKind }
  /** A parent's planned or firm planned order whose release needs this component. */
  | { type: 'PARENT_ORDER'; orderId: string; itemId: string }
  | { type: 'SAFETY_STOCK' }
  /** Left over at the end of the horizon beyond safety stock: lot sizing, or an open order nothing needs. */
  | { type: 'EXCESS' };

export interface Peg {
  demand: DemandRef;
  /** Period of the demand served (the last period for safety stock and excess). */
  period: number;
  quantity: number;
}

export interface PlannedOrder {
  /** Planned: `<itemId>@<due period>`, with `#2`, `#3`… when a maximum splits it; firm: the firm order's id. */
  id: string;
  itemId: string;
  source: ItemSource;
  firm: boolean;
  /** When it must be released; negative when that is already past (see the PAST_DUE message). */
  releasePeriod: number;
  duePeriod: number;
  /** Order (start) quantity: what is released to mes or srm. */
  quantity: number;
  /** Expected good quantity: order quantity times yield. */
  receiptQuantity: number;
  /** First in, first out against the demand, in time order; the quantities add up to the receipt quantity. */
  pegs: Peg[];
}

export interface ReceiptPlan {
  id: string;
  itemId: string;
  kind: ReceiptKind;
  firm: boolean;
  duePeriod: number;
  /** When the plan needs it (a firm one: when it arrives); null when nothing in the horizon does. */
  neededPeriod: number | null;
  quantity: number;
  pegs: Peg[];
}

export type OrderRef =
  | { type: 'PLANNED_ORDER'; id: string }
  | { type: 'FIRM_PLANNED_ORDER'; id: string }
  | { type: 'SCHEDULED_RECEIPT'; id: string };

/** Action messages, the planner's to-do list. */
export type MrpException =
  /** An open order is needed before it is due: bring it in. */
  | { kind: 'EXPEDITE'; itemId: string; order: OrderRef; duePeriod: number; neededPeriod: number; quantity: number }
  /** An open order arrives before it is needed: push it out. */
  | { kind: 'DEFER'; itemId: string; order: OrderRef; duePeriod: number; neededPeriod: number; quantity: number }
  /** Nothing in the horizon needs the open order. */
  | { kind: 'CANCEL'; itemId: string; order: OrderRef; duePeriod: number; quantity: number }
  /**
   * A release (planned or firm order) that should have happened before period 0,
   * or an open order that should have been received: `period` is when, `periodsLate` how long ago.
   */
  | { kind: 'PAST_DUE'; itemId: string; order: OrderRef; event: 'RELEASE' | 'RECEIPT'; period: number; periodsLate: number; quantity: number }
  /**
   * Projected on hand stays below safety stock from `fromPeriod` to `toPeriod` (both included)
   * unless the messages above are acted on; `shortfall` is the largest gap.
   */
  | { kind: 'BELOW_SAFETY_STOCK'; itemId: string; fromPeriod: number; toPeriod: number; shortfall: number };

export type SafetyStockViolation = Extract<MrpException, { kind: 'BELOW_SAFETY_STOCK' }>;

export interface MrpPlan {
  /** In the order of the input's items. */
  records: MrpRecord[];
  /** Low-level code by low-level code, then item, then due period; firm ones included. */
  plannedOrders: PlannedOrder[];
  /** In the input's order. */
  scheduledReceipts: ReceiptPlan[];
  exceptions: MrpException[];
}

/** Gross requirements only: independent demand exploded through every level, nothing netted. */
export interface GrossRequirementsPlan {
  records: { itemId: string; lowLevelCode: number; grossRequirements: number[] }[];
}

export type PlanningInputReason =
  | 'NO_PERIODS'
  | 'BAD_PERIODS'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_ITEM'
  | 'BAD_SOURCE'
  | 'MISSING_LEAD_TIME'
  | 'BAD_LEAD_TIME'
  | 'MISSING_LOT_RULE'
  | 'BAD_LOT_RULE'
  | 'BAD_QUANTITY'
  | 'BAD_PERCENT'
  | 'PERIOD_OUT_OF_HORIZON'
  | 'DUPLICATE_BOM_LINK'
  | 'BOM_CYCLE'
  | 'BAD_TIME_FENCE'
  | 'BAD_CONSUMPTION_WINDOW';

/**
 * Input MRP or the master schedule refuses, raised before any planning: a
 * `BAD_USER_INPUT` domain error whose details carry the `reason` and what
 * is at fault (item, record, field, the cycle's path), so the host shows it as is.
 */
export class PlanningInputError extends DomainError {
  readonly reason: PlanningInputReason;
  constructor(reason: PlanningInputReason, message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { reason, ...details });
    this.name = 'PlanningInputError';
    this.reason = reason;
  }
}
