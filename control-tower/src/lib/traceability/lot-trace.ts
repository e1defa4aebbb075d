import type { FormResult } from '../order-actions.ts';

/**
 * A lot's genealogy as the traceability page shows it: the lots it was made
 * from (backward, down to what suppliers delivered) and the lots made from it
 * (forward, up to what customers received), each with where it came from or
 * went. mes knows the genealogy; the purchase order behind a bought lot and
 * the shipments that carried a lot are found through srm's and crm's lists
 * (the graph links neither to a lot), so those searches are bounded and the
 * page says how far they looked.
 */

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A made lot carries its work order's number (mes: "also the number of the lot it produces"). */
const workOrderNumberPattern = /^WO-\d{4}-\d{1,9}$/i;

export type LotQuery = { lotId: string } | { workOrderNumber: string };

/** The lot asked for: a lot id, or the number of a lot made here; anything else is a problem, never a request the graph refuses. */
export function readLotQuery(raw: string | null): FormResult<LotQuery> | null {
  const value = raw?.trim() ?? '';
  if (!value) return null;
  if (idPattern.test(value)) return { value: { lotId: value.toLowerCase() }, problem: null };
  if (workOrderNumberPattern.test(value)) return { value: { workOrderNumber: value.toUpperCase() }, problem: null };
  return {
    value: null,
    problem: `“${value.slice(0, 40)}” is neither a lot id nor the number of a lot made here (WO-YYYY-NNNNNN). A bought lot is traced by its id, e.g. from its purchase order or an NCR.`,
  };
}

/** How many levels the trace walks each way (mes takes 1 to 20). */
export const defaultDepth = 10;

export function readDepth(raw: string | null): FormResult<number> {
  if (raw === null || raw.trim() === '') return { value: defaultDepth, problem: null };
  const depth = Number(raw);
  if (Number.isInteger(depth) && depth >= 1 && depth <= 20) return { value: depth, problem: null };
  return { value: null, problem: `“${raw.slice(0, 20)}” is not a depth from 1 to 20; tracing ${defaultDepth} levels.` };
}

export interface WorkOrderFacts {
  id: string;
  number: string;
  status: string;
  salesOrder: { id: string; number: string; customer: { id: string; name: string } } | null;
  operations: readonly { sequence: number; operatorId: string | null; machine: { id: string; code: string } | null }[];
}

/** Who made a lot: its work order's machines and operators, in operation order, each once. */
export function madeOn(workOrder: WorkOrderFacts): { machines: string[]; operators: string[] } {
  const operations = [...workOrder.operations].sort((a, b) => a.sequence - b.sequence);
  return {
    machines: [...new Set(operations.flatMap((operation) => (operation.machine ? [operation.machine.code] : [])))],
    operators: [...new Set(operations.flatMap((operation) => (operation.operatorId ? [operation.operatorId] : [])))],
  };
}

export interface PurchasedFrom {
  purchaseOrder: { id: string; number: string };
  supplier: { id: string; name: string };
  receipt: { number: string; receivedAt: string };
}

interface PurchaseOrderWithReceipts {
  id: string;
  number: string;
  supplier: { id: string; name: string };
  receipts: readonly { number: string; receivedAt: string; lines: readonly { lot: { id: string } }[] }[] | null;
}

/** The purchase order and receipt each of `lotIds` arrived on, among the orders searched. */
export function purchasedLots(orders: readonly PurchaseOrderWithReceipts[], lotIds: ReadonlySet<string>): Map<string, PurchasedFrom> {
  const found = new Map<string, PurchasedFrom>();
  for (const order of orders) {
    for (const receipt of order.receipts ?? []) {
      for (const line of receipt.lines) {
        if (lotIds.has(line.lot.id) && !found.has(line.lot.id)) {
          found.set(line.lot.id, { purchaseOrder: { id: order.id, number: order.number }, supplier: order.supplier, receipt: { number: receipt.number, receivedAt: receipt.receivedAt } });
        }
      }
    }
  }
  return found;
}

export interface ShippedIn {
  shipment: { id: string; number: string; shippedAt: string };
  salesOrder: { id: string; number: string };
  customer: { id: string; name: string };
  quantity: number;
}

interface SalesOrderWithShipments {
  id: string;
  number: string;
  customer: { id: string; name: string };
  shipments: readonly { id: string; number: string; shippedAt: string; lines: readonly { picks: readonly { quantity: number; lot: { id: string } }[] }[] }[] | null;
}

/** The shipments that carried each of `lotIds`, and how much of the lot each took, among the orders searched; oldest first. */
export function shippedLots(orders: readonly SalesOrderWithShipments[], lotIds: ReadonlySet<string>): Map<string, ShippedIn[]> {
  const found = new Map<string, Map<string, ShippedIn>>();
  for (const order of orders) {
    for (const shipment of order.shipments ?? []) {
      for (const pick of shipment.lines.flatMap((line) => line.picks)) {
        if (!lotIds.has(pick.lot.id)) continue;
        const ofLot = found.get(pick.lot.id) ?? new Map<string, ShippedIn>();
        found.set(pick.lot.id, ofLot);
        const shipped = ofLot.get(shipment.id);
        if (shipped) shipped.quantity += pick.quantity;
        else
          ofLot.set(shipment.id, {
            shipment: { id: shipment.id, number: shipment.number, shippedAt: shipment.shippedAt },
            salesOrder: { id: order.id, number: order.number },
            customer: order.customer,
            quantity: pick.quantity,
          });
      }
    }
  }
  return new Map([...found].map(([lotId, shipments]) => [lotId, [...shipments.values()].sort((a, b) => a.shipment.shippedAt.localeCompare(b.shipment.shippedAt))]));
}

/** One lot of the drawn trace. `parentId` is the lot one step nearer the traced one (null for the traced lot itself). */
export interface TracedLot {
  id: string;
  parentId: string | null;
  side: 'root' | 'backward' | 'forward';
  level: number;
  lotNumber: string | null;
  item: { sku: string; name: string; type: string } | null;
  /** Of this lot, consumed into (backward) or of the parent, consumed to make this one (forward). */
  quantity: number | null;
  madeBy: (WorkOrderFacts & { machines: string[]; operators: string[] }) | null;
  purchasedFrom: PurchasedFrom | null;
  shippedIn: ShippedIn[];
}

/** The customers a trace reached, each once with the shipments that went to them: who to call in a recall. */
export function customersReached(lots: readonly TracedLot[]): { customer: { id: string; name: string }; shipments: (ShippedIn & { lotNumber: string | null })[] }[] {
  const byCustomer = new Map<string, { customer: { id: string; name: string }; shipments: (ShippedIn & { lotNumber: string | null })[] }>();
  for (const lot of lots) {
    for (const shipped of lot.shippedIn) {
      const entry = byCustomer.get(shipped.customer.id) ?? { customer: shipped.customer, shipments: [] };
      byCustomer.set(shipped.customer.id, entry);
      entry.shipments.push({ ...shipped, lotNumber: lot.lotNumber });
    }
  }
  return [...byCustomer.values()].sort((a, b) => a.customer.name.localeCompare(b.customer.name));
}
