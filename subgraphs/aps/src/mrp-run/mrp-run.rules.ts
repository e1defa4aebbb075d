import { createEndDemandTrace } from '../mrp/pegging.rules.ts';
import type { MrpException, MrpPlan, OrderRef, PlanningPeriod } from '../mrp/mrp.model.ts';
import type { StoredException, StoredPeg } from './mrp-run.entity.ts';
import { periodDate } from './planning-input.rules.ts';

export interface PlannedOrderRow {
  /** The id the order is stored under: a firm order keeps its own, a new planned order gets a fresh one. */
  id: string;
  itemId: string;
  kind: 'PURCHASE' | 'PRODUCTION';
  firm: boolean;
  quantity: number;
  releaseDate: string;
  dueDate: string;
  pegs: StoredPeg[];
  peggedSalesOrderIds: string[];
}

/**
 * A plan in the terms aps stores: engine order ids become stored ids
 * (`newId` for planned orders; firm ones are already stored ids), periods
 * become dates, every order is traced to the customer orders it serves, and
 * messages name the order they are about.
 */
export function planRows(
  plan: MrpPlan,
  periods: readonly PlanningPeriod[],
  salesOrderOfLine: ReadonlyMap<string, string>,
  newId: () => string,
): { orders: PlannedOrderRow[]; exceptions: StoredException[] } {
  const ids = new Map(plan.plannedOrders.map((order) => [order.id, order.firm ? order.id : newId()]));
  const date = (period: number) => periodDate(periods, period);
  const trace = createEndDemandTrace(plan);
  const orders = plan.plannedOrders.map((order): PlannedOrderRow => {
    const ref: OrderRef = order.firm ? { type: 'FIRM_PLANNED_ORDER', id: order.id } : { type: 'PLANNED_ORDER', id: order.id };
    const salesOrders = new Set<string>();
    for (const share of trace(ref)) {
      if (share.type === 'INDEPENDENT' && share.kind === 'SALES_ORDER') {
        const orderId = salesOrderOfLine.get(share.demandId);
        if (orderId) salesOrders.add(orderId);
      }
    }
    return {
      id: ids.get(order.id)!,
      itemId: order.itemId,
      kind: order.source === 'BUY' ? 'PURCHASE' : 'PRODUCTION',
      firm: order.firm,
      quantity: order.quantity,
      releaseDate: date(order.releasePeriod),
      dueDate: date(order.duePeriod),
      pegs: order.pegs.map(({ demand, period, quantity }) => ({
        kind: demand.type === 'INDEPENDENT' ? demand.kind : demand.type,
        demandId: demand.type === 'INDEPENDENT' ? demand.demandId : null,
        parentOrderId: demand.type === 'PARENT_ORDER' ? (ids.get(demand.orderId) ?? demand.orderId) : null,
        date: date(period),
        quantity,
      })),
      peggedSalesOrderIds: [...salesOrders].sort(),
    };
  });
  const orderId = (ref: OrderRef) => (ref.type === 'SCHEDULED_RECEIPT' ? ref.id : (ids.get(ref.id) ?? ref.id));
  return { orders, exceptions: plan.exceptions.map((exception) => storedException(exception, date, orderId)) };
}

function storedException(exception: MrpException, date: (period: number) => string, orderId: (ref: OrderRef) => string): StoredException {
  const itemId = exception.itemId;
  switch (exception.kind) {
    case 'EXPEDITE':
    case 'DEFER':
      return {
        kind: exception.kind,
        itemId,
        orderId: orderId(exception.order),
        date: date(exception.duePeriod),
        neededDate: date(exception.neededPeriod),
        quantity: exception.quantity,
        message: `${exception.kind === 'EXPEDITE' ? 'Bring in' : 'Push out'} ${exception.quantity} due ${date(exception.duePeriod)} to ${date(exception.neededPeriod)}`,
      };
    case 'CANCEL':
      return { kind: 'CANCEL', itemId, orderId: orderId(exception.order), date: date(exception.duePeriod), neededDate: null, quantity: exception.quantity, message: `Nothing needs the ${exception.quantity} due ${date(exception.duePeriod)}: cancel` };
    case 'PAST_DUE':
      return {
        kind: 'PAST_DUE',
        itemId,
        orderId: orderId(exception.order),
        date: date(exception.period),
        neededDate: null,
        quantity: exception.quantity,
        message: `${exception.event === 'RELEASE' ? 'Release' : 'Receipt'} of ${exception.quantity} was due ${date(exception.period)}, ${exception.periodsLate} week${exception.periodsLate === 1 ? '' : 's'} ago`,
      };
    case 'BELOW_SAFETY_STOCK':
      return {
        kind: 'BELOW_SAFETY_STOCK',
        itemId,
        orderId: null,
        date: date(exception.fromPeriod),
        neededDate: null,
        quantity: exception.shortfall,
        message: `Below safety stock from ${date(exception.fromPeriod)} to ${date(exception.toPeriod)}, short by up to ${exception.shortfall}`,
      };
  }
}
