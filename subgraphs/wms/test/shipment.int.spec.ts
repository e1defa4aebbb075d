import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder } from '@plexus/test-kit';

let stack: Stack;
let warehouseId: string;
let siteId: string;
let locations: { id: string; code: string }[];

beforeAll(async () => {
  // Consumers (wms' own lot holds among them) stay quiet while statements are counted; specs drain them when they need them.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const site = await stack.query(`mutation { createSite(input: { code: "PLT-1", name: "Plant", timeZone: "Europe/Berlin" }) { id } }`);
  siteId = site.data.createSite.id;
  const warehouse = await stack.query(
    `mutation ($siteId: ID!) { createWarehouse(input: { code: "WH-1", name: "Main", siteId: $siteId, locationCodes: ["A-01", "A-02"] }) { id locations { id code } } }`,
    { siteId },
  );
  warehouseId = warehouse.data.createWarehouse.id;
  locations = warehouse.data.createWarehouse.locations;
});
afterAll(async () => {
  await stack?.stop();
});

const receive = (lines: { itemId: string; locationId: string; lotNumber: string; expiryDate?: string | null; quantity: number }[]) =>
  stack.query(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { number lines { quantity lot { lotNumber } } } }`, {
    input: { warehouseId, lines },
  });

const ship = (salesOrderId: string, lines: { salesOrderLineId: string; quantity: number }[], idempotencyKey?: string, role?: string) =>
  stack.query(
    `mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id number lines { quantity picks { quantity lot { lotNumber } location { code } } } } }`,
    { input: { salesOrderId, warehouseId, lines, idempotencyKey } },
    role ? { role } : {},
  );

async function stockOf(itemId: string): Promise<number> {
  const [row] = await stack.database.query<{ quantity: string }>('SELECT coalesce(sum(quantity), 0) AS quantity FROM wms.stock_balance WHERE item_id = $1', [itemId]);
  return Number(row!.quantity);
}

async function writes() {
  const [row] = await stack.database.query<{ shipments: number; events: number; stock: string }>(
    `SELECT (SELECT count(*)::int FROM wms.shipment) AS shipments,
            (SELECT count(*)::int FROM analytics.supply_chain_event WHERE system = 'wms') AS events,
            (SELECT coalesce(sum(quantity), 0)::text FROM wms.stock_balance) AS stock`,
  );
  return row!;
}

async function confirmedOrder(quantity: number, stockQuantity: number, expiries: (string | null)[] = [null]) {
  const item = await createItem(stack);
  const customer = await createCustomer(stack);
  for (const [index, expiryDate] of expiries.entries()) {
    const received = await receive([{ itemId: item.id, locationId: locations[index % 2]!.id, lotNumber: `LOT-${index + 1}`, expiryDate, quantity: stockQuantity / expiries.length }]);
    expect(received.errors).toBeUndefined();
  }
  const order = await createSalesOrder(stack, { customerId: customer.id, siteId }, [{ itemId: item.id, quantity }]);
  await confirmSalesOrder(stack, order.id);
  return { item, order, lineId: order.lines[0]!.id };
}

describe('shipping sales orders', () => {
  it('picks first expiry first out, ships partially, and the order follows in crm', async () => {
    const { item, order, lineId } = await confirmedOrder(30, 60, ['2099-06-01', '2099-01-01']);
    const first = await ship(order.id, [{ salesOrderLineId: lineId, quantity: 20 }]);
    expect(first.errors).toBeUndefined();
    expect(first.data.shipSalesOrder.lines[0].picks).toEqual([{ quantity: 20, lot: { lotNumber: 'LOT-2' }, location: { code: 'A-02' } }]);
    await ship(order.id, [{ salesOrderLineId: lineId, quantity: 10 }]);
    expect(await stockOf(item.id)).toBe(30);

    const tracked = async () =>
      (await stack.query(`query ($id: ID!) { salesOrder(id: $id) { status lines { shippedQuantity item { stockOnHand } } shipments { number } } }`, { id: order.id })).data.salesOrder;
    await stack.drainConsumers();
    expect((await tracked()).status).toBe('SHIPPED');
    expect(await tracked()).toMatchObject({ lines: [{ shippedQuantity: 30, item: { stockOnHand: 30 } }], shipments: [{}, {}] });
  });

  it('refuses more than ordered, more than on hand, and unconfirmed or cancelled orders, writing nothing', async () => {
    const { order, lineId } = await confirmedOrder(10, 5);
    const before = await writes();
    expect((await ship(order.id, [{ salesOrderLineId: lineId, quantity: 11 }])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ship(order.id, [{ salesOrderLineId: lineId, quantity: 6 }])).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await ship(order.id, [{ salesOrderLineId: lineId, quantity: 0 }])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ship('01930000-0000-7000-8000-0000000000aa', [{ salesOrderLineId: lineId, quantity: 1 }])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ship(order.id, [{ salesOrderLineId: lineId, quantity: 1 }], undefined, 'analyst')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await writes()).toEqual(before);

    const item = await createItem(stack);
    const customer = await createCustomer(stack);
    const draft = await createSalesOrder(stack, { customerId: customer.id, siteId }, [{ itemId: item.id, quantity: 1 }]);
    expect((await ship(draft.id, [{ salesOrderLineId: draft.lines[0]!.id, quantity: 1 }])).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('never oversells when shipments race for the same stock', async () => {
    const { item, order, lineId } = await confirmedOrder(100, 25);
    const results = await Promise.all(Array.from({ length: 8 }, () => ship(order.id, [{ salesOrderLineId: lineId, quantity: 5 }])));
    const shipped = results.filter((result) => !result.errors).length;
    expect(shipped).toBe(5);
    expect(results.filter((result) => result.errors).every((result) => result.errors![0]!.extensions?.code === 'CONFLICT')).toBe(true);
    expect(await stockOf(item.id)).toBe(0);
  });

  it('never ships more than ordered when shipments of one order race', async () => {
    const { order, lineId } = await confirmedOrder(12, 100);
    const results = await Promise.all(Array.from({ length: 6 }, () => ship(order.id, [{ salesOrderLineId: lineId, quantity: 4 }])));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    const [row] = await stack.database.query<{ shipped: string }>('SELECT sum(quantity) AS shipped FROM wms.shipment_line WHERE sales_order_line_id = $1', [lineId]);
    expect(Number(row!.shipped)).toBe(12);
  });

  it('makes a retried shipment with the same idempotency key a no-op', async () => {
    const { order, lineId } = await confirmedOrder(10, 10);
    const first = await ship(order.id, [{ salesOrderLineId: lineId, quantity: 3 }], 'ship-once');
    const before = await writes();
    const retry = await ship(order.id, [{ salesOrderLineId: lineId, quantity: 3 }], 'ship-once');
    expect(retry.data.shipSalesOrder.id).toBe(first.data.shipSalesOrder.id);
    expect(await writes()).toEqual(before);
  });

  it('resolves 50 shipments’ orders, lots and locations in as many statements as 5', async () => {
    const { order, lineId } = await confirmedOrder(60, 60);
    for (let index = 0; index < 6; index += 1) await ship(order.id, [{ salesOrderLineId: lineId, quantity: 1 }]);
    const orders = (await stack.database.query<{ id: string }>('SELECT DISTINCT sales_order_id AS id FROM wms.shipment')).map((row) => row.id);
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on SalesOrder { shipments { number lines { quantity picks { quantity lot { lotNumber expiryDate } location { code warehouse { code } } } } } }
    } }`;
    const count = async (n: number) => {
      const representations = Array.from({ length: n }, (_, index) => ({ __typename: 'SalesOrder', id: orders[index % orders.length] }));
      const headers = { 'content-type': 'application/json', ...(await stack.subgraphHeaders()) };
      const { result, statements } = await stack.database.statements.measure(() => fetch(stack.subgraphUrls.wms!, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: { representations } }),
      }).then((response) => response.json()), 'wms');
      expect((result as { errors?: unknown }).errors).toBeUndefined();
      return statements;
    };
    expect(await count(50)).toBe(await count(5));
  });
});
