import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createSalesOrder, createSite } from '@plexus/test-kit';

/** The items list through the router: search where `%` and `_` are characters, the type filter, the total, stock and open demand per item, no N+1. */

let stack: Stack;
let siteId: string;
let warehouse: { id: string; locations: { id: string }[] };

async function must<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const result = await stack.query<Data>(query, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);

async function createItem(sku: string, name: string, type = 'RM'): Promise<string> {
  return (await must(`mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }`, {
    input: { sku, name, type, unitOfMeasure: 'KG', standardCost: 2.5 },
  })).createItem.id;
}

const page = `query ($filter: ItemFilter, $first: Int, $offset: Int) { itemPage(filter: $filter, first: $first, offset: $offset) {
  totalCount items { sku name type unitOfMeasure standardCost stockOnHand openDemand }
} }`;

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  siteId = (await createSite(stack)).id;
  warehouse = (await must(`mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id locations { id } } }`, {
    input: { code: 'WH-ITEMS', name: 'Stores', siteId, locationCodes: ['A-01', 'A-02'] },
  })).createWarehouse;
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the item page', () => {
  it('finds by a search whose % and _ are plain characters, not wildcards, within a type', async () => {
    await createItem('PCT-1', 'Glass fibre 10% blend');
    await createItem('PCT-2', '10 mm bolt');
    await createItem('PCT-3', 'Sealant 10% solids', 'FG');
    await createItem('UND_1', 'Gasket');
    await createItem('UNDX1', 'Gasket');
    const skus = async (filter: Record<string, unknown>) => {
      const found = (await must(page, { filter })).itemPage;
      expect(found.totalCount).toBe(found.items.length);
      return found.items.map((item: { sku: string }) => item.sku);
    };
    expect(await skus({ search: '10%' })).toEqual(['PCT-1', 'PCT-3']);
    expect(await skus({ search: '%' })).toEqual(['PCT-1', 'PCT-3']);
    expect(await skus({ search: '10%', type: 'RM' })).toEqual(['PCT-1']);
    expect(await skus({ search: '10' })).toEqual(['PCT-1', 'PCT-2', 'PCT-3']);
    expect(await skus({ search: 'und_' })).toEqual(['UND_1']);
    expect(await skus({ search: ' D_1 ' })).toEqual(['UND_1']);
  });

  it('shows each item’s type, unit, standard cost, stock over all warehouses and open sales-order quantity', async () => {
    const itemId = await createItem('STK-1', 'Stocked resin');
    await must(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }`, {
      input: {
        warehouseId: warehouse.id,
        lines: [
          { itemId, locationId: warehouse.locations[0]!.id, lotNumber: 'STK-A', quantity: 40 },
          { itemId, locationId: warehouse.locations[1]!.id, lotNumber: 'STK-B', quantity: 2.5 },
        ],
      },
    });
    const customer = await createCustomer(stack);
    const confirmed = await createSalesOrder(stack, { customerId: customer.id, siteId }, [{ itemId, quantity: 7 }]);
    await confirmSalesOrder(stack, confirmed.id);
    await createSalesOrder(stack, { customerId: customer.id, siteId }, [{ itemId, quantity: 100 }]);
    await createItem('STK-2', 'Unstocked resin');
    expect((await must(page, { filter: { search: 'STK-' } })).itemPage).toEqual({
      totalCount: 2,
      items: [
        // A draft is not demand yet: only the confirmed order's 7 is open.
        { sku: 'STK-1', name: 'Stocked resin', type: 'RM', unitOfMeasure: 'KG', standardCost: 2.5, stockOnHand: 42.5, openDemand: 7 },
        { sku: 'STK-2', name: 'Unstocked resin', type: 'RM', unitOfMeasure: 'KG', standardCost: 2.5, stockOnHand: 0, openDemand: 0 },
      ],
    });
  });

  it('pages by SKU with the total over all pages, and refuses a page size outside 1–200 or a negative offset', async () => {
    for (const sku of ['PGE-3', 'PGE-1', 'PGE-2']) await createItem(sku, 'Paged');
    expect((await must(page, { filter: { search: 'PGE-' }, first: 2, offset: 1 })).itemPage).toMatchObject({ totalCount: 3, items: [{ sku: 'PGE-2' }, { sku: 'PGE-3' }] });
    expect((await must(page, { filter: { search: 'PGE-' }, first: 2, offset: 10 })).itemPage).toEqual({ totalCount: 3, items: [] });
    for (const variables of [{ first: 201 }, { first: 0 }, { offset: -1 }]) {
      const refused = await stack.query(page, variables);
      expect(codes(refused), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(refused.data).toBeNull();
    }
  });

  it('costs the same number of statements per system for 1 item as for 50, with stock and open demand', async () => {
    const itemIds: string[] = [];
    for (let batch = 0; batch < 50; batch += 10) {
      const indexes = Array.from({ length: 10 }, (_, index) => String(batch + index).padStart(2, '0'));
      const created = await must(
        `mutation { ${indexes.map((index) => `i${index}: createItem(input: { sku: "LST-${index}", name: "Listed ${index}", type: RM, unitOfMeasure: "EA", standardCost: 1 }) { id }`).join(' ')} }`,
      );
      itemIds.push(...indexes.map((index) => created[`i${index}`].id as string));
    }
    await must(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }`, {
      input: { warehouseId: warehouse.id, lines: itemIds.map((itemId, index) => ({ itemId, locationId: warehouse.locations[0]!.id, lotNumber: `LST-${index}`, quantity: 5 })) },
    });
    const customer = await createCustomer(stack);
    const order = await createSalesOrder(stack, { customerId: customer.id, siteId }, itemIds.map((itemId) => ({ itemId, quantity: 2 })));
    await confirmSalesOrder(stack, order.id);
    // Consumers hear the orders and receipts now, not while statements are counted.
    await stack.drainConsumers();

    const statementsOf = async (first: number) => {
      const counts: Record<string, number> = {};
      let data: any;
      for (const schema of ['erp', 'wms', 'crm']) {
        const { result, statements } = await stack.database.statements.measure(() => stack.query(page, { filter: { search: 'LST-' }, first }), schema);
        expect(result.errors).toBeUndefined();
        counts[schema] = statements;
        data = result.data;
      }
      return { counts, page: data.itemPage };
    };
    const one = await statementsOf(1);
    const fifty = await statementsOf(50);
    expect(fifty.page.totalCount).toBe(50);
    expect(fifty.page.items).toHaveLength(50);
    expect(fifty.page.items.every((item: { stockOnHand: number; openDemand: number }) => item.stockOnHand === 5 && item.openDemand === 2)).toBe(true);
    expect(Object.values(one.counts).every((statements) => statements > 0)).toBe(true);
    expect(fifty.counts).toEqual(one.counts);
  });
});
