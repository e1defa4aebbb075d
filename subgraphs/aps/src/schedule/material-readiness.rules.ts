import type { BomLink } from '../mrp/mrp.model.ts';
import type { ShopWorkOrder } from './shop-problem.rules.ts';

export interface Inbound {
  itemId: string;
  quantity: number;
  /** `YYYY-MM-DD` the goods are expected. */
  dueDate: string;
}

/**
 * When each work order's components are there: work orders take stock in
 * priority order (then due date), what stock lacks comes from inbound
 * purchase-order lines in their date order, and a work order is ready when
 * the last line it needs arrives. Work orders whose components stock covers
 * are not listed (ready now); nor are those no inbound covers: MRP's
 * messages deal with those.
 */
export function materialReadiness(workOrders: readonly ShopWorkOrder[], bom: readonly BomLink[], onHand: ReadonlyMap<string, number>, inbound: readonly Inbound[]): Map<string, Date> {
  const components = new Map<string, BomLink[]>();
  for (const link of bom) components.set(link.parentId, [...(components.get(link.parentId) ?? []), link]);
  const stock = new Map(onHand);
  const arrivals = new Map<string, { quantity: number; dueDate: string }[]>();
  for (const line of [...inbound].sort((a, b) => a.dueDate.localeCompare(b.dueDate))) arrivals.set(line.itemId, [...(arrivals.get(line.itemId) ?? []), { ...line }]);
  const ready = new Map<string, Date>();
  const ordered = [...workOrders].sort((a, b) => a.priority - b.priority || a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  for (const order of ordered) {
    let latest: string | null = null;
    for (const link of components.get(order.itemId) ?? []) {
      let need = link.quantityPer * order.quantity;
      const available = Math.max(0, stock.get(link.componentId) ?? 0);
      const taken = Math.min(available, need);
      stock.set(link.componentId, available - taken);
      need -= taken;
      for (const arrival of arrivals.get(link.componentId) ?? []) {
        if (need <= 1e-9) break;
        if (arrival.quantity <= 1e-9) continue;
        const used = Math.min(arrival.quantity, need);
        arrival.quantity -= used;
        need -= used;
        if (!latest || arrival.dueDate > latest) latest = arrival.dueDate;
      }
    }
    if (latest) ready.set(order.id, new Date(`${latest}T00:00:00Z`));
  }
  return ready;
}
