import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createItem, createSalesOrder, createSite } from '@plexus/test-kit';

/** The customers list through the router: search where `%` and `_` are characters, the total, order counts per customer at the viewer's sites, no N+1. */

let stack: Stack;
let north: { id: string };
let south: { id: string };
let itemId: string;

async function must<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const result = await stack.query<Data>(query, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);

async function createCustomer(code: string, name: string): Promise<string> {
  return (await must(`mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, { input: { code, name, country: 'DE' } })).createCustomer.id;
}

const page = `query ($search: String, $first: Int, $offset: Int) { customerPage(search: $search, first: $first, offset: $offset) {
  totalCount items { code name orderCount openOrderCount lastOrderedAt }
} }`;

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  north = await createSite(stack);
  south = await createSite(stack);
  itemId = (await createItem(stack)).id;
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the customer page', () => {
  it('finds by a search whose % and _ are plain characters, not wildcards', async () => {
    await createCustomer('PCT-1', 'Rabatt 10% Handel');
    await createCustomer('PCT-2', '10 Downing Trading');
    await createCustomer('PCT-3', 'Hundred10 Works');
    await createCustomer('UND-1', 'Under_score Ltd');
    await createCustomer('UND-2', 'UnderXscore Ltd');
    const names = async (search: string) => {
      const found = (await must(page, { search })).customerPage;
      expect(found.totalCount).toBe(found.items.length);
      return found.items.map((customer: { name: string }) => customer.name);
    };
    expect(await names('10%')).toEqual(['Rabatt 10% Handel']);
    expect(await names('%')).toEqual(['Rabatt 10% Handel']);
    expect(await names('10')).toEqual(['10 Downing Trading', 'Hundred10 Works', 'Rabatt 10% Handel']);
    expect(await names('r_s')).toEqual(['Under_score Ltd']);
    expect(await names('  under_SCORE ')).toEqual(['Under_score Ltd']);
    // The search reads codes too (the two names sort differently under different collations).
    expect((await names('und-')).sort()).toEqual(['UnderXscore Ltd', 'Under_score Ltd'].sort());
  });

  it('counts orders, open orders and the latest order per customer, and only those at a site-scoped viewer’s sites', async () => {
    const customerId = await createCustomer('CNT-1', 'Counted GmbH');
    const draftNorth = await createSalesOrder(stack, { customerId, siteId: north.id }, [{ itemId, quantity: 1 }]);
    const confirmedSouth = await createSalesOrder(stack, { customerId, siteId: south.id }, [{ itemId, quantity: 2 }]);
    await confirmSalesOrder(stack, confirmedSouth.id);
    const cancelledNorth = await createSalesOrder(stack, { customerId, siteId: north.id }, [{ itemId, quantity: 3 }]);
    await must(`mutation ($id: ID!) { cancelSalesOrder(id: $id, reason: "Changed plans", requestedBy: CUSTOMER) { id } }`, { id: cancelledNorth.id });
    const orderedAt = async (id: string) => (await must(`query ($id: ID!) { salesOrder(id: $id) { orderedAt } }`, { id })).salesOrder.orderedAt as string;
    const latest = [await orderedAt(draftNorth.id), await orderedAt(confirmedSouth.id), await orderedAt(cancelledNorth.id)].sort().at(-1);

    expect((await must(page, { search: 'CNT-1' })).customerPage).toEqual({
      totalCount: 1,
      items: [{ code: 'CNT-1', name: 'Counted GmbH', orderCount: 3, openOrderCount: 2, lastOrderedAt: latest }],
    });
    await createCustomer('CNT-2', 'Silent GmbH');
    expect((await must(page, { search: 'CNT-2' })).customerPage.items).toEqual([
      { code: 'CNT-2', name: 'Silent GmbH', orderCount: 0, openOrderCount: 0, lastOrderedAt: null },
    ]);

    // A site-scoped planner reaches the customer through its own sites' orders and counts only those.
    const northPlanner = { role: 'planner', sites: [north.id] };
    const throughOrder = `query ($id: ID!) { salesOrder(id: $id) { customer { orderCount openOrderCount lastOrderedAt } } }`;
    const seen = await stack.query(throughOrder, { id: draftNorth.id }, northPlanner);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.salesOrder.customer).toEqual({
      orderCount: 2,
      openOrderCount: 1,
      lastOrderedAt: [await orderedAt(draftNorth.id), await orderedAt(cancelledNorth.id)].sort().at(-1),
    });
    // The customer list itself stays with viewers of every site, as `customers` does.
    expect(codes(await stack.query(page, { search: 'CNT-1' }, northPlanner))).toEqual(['FORBIDDEN']);
  });

  it('pages by name with the total over all pages, and refuses a page size outside 1–200 or a negative offset', async () => {
    for (const index of [3, 1, 2]) await createCustomer(`PGE-${index}`, `Paged ${index}`);
    const second = (await must(page, { search: 'PGE-', first: 2, offset: 1 })).customerPage;
    expect(second).toMatchObject({ totalCount: 3, items: [{ name: 'Paged 2' }, { name: 'Paged 3' }] });
    expect((await must(page, { search: 'PGE-', first: 2, offset: 10 })).customerPage).toEqual({ totalCount: 3, items: [] });
    for (const variables of [{ first: 201 }, { first: 0 }, { offset: -1 }]) {
      const refused = await stack.query(page, variables);
      expect(codes(refused), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(refused.data).toBeNull();
    }
  });

  it('costs the same number of statements for 1 customer as for 50, with their order counts', async () => {
    for (let batch = 0; batch < 50; batch += 10) {
      const indexes = Array.from({ length: 10 }, (_, index) => batch + index);
      const created = await must(
        `mutation { ${indexes.map((index) => `c${index}: createCustomer(input: { code: "LST-${String(index).padStart(2, '0')}", name: "Listed ${String(index).padStart(2, '0')}", country: "FR" }) { id }`).join(' ')} }`,
      );
      for (const index of indexes) await createSalesOrder(stack, { customerId: created[`c${index}`].id, siteId: north.id }, [{ itemId, quantity: 1 }]);
    }
    // Consumers hear the orders now, not while statements are counted.
    await stack.drainConsumers();
    const statementsOf = async (first: number) => {
      const { result, statements } = await stack.database.statements.measure(() => stack.query(page, { search: 'LST-', first }), 'crm');
      expect(result.errors).toBeUndefined();
      return { statements, page: result.data.customerPage };
    };
    const one = await statementsOf(1);
    const fifty = await statementsOf(50);
    expect(fifty.page.totalCount).toBe(50);
    expect(fifty.page.items).toHaveLength(50);
    expect(fifty.page.items.every((customer: { orderCount: number; openOrderCount: number }) => customer.orderCount === 1 && customer.openOrderCount === 1)).toBe(true);
    expect(one.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(one.statements);
  });
});
