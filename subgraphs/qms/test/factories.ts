import type { Stack } from '@plexus/scripts/stack';
import { placedPurchaseOrder } from '@plexus/test-kit';

/** Builders for qms specs: they go through the router as the people who do the work would, and return what they made. */

export const quality = { role: 'quality' } as const;

async function mutate<T>(stack: Stack, query: string, variables: Record<string, unknown>, viewer: { role: string } = quality): Promise<T> {
  const result = await stack.query<T>(query, variables, viewer);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export const diameter = { name: 'Diameter', kind: 'MEASURED', lowerLimit: 9.9, upperLimit: 10.1, unit: 'mm' };
export const scratches = { name: 'Scratches', kind: 'ATTRIBUTE' };

export async function setInspectionPlan(stack: Stack, input: { itemId: string; kind: string; aql: number; characteristics?: Record<string, unknown>[] }) {
  const data = await mutate<{ setInspectionPlan: { id: string; characteristics: { id: string; name: string; kind: string }[] } }>(
    stack,
    `mutation ($input: SetInspectionPlanInput!) { setInspectionPlan(input: $input) { id characteristics { id name kind } } }`,
    { input: { characteristics: [diameter, scratches], ...input } },
  );
  return data.setInspectionPlan;
}

export async function createWarehouse(stack: Stack, siteId: string, code: string) {
  const data = await mutate<{ createWarehouse: { id: string; locations: { id: string; code: string }[] } }>(
    stack,
    `mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id locations { id code } } }`,
    { input: { code, name: `Warehouse ${code}`, siteId, locationCodes: ['Q-01', 'Q-02'] } },
    { role: 'planner' },
  );
  return data.createWarehouse;
}

/** A purchase order for one raw material, received into `warehouse` as lot `lotNumber`. */
export async function receivedPurchase(stack: Stack, options: { siteId: string; warehouse: { id: string; locations: { id: string }[] }; quantity: number; lotNumber: string; plan?: { kind: string; aql: number } }) {
  const placed = await placedPurchaseOrder(stack, { quantities: [options.quantity], siteId: options.siteId });
  const item = placed.items[0]!;
  const plan = options.plan ? await setInspectionPlan(stack, { itemId: item.id, ...options.plan }) : null;
  const data = await mutate<{ receivePurchase: { id: string; lines: { lot: { id: string } }[] } }>(
    stack,
    `mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { id lines { lot { id } } } }`,
    {
      input: {
        warehouseId: options.warehouse.id,
        purchaseOrderId: placed.order.id,
        lines: [{ purchaseOrderLineId: placed.order.lines[0]!.id, itemId: item.id, lotNumber: options.lotNumber, locationId: options.warehouse.locations[0]!.id, quantity: options.quantity }],
      },
    },
    { role: 'operator' },
  );
  await stack.drainConsumers();
  return { ...placed, item, plan, receiptId: data.receivePurchase.id, lotId: data.receivePurchase.lines[0]!.lot.id };
}

export async function inspectionsOf(stack: Stack, itemId: string) {
  const data = await mutate<{ inspections: { items: Inspection[] } }>(
    stack,
    `query ($itemId: ID!) { inspections(filter: { itemId: $itemId }) { items {
      id number kind status lotSize sampleSize codeLetter acceptanceNumber rejectionNumber nonconformingUnits lotNumber workOrderId
      lot { id } supplier { id } purchaseOrderLine { id } characteristics { id name kind }
    } } }`,
    { itemId },
  );
  return data.inspections.items;
}

export interface Inspection {
  id: string;
  number: string;
  kind: string;
  status: string;
  lotSize: number;
  sampleSize: number;
  codeLetter: string;
  acceptanceNumber: number;
  rejectionNumber: number;
  nonconformingUnits: number | null;
  lotNumber: string | null;
  workOrderId: string | null;
  lot: { id: string } | null;
  supplier: { id: string } | null;
  purchaseOrderLine: { id: string } | null;
  characteristics: { id: string; name: string; kind: string }[];
}

/** Results for a plan of diameter and scratches: every unit measured at 10.0 except `outOfLimits`, and the scratched units. */
export function results(inspection: Pick<Inspection, 'sampleSize' | 'characteristics'>, defects: { outOfLimits?: number[]; scratched?: number[] } = {}) {
  return inspection.characteristics.map((characteristic) =>
    characteristic.kind === 'MEASURED'
      ? { characteristicId: characteristic.id, values: Array.from({ length: inspection.sampleSize }, (_, unit) => ((defects.outOfLimits ?? []).includes(unit + 1) ? 10.4 : 10)) }
      : { characteristicId: characteristic.id, nonconformingUnits: defects.scratched ?? [] },
  );
}

export async function recordResults(stack: Stack, id: string, values: unknown[], viewer: { role: string } = quality) {
  return stack.query(
    `mutation ($id: ID!, $results: [CharacteristicResultInput!]!) { recordInspectionResults(id: $id, results: $results) {
      status nonconformingUnits results { characteristic { name } nonconformingUnits }
      nonconformance { id number status source quantity lot { id } supplier { id } purchaseOrderLine { id } }
    } }`,
    { id, results: values },
    viewer,
  );
}
