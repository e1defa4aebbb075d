import { plural, type Describers } from './describe.ts';

export type PlannedOrderKind = 'PURCHASE' | 'PRODUCTION';

/** One operation of a published schedule: where and when mes is to run it. */
export interface PublishedOperation {
  workOrderId: string;
  sequence: number;
  machineId: string;
  start: string;
  end: string;
}

/** What aps tells the other systems. */
export interface ApsEvents {
  /**
   * A planner released a planned order: srm drafts a purchase order (kind PURCHASE), mes creates and
   * releases a work order (PRODUCTION). `dueDate` is `YYYY-MM-DD`; `peggedSalesOrderIds` are the
   * customer orders the quantity serves, traced through every level. Dimensions carry item, site and
   * (when the planner chose one) supplier.
   */
  'aps.PlannedOrderReleased': {
    plannedOrderId: string;
    kind: PlannedOrderKind;
    itemId: string;
    siteId: string;
    quantity: number;
    dueDate: string;
    supplierId: string | null;
    peggedSalesOrderIds: string[];
  };
  /**
   * An S&OP meeting agreed a product family's plan: the consensus quantity per month (`YYYY-MM-01`, in the
   * family's unit) and the meeting's decisions, kept in aps as an immutable snapshot.
   */
  'aps.ConsensusPlanSaved': { number: string; familyId: string; scenarioId: string; months: { month: string; quantity: number }[]; decisions: string[] };
  /** The live schedule changed: every operation's machine and times, for mes's dispatch lists. */
  'aps.SchedulePublished': { scheduleVersionId: string; scenarioId: string; operations: PublishedOperation[] };
}

export const apsDescribers: Describers<ApsEvents> = {
  'aps.PlannedOrderReleased': (payload) =>
    `Planned ${payload.kind === 'PURCHASE' ? 'purchase' : 'production'} order released for ${payload.quantity} units due ${payload.dueDate}`,
  'aps.ConsensusPlanSaved': (payload) => `Consensus plan ${payload.number} saved over ${plural(payload.months.length, 'month')} with ${plural(payload.decisions.length, 'decision')}`,
  'aps.SchedulePublished': (payload) => `Schedule published with ${plural(payload.operations.length, 'operation')}`,
};
