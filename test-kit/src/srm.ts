import type { Stack } from '@plexus/scripts/stack';
import { createItem, createSite, daysFromToday } from './factories.ts';

/** Builders for srm: suppliers, their terms and purchase orders, created through the router as a buyer (or the supplier) would. */

const buyer = { role: 'buyer' } as const;
export const asSupplier = (supplierId: string) => ({ role: 'supplier', supplierId }) as const;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`.toUpperCase();

async function mutate<T>(stack: Stack, query: string, variables: Record<string, unknown>, viewer: { role: string; supplierId?: string } = buyer): Promise<T> {
  const result = await stack.query<T>(query, variables, viewer);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export async function createSupplier(stack: Stack, overrides: { status?: string; name?: string } = {}) {
  const data = await mutate<{ createSupplier: { id: string; code: string } }>(stack, `mutation ($input: CreateSupplierInput!) { createSupplier(input: $input) { id code } }`, {
    input: { code: `S-${unique()}`, name: overrides.name ?? 'Test supplier', country: 'DE', status: overrides.status ?? 'APPROVED' },
  });
  return data.createSupplier;
}

export interface SupplierTermsInput {
  supplierId: string;
  itemId: string;
  leadTimeDays?: number;
  minimumOrderQuantity?: number;
  orderMultiple?: number;
  overDeliveryTolerance?: number;
  priceBreaks?: { minimumQuantity: number; unitPrice: number }[];
}

export async function setSupplierItem(stack: Stack, terms: SupplierTermsInput) {
  const data = await mutate<{ setSupplierItem: { id: string } }>(stack, `mutation ($input: SetSupplierItemInput!) { setSupplierItem(input: $input) { id } }`, {
    input: { leadTimeDays: 10, priceBreaks: [{ minimumQuantity: 1, unitPrice: 2.5 }], ...terms },
  });
  return data.setSupplierItem;
}

export interface PurchaseOrderLineInput {
  itemId: string;
  quantity: number;
  requestedDate?: string;
  unitPrice?: number;
}

export async function createPurchaseOrder(stack: Stack, order: { supplierId: string; siteId: string }, lines: PurchaseOrderLineInput[], idempotencyKey?: string) {
  const data = await mutate<{ createPurchaseOrder: { id: string; number: string; lines: { id: string; item: { id: string } }[] } }>(
    stack,
    `mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id number lines { id item { id } } } }`,
    { input: { ...order, idempotencyKey, lines: lines.map((line) => ({ requestedDate: daysFromToday(10), ...line })) } },
  );
  const created = data.createPurchaseOrder;
  return { ...created, lines: created.lines.map((line) => ({ id: line.id, itemId: line.item.id })) };
}

export async function sendPurchaseOrder(stack: Stack, id: string) {
  await mutate(stack, `mutation ($id: ID!) { sendPurchaseOrder(id: $id) { id } }`, { id });
}

export async function confirmPurchaseOrder(stack: Stack, id: string, supplierId: string, lines: { lineId: string; promisedDate: string }[]) {
  await mutate(stack, `mutation ($id: ID!, $lines: [LineConfirmationInput!]!) { confirmPurchaseOrder(id: $id, lines: $lines) { id } }`, { id, lines }, asSupplier(supplierId));
}

export async function submitAsn(
  stack: Stack,
  supplierId: string,
  input: { purchaseOrderId: string; expectedArrival?: string; lines: { purchaseOrderLineId: string; quantity: number; lotNumber: string; expiryDate?: string }[] },
) {
  const data = await mutate<{ submitAsn: { id: string; number: string; lines: { id: string }[] } }>(
    stack,
    `mutation ($input: SubmitAsnInput!) { submitAsn(input: $input) { id number lines { id } } }`,
    { input: { expectedArrival: new Date(Date.now() + 86_400_000).toISOString(), ...input } },
    asSupplier(supplierId),
  );
  return data.submitAsn;
}

/**
 * An approved supplier selling fresh raw materials to a fresh site, and a
 * purchase order for them sent (and, unless told not to, confirmed by the
 * supplier for the requested dates).
 */
export async function placedPurchaseOrder(
  stack: Stack,
  options: { quantities?: number[]; confirm?: boolean; overDeliveryTolerance?: number; supplier?: { id: string; code: string }; siteId?: string } = {},
) {
  const supplier = options.supplier ?? (await createSupplier(stack));
  const siteId = options.siteId ?? (await createSite(stack)).id;
  const quantities = options.quantities ?? [100];
  const items = [];
  for (const _ of quantities) {
    const item = await createItem(stack, { type: 'RM', sku: `RM-${unique()}`, standardCost: 2 });
    await setSupplierItem(stack, { supplierId: supplier.id, itemId: item.id, overDeliveryTolerance: options.overDeliveryTolerance ?? 0.05 });
    items.push(item);
  }
  const order = await createPurchaseOrder(stack, { supplierId: supplier.id, siteId }, items.map((item, index) => ({ itemId: item.id, quantity: quantities[index]! })));
  await sendPurchaseOrder(stack, order.id);
  if (options.confirm ?? true) await confirmPurchaseOrder(stack, order.id, supplier.id, order.lines.map((line) => ({ lineId: line.id, promisedDate: daysFromToday(10) })));
  return { supplier, siteId, items, order };
}
