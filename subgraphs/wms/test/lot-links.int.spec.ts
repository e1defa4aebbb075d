import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, placedPurchaseOrder } from '@plexus/test-kit';

/**
 * A lot's way in and its ways out, through the router: the receipt and
 * purchase order line it arrived on (srm gives the order and supplier), the
 * shipments that carried it (crm gives the customer), look-up by number, and
 * a lot wms has not received, which keeps the rest of the answer standing.
 */

let stack: Stack;
let siteId: string;
let warehouseId: string;
let locations: { id: string; code: string }[];

async function must<Data = any>(query: string, variables: Record<string, unknown> = {}, viewer?: { role: string }): Promise<Data> {
  const result = await stack.query<Data>(query, variables, viewer);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  siteId = (await must(`mutation { createSite(input: { code: "PLT-LL", name: "Plant", timeZone: "Europe/Berlin" }) { id } }`)).createSite.id;
  const warehouse = (await must(`mutation ($siteId: ID!) { createWarehouse(input: { code: "WH-LL", name: "Stores", siteId: $siteId, locationCodes: ["A-01", "A-02"] }) { id locations { id code } } }`, { siteId }))
    .createWarehouse;
  warehouseId = warehouse.id;
  locations = warehouse.locations;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const receivePurchase = (purchaseOrderId: string, lines: { purchaseOrderLineId: string; itemId: string; lotNumber: string; quantity: number; rejectedQuantity?: number }[]) =>
  must(`mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { id number lines { lot { id } } } }`, {
    input: { warehouseId, purchaseOrderId, lines: lines.map((line) => ({ locationId: locations[0]!.id, ...line })) },
  }).then((data) => data.receivePurchase as { id: string; number: string; lines: { lot: { id: string } }[] });

async function shipOrder(customerId: string, itemId: string, quantity: number) {
  const order = await createSalesOrder(stack, { customerId, siteId }, [{ itemId, quantity }]);
  await confirmSalesOrder(stack, order.id);
  const shipment = (await must(`mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id number } }`, {
    input: { salesOrderId: order.id, warehouseId, lines: [{ salesOrderLineId: order.lines[0]!.id, quantity }] },
  })).shipSalesOrder as { id: string; number: string };
  return { order, shipment };
}

const lotFields = `id lotNumber item { id } receivedAt
  receipts { receipt { number } receivedAt quantity rejectedQuantity purchaseOrderLine { id lineNumber purchaseOrder { number supplier { id } } } asnLine { id } }
  shipments { shipment { number } shippedAt salesOrder { id number customer { name } } salesOrderLine { id } quantity }`;

describe('where a lot came from and where it went', () => {
  it('names the receipt and purchase order line a bought lot arrived on, and srm the order and its supplier', async () => {
    const { supplier, order, items } = await placedPurchaseOrder(stack, { quantities: [500], siteId });
    const receipt = await receivePurchase(order.id, [{ purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'bought-1', quantity: 290, rejectedQuantity: 10 }]);

    const { lots } = await must(`query { lots(lotNumber: " Bought-1 ") { ${lotFields} } }`);
    expect(lots).toEqual([
      {
        id: receipt.lines[0]!.lot.id,
        lotNumber: 'BOUGHT-1',
        item: { id: items[0]!.id },
        receivedAt: expect.any(String),
        receipts: [
          {
            receipt: { number: receipt.number },
            receivedAt: lots[0].receivedAt,
            quantity: 290,
            rejectedQuantity: 10,
            purchaseOrderLine: { id: order.lines[0]!.id, lineNumber: 1, purchaseOrder: { number: order.number, supplier: { id: supplier.id } } },
            asnLine: null,
          },
        ],
        shipments: [],
      },
    ]);
  });

  it('names every shipment line that picked from a lot, summed over its locations, with the order and its customer', async () => {
    const item = await createItem(stack);
    const received = await must(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { number lines { lot { id } } } }`, {
      input: {
        warehouseId,
        lines: locations.map((location) => ({ itemId: item.id, locationId: location.id, lotNumber: 'MADE-1', quantity: 5 })),
      },
    });
    const [first, second] = [await createCustomer(stack), await createCustomer(stack)];
    const a = await shipOrder(first.id, item.id, 7);
    const b = await shipOrder(second.id, item.id, 3);

    const [lot] = (await must(`query ($item: ID!) { lots(lotNumber: "MADE-1", itemId: $item) { ${lotFields} } }`, { item: item.id })).lots;
    expect(lot.id).toBe(received.receiveGoods.lines[0].lot.id);
    // A receipt without an order is one entry, whatever the locations it put the lot in.
    expect(lot.receipts).toEqual([{ receipt: { number: received.receiveGoods.number }, receivedAt: lot.receivedAt, quantity: 10, rejectedQuantity: 0, purchaseOrderLine: null, asnLine: null }]);
    expect(lot.shipments).toEqual([
      { shipment: { number: a.shipment.number }, shippedAt: expect.any(String), salesOrder: { id: a.order.id, number: a.order.number, customer: { name: 'Test customer' } }, salesOrderLine: { id: a.order.lines[0]!.id }, quantity: 7 },
      { shipment: { number: b.shipment.number }, shippedAt: expect.any(String), salesOrder: { id: b.order.id, number: b.order.number, customer: { name: 'Test customer' } }, salesOrderLine: { id: b.order.lines[0]!.id }, quantity: 3 },
    ]);
  });

  it('finds lots by number across items, or of one item, and names malformed look-ups as bad input', async () => {
    const [one, two] = [await createItem(stack), await createItem(stack)];
    await must(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }`, {
      input: { warehouseId, lines: [one, two].map((item) => ({ itemId: item.id, locationId: locations[0]!.id, lotNumber: 'SHARED-7', quantity: 1 })) },
    });
    const both = (await must(`query { lots(lotNumber: "shared-7") { item { id } } }`)).lots;
    expect(both.map((lot: { item: { id: string } }) => lot.item.id).sort()).toEqual([one.id, two.id].sort());
    expect((await must(`query ($item: ID!) { lots(lotNumber: "SHARED-7", itemId: $item) { item { id } } }`, { item: two.id })).lots).toEqual([{ item: { id: two.id } }]);
    expect((await must(`query { lots(lotNumber: "NO-SUCH-LOT") { id } }`)).lots).toEqual([]);
    for (const [variables, field] of [
      [{ number: '   ' }, 'lotNumber'],
      [{ number: 'x'.repeat(81) }, 'lotNumber'],
      [{ number: 'SHARED-7', item: 'not-an-id' }, 'itemId'],
    ] as const) {
      const result = await stack.query(`query ($number: String!, $item: ID) { lots(lotNumber: $number, itemId: $item) { id } }`, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('answers for a lot it has not received with its id and null or empty warehouse fields, never a null answer', async () => {
    const unknown = '01900000-0000-7000-8000-000000000001';
    const result = await stack.query(`query ($id: ID!) { lotTrace(lotId: $id, direction: FORWARD) { lot { ${lotFields} onHold holdReason holds { reason } producedBy { id } } nodes { level } } }`, { id: unknown });
    expect(result.errors).toBeUndefined();
    expect(result.data.lotTrace).toEqual({
      lot: { id: unknown, lotNumber: null, item: null, receivedAt: null, receipts: [], shipments: [], onHold: false, holdReason: null, holds: [], producedBy: null },
      nodes: [],
    });
  });
});

describe('statements a lot\'s links cost', () => {
  /** Statements per subgraph schema a query costs. */
  async function statementsOf(query: string, variables: Record<string, unknown>) {
    const counts: Record<string, number> = {};
    let data: any;
    for (const schema of ['wms', 'srm', 'crm']) {
      const { result, statements } = await stack.database.statements.measure(() => stack.query(query, variables), schema);
      expect(result.errors).toBeUndefined();
      counts[schema] = statements;
      data = result.data;
    }
    return { counts, data };
  }

  it('a shipment of 200 lots with their receipts, purchase orders, suppliers, shipments and customers costs the same as one of 1 lot', async () => {
    const { order, items } = await placedPurchaseOrder(stack, { quantities: [1, 200], siteId });
    await receivePurchase(order.id, [{ purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'ONE-0', quantity: 1 }]);
    await receivePurchase(
      order.id,
      Array.from({ length: 200 }, (_, index) => ({ purchaseOrderLineId: order.lines[1]!.id, itemId: items[1]!.id, lotNumber: `MANY-${index}`, quantity: 1 })),
    );
    const customer = await createCustomer(stack);
    const small = await shipOrder(customer.id, items[0]!.id, 1);
    const large = await shipOrder(customer.id, items[1]!.id, 200);

    const query = `query ($id: ID!) { shipment(id: $id) { lines { picks { quantity lot { ${lotFields} } } } } }`;
    const one = await statementsOf(query, { id: small.shipment.id });
    const many = await statementsOf(query, { id: large.shipment.id });
    expect(one.data.shipment.lines[0].picks).toHaveLength(1);
    const picks = many.data.shipment.lines[0].picks;
    expect(picks).toHaveLength(200);
    expect(picks.every((pick: any) => pick.lot.receipts[0].purchaseOrderLine.purchaseOrder.number === order.number && pick.lot.shipments[0].shipment)).toBe(true);
    expect(many.counts).toEqual(one.counts);
  });
});
