import type { Stack } from '@plexus/scripts/stack';

/** Builders that go through the router, as a client would, and return what they created. */

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`.toUpperCase();

export async function createItem(stack: Stack, overrides: { sku?: string; standardCost?: number; type?: string } = {}) {
  const result = await stack.query<{ createItem: { id: string; sku: string } }>(
    `mutation ($input: CreateItemInput!) { createItem(input: $input) { id sku } }`,
    {
      input: {
        sku: overrides.sku ?? `FG-${unique()}`,
        name: 'Test pump',
        type: overrides.type ?? 'FG',
        unitOfMeasure: 'EA',
        standardCost: overrides.standardCost ?? 100,
      },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createItem;
}

export async function createSite(stack: Stack) {
  const result = await stack.query<{ createSite: { id: string } }>(
    `mutation ($input: CreateSiteInput!) { createSite(input: $input) { id } }`,
    { input: { code: `S-${unique()}`, name: 'Test plant', timeZone: 'Europe/Berlin' } },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createSite;
}

export async function createCustomer(stack: Stack) {
  const result = await stack.query<{ createCustomer: { id: string } }>(
    `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { code: `C-${unique()}`, name: 'Test customer', country: 'DE' } },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createCustomer;
}

export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An order of `customerId` that `siteId` is to ship. */
export async function createSalesOrder(
  stack: Stack,
  { customerId, siteId }: { customerId: string; siteId: string },
  lines: { itemId: string; quantity: number; unitPrice?: number; requestedDate?: string }[],
  idempotencyKey?: string,
) {
  const result = await stack.query<{ createSalesOrder: { id: string; number: string; lines: { id: string }[] } }>(
    `mutation ($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { id number lines { id } } }`,
    {
      input: {
        customerId,
        siteId,
        idempotencyKey,
        lines: lines.map((line) => ({ unitPrice: 10, requestedDate: daysFromToday(7), ...line })),
      },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createSalesOrder;
}

export async function confirmSalesOrder(stack: Stack, id: string) {
  const result = await stack.query(`mutation ($id: ID!) { confirmSalesOrder(id: $id) { id status } }`, { id });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
}
