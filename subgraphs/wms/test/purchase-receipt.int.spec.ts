import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { asSupplier, createItem, daysFromToday, placedPurchaseOrder, submitAsn } from '@plexus/test-kit';

let stack: Stack;
let siteId: string;
let warehouseId: string;
let locations: { id: string; code: string }[];

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  siteId = (await stack.query(`mutation { createSite(input: { code: "PLT-R", name: "Plant", timeZone: "Europe/Berlin" }) { id } }`)).data.createSite.id;
  const warehouse = await stack.query(
    `mutation ($siteId: ID!) { createWarehouse(input: { code: "WH-R", name: "Raw materials", siteId: $siteId, locationCodes: ["R-01", "R-02"] }) { id locations { id code } } }`,
    { siteId },
  );
  warehouseId = warehouse.data.createWarehouse.id;
  locations = warehouse.data.createWarehouse.locations;
});
afterAll(async () => {
  await stack?.stop();
});

const receive = (input: Record<string, unknown>, viewer: { role?: string; supplierId?: string } = { role: 'operator' }) =>
  stack.query(
    `mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) {
      id number purchaseOrder { id } supplier { id }
      lines { quantity lot { lotNumber } }
      purchaseLines { acceptedQuantity rejectedQuantity purchaseOrderLine { id } asnLine { id } lot { lotNumber } location { code } }
    } }`,
    { input: { warehouseId, ...input } },
    viewer,
  );

const orderState = async (id: string) =>
  (
    await stack.query(
      `query ($id: ID!) { purchaseOrder(id: $id) { status lines { receivedQuantity rejectedQuantity openQuantity inTransitQuantity receipts { acceptedQuantity rejectedQuantity lotNumber } } asns { status } receipts { number } } }`,
      { id },
      { role: 'buyer' },
    )
  ).data.purchaseOrder;

async function writes() {
  const [row] = await stack.database.query<Record<string, number | string>>(
    `SELECT (SELECT count(*)::int FROM wms.receipt) AS receipts,
            (SELECT count(*)::int FROM wms.receipt_line) AS receipt_lines,
            (SELECT count(*)::int FROM wms.purchase_receipt_line) AS purchase_lines,
            (SELECT count(*)::int FROM wms.lot) AS lots,
            (SELECT coalesce(sum(quantity), 0)::text FROM wms.stock_balance) AS stock,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events,
            (SELECT count(*)::int FROM analytics.command_receipt) AS command_receipts`,
  );
  return row!;
}

