import type { FormResult } from '../order-actions.ts';

/**
 * A lot's genealogy as the traceability page shows it: the lots it was made
 * from (backward, down to what suppliers delivered) and the lots made from it
 * (forward, up to what customers received), each with where it came from or
 * went. mes knows the genealogy; wms each lot's receipts and shipments; srm
 * and crm the purchase orders, suppliers and customers behind them.
 */

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Lot numbers as suppliers, the warehouse and the plant write them (WO-2026-000013, LRM001-261022A, OPEN-RM-001). */
const lotNumberPattern = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$/;
/** A made lot carries its work order's number (mes: "also the number of the lot it produces"). */
export const workOrderNumberPattern = /^WO-\d{4}-\d{1,9}$/;

export type LotQuery = { lotId: string } | { lotNumber: string };

/** The lot asked for: a lot id or a lot number; anything else is a problem, never a request the graph refuses. */
export function readLotQuery(raw: string | null): FormResult<LotQuery> | null {
  const value = raw?.trim() ?? '';
  if (!value) return null;
  if (idPattern.test(value)) return { value: { lotId: value.toLowerCase() }, problem: null };
  if (lotNumberPattern.test(value)) return { value: { lotNumber: value.toUpperCase() }, problem: null };
  return {
    value: null,
    problem: `“${value.slice(0, 40)}” is neither a lot id nor a lot number (up to 40 letters, digits, spaces and . _ / -).`,
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

interface LotReceipt {
  receivedAt: string;
  receipt: { number: string };
  purchaseOrderLine: { purchaseOrder: { id: string; number: string; supplier: { id: string; name: string } } } | null;
}

/** The purchase order a lot was bought on: its first receipt against one (null for lots made here or received without an order). */
export function purchasedFrom(receipts: readonly LotReceipt[]): PurchasedFrom | null {
  const bought = receipts.find((received) => received.purchaseOrderLine);
  if (!bought?.purchaseOrderLine) return null;
  const { purchaseOrder } = bought.purchaseOrderLine;
  return { purchaseOrder: { id: purchaseOrder.id, number: purchaseOrder.number }, supplier: purchaseOrder.supplier, receipt: { number: bought.receipt.number, receivedAt: bought.receivedAt } };
}

export interface ShippedIn {
  shipment: { id: string; number: string; shippedAt: string };
  salesOrder: { id: string; number: string };
  customer: { id: string; name: string };
  quantity: number;
}

interface LotShipment {
  shippedAt: string;
  quantity: number;
  shipment: { id: string; number: string };
  salesOrder: { id: string; number: string; customer: { id: string; name: string } };
}

/** The shipments that carried a lot and how much of it each took (its lines summed), oldest first. */
export function shippedIn(shipments: readonly LotShipment[]): ShippedIn[] {
  const byShipment = new Map<string, ShippedIn>();
  for (const shipped of shipments) {
    const known = byShipment.get(shipped.shipment.id);
    if (known) known.quantity += shipped.quantity;
    else
      byShipment.set(shipped.shipment.id, {
        shipment: { ...shipped.shipment, shippedAt: shipped.shippedAt },
        salesOrder: { id: shipped.salesOrder.id, number: shipped.salesOrder.number },
        customer: shipped.salesOrder.customer,
        quantity: shipped.quantity,
      });
  }
  return [...byShipment.values()].sort((a, b) => a.shipment.shippedAt.localeCompare(b.shipment.shippedAt));
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