describe('receiving against purchase orders', () => {
  it('receives a ship notice in part, refusing some at the dock, then the rest against the order line; srm follows', async () => {
    const { supplier, order, items } = await placedPurchaseOrder(stack, { quantities: [500], siteId });
    const lineId = order.lines[0]!.id;
    const asn = await submitAsn(stack, supplier.id, {
      purchaseOrderId: order.id,
      lines: [
        { purchaseOrderLineId: lineId, quantity: 300, lotNumber: 'H-1' },
        { purchaseOrderLineId: lineId, quantity: 150, lotNumber: 'H-2' },
      ],
    });

    const first = await receive({ asnId: asn.id, lines: [{ asnLineId: asn.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'h-1', locationId: locations[0]!.id, quantity: 290, rejectedQuantity: 10 }] });
    expect(first.errors).toBeUndefined();
    expect(first.data.receivePurchase).toMatchObject({
      purchaseOrder: { id: order.id },
      supplier: { id: supplier.id },
      lines: [{ quantity: 290, lot: { lotNumber: 'H-1' } }],
      purchaseLines: [{ acceptedQuantity: 290, rejectedQuantity: 10, purchaseOrderLine: { id: lineId }, asnLine: { id: asn.lines[0]!.id }, lot: { lotNumber: 'H-1' }, location: { code: 'R-01' } }],
    });
    const [received] = await stack.database.query<{ order_id: string; supplier_id: string; site_id: string; payload: { lines: Record<string, unknown>[] } }>(
      `SELECT order_id, supplier_id, site_id, payload FROM analytics.supply_chain_event WHERE type = 'wms.GoodsReceived' AND subject_id = $1`,
      [first.data.receivePurchase.id],
    );
    expect(received).toMatchObject({ order_id: order.id, supplier_id: supplier.id, site_id: siteId });
    expect(received!.payload.lines).toEqual([
      expect.objectContaining({ itemId: items[0]!.id, lotNumber: 'H-1', quantity: 290, rejectedQuantity: 10, purchaseOrderId: order.id, purchaseOrderLineId: lineId, asnId: asn.id, asnLineId: asn.lines[0]!.id }),
    ]);

    await stack.drainConsumers();
    // The notice arrived: what it announced and did not bring (lot H-2) is no longer in transit.
    expect(await orderState(order.id)).toMatchObject({
      status: 'PARTIALLY_RECEIVED',
      lines: [{ receivedQuantity: 290, rejectedQuantity: 10, openQuantity: 210, inTransitQuantity: 0, receipts: [{ acceptedQuantity: 290, rejectedQuantity: 10, lotNumber: 'H-1' }] }],
      asns: [{ status: 'RECEIVED' }],
      receipts: [{ number: first.data.receivePurchase.number }],
    });

    // 5 % over the ordered 500 may still come: 525 − 290 accepted.
    const over = await receive({ purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: lineId, itemId: items[0]!.id, lotNumber: 'H-3', locationId: locations[1]!.id, quantity: 236 }] });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity', open: 235 });
    const rest = await receive({ purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: lineId, itemId: items[0]!.id, lotNumber: 'H-3', locationId: locations[1]!.id, quantity: 215 }] });
    expect(rest.errors).toBeUndefined();
    await stack.drainConsumers();
    expect(await orderState(order.id)).toMatchObject({ status: 'RECEIVED', lines: [{ receivedQuantity: 505, openQuantity: 0 }] });
    const statuses = await stack.database.query<{ payload: { to: string } }>(
      `SELECT payload FROM analytics.supply_chain_event WHERE type = 'srm.PurchaseOrderStatusChanged' AND order_id = $1 ORDER BY time, id`,
      [order.id],
    );
    expect(statuses.map((row) => row.payload.to)).toEqual(['PARTIALLY_RECEIVED', 'RECEIVED']);
  });

  describe('refuses with a code and writes nothing', () => {
    let context: Awaited<ReturnType<typeof placedPurchaseOrder>> & { asn: Awaited<ReturnType<typeof submitAsn>> };
    beforeAll(async () => {
      const placed = await placedPurchaseOrder(stack, { quantities: [100, 40], siteId });
      const asn = await submitAsn(stack, placed.supplier.id, { purchaseOrderId: placed.order.id, lines: [{ purchaseOrderLineId: placed.order.lines[0]!.id, quantity: 100, lotNumber: 'L-1' }] });
      context = { ...placed, asn };
    });
    const line = (overrides: Record<string, unknown> = {}) => ({
      purchaseOrderLineId: context.order.lines[0]!.id,
      itemId: context.items[0]!.id,
      lotNumber: 'L-9',
      locationId: locations[0]!.id,
      quantity: 10,
      ...overrides,
    });

    it.each([
      ['more than the open quantity with tolerance', () => ({ purchaseOrderId: context.order.id, lines: [line({ quantity: 100, rejectedQuantity: 6 })] }), 'BAD_USER_INPUT', 'quantity'],
      ['the wrong item', () => ({ purchaseOrderId: context.order.id, lines: [line({ itemId: context.items[1]!.id })] }), 'BAD_USER_INPUT', 'itemId'],
      [
        'a lot the ship notice did not announce',
        () => ({ asnId: context.asn.id, lines: [{ ...line({ lotNumber: 'L-2' }), purchaseOrderLineId: null, asnLineId: context.asn.lines[0]!.id }] }),
        'BAD_USER_INPUT',
        'lotNumber',
      ],
      ['a line of another order', () => ({ purchaseOrderId: context.order.id, lines: [line({ purchaseOrderLineId: '01930000-0000-7000-8000-0000000000c1' })] }), 'BAD_USER_INPUT', 'purchaseOrderLineId'],
      ['an unknown order', () => ({ purchaseOrderId: '01930000-0000-7000-8000-0000000000c2', lines: [line()] }), 'NOT_FOUND', 'purchaseOrderId'],
      ['an unknown ship notice', () => ({ asnId: '01930000-0000-7000-8000-0000000000c3', lines: [line()] }), 'NOT_FOUND', 'asnId'],
      ['a location of another warehouse', () => ({ purchaseOrderId: context.order.id, lines: [line({ locationId: '01930000-0000-7000-8000-0000000000c4' })] }), 'NOT_FOUND', 'locationId'],
      ['nothing received', () => ({ purchaseOrderId: context.order.id, lines: [line({ quantity: 0 })] }), 'BAD_USER_INPUT', 'quantity'],
      ['a malformed order id', () => ({ purchaseOrderId: 'po-1', lines: [line()] }), 'BAD_USER_INPUT', 'purchaseOrderId'],
    ])('%s', async (_, input, code, field) => {
      const before = await writes();
      const result = await receive(input());
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await writes()).toEqual(before);
    });

    it('a receipt by an analyst or a supplier', async () => {
      const before = await writes();
      for (const viewer of [{ role: 'analyst' }, asSupplier(context.supplier.id)]) {
        expect((await receive({ purchaseOrderId: context.order.id, lines: [line()] }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await writes()).toEqual(before);
    });

    it('a receipt against a cancelled order, as a conflict', async () => {
      const cancelled = await placedPurchaseOrder(stack, { quantities: [10], siteId });
      await stack.query(`mutation ($id: ID!) { cancelPurchaseOrder(id: $id, reason: "Not needed") { id } }`, { id: cancelled.order.id }, { role: 'buyer' });
      const before = await writes();
      const result = await receive({ purchaseOrderId: cancelled.order.id, lines: [{ purchaseOrderLineId: cancelled.order.lines[0]!.id, itemId: cancelled.items[0]!.id, lotNumber: 'C-1', locationId: locations[0]!.id, quantity: 10 }] });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await writes()).toEqual(before);
    });

    it('a warehouse of another site than the order’s', async () => {
      const elsewhere = await placedPurchaseOrder(stack, { quantities: [10] });
      const before = await writes();
      const result = await receive({ purchaseOrderId: elsewhere.order.id, lines: [{ purchaseOrderLineId: elsewhere.order.lines[0]!.id, itemId: elsewhere.items[0]!.id, lotNumber: 'E-1', locationId: locations[0]!.id, quantity: 10 }] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'warehouseId' });
      expect(await writes()).toEqual(before);
    });
  });

  it('makes a retried receipt with the same idempotency key a no-op', async () => {
    const { order, items } = await placedPurchaseOrder(stack, { quantities: [50], siteId });
    const input = { purchaseOrderId: order.id, idempotencyKey: `receive-${order.id}`, lines: [{ purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'K-1', locationId: locations[0]!.id, quantity: 20 }] };
    const first = await receive(input);
    const before = await writes();
    const again = await Promise.all([receive(input), receive(input)]);
    expect(again.map((result) => result.data?.receivePurchase.id)).toEqual([first.data.receivePurchase.id, first.data.receivePurchase.id]);
    expect(await writes()).toEqual(before);
  });

  it('never accepts more than the open quantity when docks race for it', async () => {
    const { order, items } = await placedPurchaseOrder(stack, { quantities: [100], siteId, overDeliveryTolerance: 0 });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        receive({ purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: `R-${index}`, locationId: locations[0]!.id, quantity: 30 }] }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    const [row] = await stack.database.query<{ accepted: string }>('SELECT sum(accepted_quantity) AS accepted FROM wms.purchase_receipt_line WHERE purchase_order_id = $1', [order.id]);
    expect(Number(row!.accepted)).toBe(90);
  });

  it('resolves 50 orders’ receipts, lots and locations in as many statements as 5', async () => {
    const placed: Awaited<ReturnType<typeof placedPurchaseOrder>>[] = [];
    for (let index = 0; index < 3; index += 1) placed.push(await placedPurchaseOrder(stack, { quantities: [10], siteId }));
    for (const { order, items } of placed) {
      await receive({ purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'S-1', locationId: locations[1]!.id, quantity: 4 }] });
      await receive({ purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'S-2', locationId: locations[0]!.id, quantity: 6 }] });
    }
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on PurchaseOrder { receipts { number lines { quantity } purchaseLines { acceptedQuantity lot { lotNumber } location { code warehouse { code } } } } }
    } }`;
    const count = async (n: number) => {
      const representations = Array.from({ length: n }, (_, index) => ({ __typename: 'PurchaseOrder', id: placed[index % placed.length]!.order.id }));
      const headers = { 'content-type': 'application/json', ...(await stack.subgraphHeaders()) };
      const { result, statements } = await stack.database.statements.measure(
        () => fetch(stack.subgraphUrls.wms!, { method: 'POST', headers, body: JSON.stringify({ query, variables: { representations } }) }).then((response) => response.json()),
        'wms',
      );
      expect((result as { errors?: unknown }).errors).toBeUndefined();
      return statements;
    };
    expect(await count(50)).toBe(await count(5));
  });
});

describe('supplier delivery measures', () => {
  it('agree between srm’s scorecard and analytics’ KPIs for what the warehouse received', async () => {
    const { supplier, order, items } = await placedPurchaseOrder(stack, { quantities: [100, 60], siteId, confirm: false });
    // Due today, so both lines count; the second is received short.
    await stack.query(
      `mutation ($id: ID!, $lines: [LineConfirmationInput!]!) { confirmPurchaseOrder(id: $id, lines: $lines) { id } }`,
      { id: order.id, lines: order.lines.map((line) => ({ lineId: line.id, promisedDate: daysFromToday(0) })) },
      asSupplier(supplier.id),
    );
    await receive({
      purchaseOrderId: order.id,
      lines: [
        { purchaseOrderLineId: order.lines[0]!.id, itemId: items[0]!.id, lotNumber: 'M-1', locationId: locations[0]!.id, quantity: 96, rejectedQuantity: 4 },
        { purchaseOrderLineId: order.lines[1]!.id, itemId: items[1]!.id, lotNumber: 'M-2', locationId: locations[0]!.id, quantity: 30 },
      ],
    });
    await stack.drainConsumers();
    const today = daysFromToday(0);
    const kpi = async (name: string) => {
      const result = await stack.query(
        `query ($name: KpiName!, $from: Date!, $to: Date!, $filter: KpiFilter) { kpi(name: $name, from: $from, to: $to, grain: MONTH, filter: $filter) { points { value numerator denominator } } }`,
        { name, from: today, to: today, filter: { supplierId: supplier.id } },
      );
      return result.data.kpi.points[0];
    };
    expect((await kpi('SUPPLIER_ON_TIME_DELIVERY'))?.denominator).toBe(160);
    const scorecard = (
      await stack.query(
        `query ($id: ID!, $from: Date!, $to: Date!) { supplier(id: $id) { scorecard(from: $from, to: $to) { linesDue linesOnTimeInFull onTimeDelivery onTimeInFull orderedQuantity onTimeQuantity receivedQuantity rejectedQuantity ppm failedLines { reasons line { id } } } } }`,
        { id: supplier.id, from: today, to: today },
        asSupplier(supplier.id),
      )
    ).data.supplier.scorecard;
    expect(scorecard).toMatchObject({ linesDue: 2, linesOnTimeInFull: 1, orderedQuantity: 160, onTimeQuantity: 130, receivedQuantity: 130, rejectedQuantity: 4, failedLines: [{ reasons: ['SHORT'], line: { id: order.lines[1]!.id } }] });
    expect(await kpi('SUPPLIER_ON_TIME_DELIVERY')).toMatchObject({ numerator: scorecard.onTimeQuantity, denominator: scorecard.orderedQuantity, value: scorecard.onTimeDelivery });
    expect(await kpi('SUPPLIER_ON_TIME_IN_FULL')).toMatchObject({ numerator: scorecard.linesOnTimeInFull, denominator: scorecard.linesDue, value: scorecard.onTimeInFull });
    expect((await kpi('SUPPLIER_PPM'))!.value).toBeCloseTo(scorecard.ppm);
  });
});
