import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { asSupplier, createItem, createPurchaseOrder, createSupplier, daysFromToday, placedPurchaseOrder, setSupplierItem, submitAsn } from '@plexus/test-kit';

/**
 * The supplier portal through the router: a supplier user sees and acts on
 * its own supplier's records only; another supplier's are NOT_FOUND, as if
 * they did not exist, and nobody else's prices reach it.
 */

let stack: Stack;
let own: Awaited<ReturnType<typeof placedPurchaseOrder>> & { asnId: string };
let other: Awaited<ReturnType<typeof placedPurchaseOrder>> & { asnId: string; rfqId: string; changeId: string };
let sharedRfqId: string;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const ownOrder = await placedPurchaseOrder(stack, { quantities: [100] });
  const otherOrder = await placedPurchaseOrder(stack, { quantities: [200], siteId: ownOrder.siteId });
  const ownAsn = await submitAsn(stack, ownOrder.supplier.id, { purchaseOrderId: ownOrder.order.id, lines: [{ purchaseOrderLineId: ownOrder.order.lines[0]!.id, quantity: 50, lotNumber: 'O-1' }] });
  const otherAsn = await submitAsn(stack, otherOrder.supplier.id, { purchaseOrderId: otherOrder.order.id, lines: [{ purchaseOrderLineId: otherOrder.order.lines[0]!.id, quantity: 50, lotNumber: 'X-1' }] });
  const rfq = async (supplierIds: string[]) =>
    (
      await stack.query(
        `mutation ($input: CreateRfqInput!) { createRfq(input: $input) { id } }`,
        { input: { itemId: ownOrder.items[0]!.id, quantity: 500, neededBy: daysFromToday(30), supplierIds } },
        { role: 'buyer' },
      )
    ).data.createRfq.id as string;
  const otherRfq = await rfq([otherOrder.supplier.id]);
  sharedRfqId = await rfq([ownOrder.supplier.id, otherOrder.supplier.id]);
  for (const [supplierId, unitPrice] of [[ownOrder.supplier.id, 2.1], [otherOrder.supplier.id, 1.7]] as const) {
    const quoted = await stack.query(
      `mutation ($rfqId: ID!, $supplierId: ID!) { submitQuote(rfqId: $rfqId, supplierId: $supplierId, input: { unitPrice: ${unitPrice}, leadTimeDays: 12, validUntil: "${daysFromToday(20)}" }) { status } }`,
      { rfqId: sharedRfqId, supplierId },
      asSupplier(supplierId),
    );
    expect(quoted.data.submitQuote.status).toBe('QUOTED');
  }
  const change = await stack.query(
    `mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id } }`,
    { input: { purchaseOrderId: otherOrder.order.id, reason: 'Plan moved', lines: [{ lineId: otherOrder.order.lines[0]!.id, quantity: 150 }] } },
    { role: 'buyer' },
  );
  own = { ...ownOrder, asnId: ownAsn.id };
  other = { ...otherOrder, asnId: otherAsn.id, rfqId: otherRfq, changeId: change.data.requestPurchaseOrderChange.id };
});
afterAll(async () => {
  await stack?.stop();
});

const supplierOf = () => asSupplier(own.supplier.id);

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM srm.purchase_order_change WHERE status = 'PROPOSED') AS open_changes,
            (SELECT count(*)::int FROM srm.asn) AS asns,
            (SELECT count(*)::int FROM srm.supplier_quote WHERE status = 'QUOTED') AS quotes,
            (SELECT count(*)::int FROM srm.purchase_order WHERE status = 'CONFIRMED') AS confirmed,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

describe('a supplier user', () => {
  it('sees its own supplier, orders, notices and RFQs, and only its own quote', async () => {
    const result = await stack.query(
      `query { viewerSupplier { id } suppliers { totalCount items { id } } purchaseOrders { totalCount items { id supplier { id } } } asns { totalCount items { id } }
               rfqs { id quotes { supplier { id } unitPrice } } }`,
      {},
      supplierOf(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      viewerSupplier: { id: own.supplier.id },
      suppliers: { totalCount: 1, items: [{ id: own.supplier.id }] },
      purchaseOrders: { totalCount: 1, items: [{ id: own.order.id, supplier: { id: own.supplier.id } }] },
      asns: { totalCount: 1, items: [{ id: own.asnId }] },
      rfqs: [{ id: sharedRfqId, quotes: [{ supplier: { id: own.supplier.id }, unitPrice: 2.1 }] }],
    });
  });

  it.each([
    ['supplier', () => `{ supplier(id: "${other.supplier.id}") { id } }`],
    ['the other supplier’s scorecard', () => `{ supplier(id: "${other.supplier.id}") { scorecard(from: "2026-01-01", to: "2026-12-31") { linesDue } } }`],
    ['purchase order', () => `{ purchaseOrder(id: "${other.order.id}") { id } }`],
    ['purchase order by number', () => `{ purchaseOrderByNumber(number: "${other.order.number}") { id } }`],
    ['ship notice', () => `{ asn(id: "${other.asnId}") { id } }`],
    ['RFQ it is not invited to', () => `{ rfq(id: "${other.rfqId}") { id } }`],
    ['forecast', () => `{ supplierForecast(supplierId: "${other.supplier.id}") { firmQuantity } }`],
  ])('finds no other supplier’s %s', async (_, query) => {
    const result = await stack.query(query(), {}, supplierOf());
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Nothing of the record comes back, and the message names only what was asked for.
    expect(result.data).toBeNull();
    expect(JSON.stringify(result)).not.toContain(other.supplier.code);
  });

  it('does not see its own order while it is the buyer’s draft', async () => {
    const draft = await createPurchaseOrder(stack, { supplierId: own.supplier.id, siteId: own.siteId }, [{ itemId: own.items[0]!.id, quantity: 10 }]);
    const listed = await stack.query(`query { all: purchaseOrders { items { id } } drafts: purchaseOrders(filter: { status: [DRAFT] }) { totalCount } }`, {}, supplierOf());
    expect(listed.data).toEqual({ all: { items: [{ id: own.order.id }] }, drafts: { totalCount: 0 } });
    for (const query of [`{ purchaseOrder(id: "${draft.id}") { id } }`, `{ purchaseOrderByNumber(number: "${draft.number}") { id } }`]) {
      expect((await stack.query(query, {}, supplierOf())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const confirm = await stack.query(`mutation ($id: ID!) { confirmPurchaseOrder(id: $id, lines: []) { id } }`, { id: draft.id }, supplierOf());
    expect(confirm.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const buyer = await stack.query(`{ purchaseOrder(id: "${draft.id}") { status } }`, {}, { role: 'buyer' });
    expect(buyer.data.purchaseOrder.status).toBe('DRAFT');
    await stack.query(`mutation ($id: ID!, $reason: String!) { cancelPurchaseOrder(id: $id, reason: $reason) { id } }`, { id: draft.id, reason: 'spec draft' }, { role: 'buyer' });
  });

  it('gets nothing of another supplier by filtering for it', async () => {
    const result = await stack.query(
      `query ($supplierId: ID!) { purchaseOrders(filter: { supplierId: $supplierId }) { totalCount } asns(filter: { supplierId: $supplierId }) { totalCount } }`,
      { supplierId: other.supplier.id },
      supplierOf(),
    );
    expect(result.data).toEqual({ purchaseOrders: { totalCount: 0 }, asns: { totalCount: 0 } });
  });

  it('gets null for another supplier’s records referenced from other subgraphs', async () => {
    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PurchaseOrder { id } ... on Supplier { id } ... on Asn { id } } }`;
    const result = await fetch(stack.subgraphUrls.srm!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await stack.subgraphHeaders({ role: 'supplier', supplierId: own.supplier.id })) },
      body: JSON.stringify({
        query: entities,
        variables: {
          representations: [
            { __typename: 'PurchaseOrder', id: other.order.id },
            { __typename: 'PurchaseOrder', id: own.order.id },
            { __typename: 'Supplier', id: other.supplier.id },
            { __typename: 'Asn', id: other.asnId },
          ],
        },
      }),
    }).then((response) => response.json() as Promise<{ data: { _entities: unknown[] } }>);
    expect(result.data._entities).toEqual([null, { id: own.order.id }, null, null]);
  });

  it('never sees other suppliers’ prices: the comparison is the buyer’s', async () => {
    const asSupplierUser = await stack.query(`query ($id: ID!) { rfq(id: $id) { comparison { unitPrice } } }`, { id: sharedRfqId }, supplierOf());
    expect(asSupplierUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(asSupplierUser)).not.toContain('1.7');
    const asBuyer = await stack.query(`query ($id: ID!) { rfq(id: $id) { comparison { rank unitPrice supplier: quote { supplier { id } } } } }`, { id: sharedRfqId }, { role: 'buyer' });
    expect(asBuyer.data.rfq.comparison.map((row: { rank: number; unitPrice: number }) => [row.rank, row.unitPrice])).toEqual([
      [1, 1.7],
      [2, 2.1],
    ]);
  });

  it.each([
    ['confirm it', () => ({ query: `mutation ($id: ID!, $lineId: ID!) { confirmPurchaseOrder(id: $id, lines: [{ lineId: $lineId, promisedDate: "${daysFromToday(20)}" }]) { id } }`, variables: { id: other.order.id, lineId: other.order.lines[0]!.id } })],
    ['propose a change to it', () => ({ query: `mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id } }`, variables: { input: { purchaseOrderId: other.order.id, reason: 'x', lines: [{ lineId: other.order.lines[0]!.id, quantity: 1 }] } } })],
    ['answer its change', () => ({ query: `mutation ($id: ID!) { respondToPurchaseOrderChange(id: $id, accept: true) { id } }`, variables: { id: other.changeId } })],
    ['ship against it', () => ({ query: `mutation ($input: SubmitAsnInput!) { submitAsn(input: $input) { id } }`, variables: { input: { purchaseOrderId: other.order.id, expectedArrival: new Date(Date.now() + 86_400_000).toISOString(), lines: [{ purchaseOrderLineId: other.order.lines[0]!.id, quantity: 1, lotNumber: 'Z' }] } } })],
    ['quote in its name', () => ({ query: `mutation ($rfqId: ID!, $supplierId: ID!) { submitQuote(rfqId: $rfqId, supplierId: $supplierId, input: { unitPrice: 0.1, leadTimeDays: 1, validUntil: "${daysFromToday(9)}" }) { id } }`, variables: { rfqId: sharedRfqId, supplierId: other.supplier.id } })],
  ])('acting on another supplier’s order: %s, is NOT_FOUND and writes nothing', async (_, request) => {
    const before = await counts();
    const { query, variables } = request();
    const result = await stack.query(query, variables, supplierOf());
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('may not do a buyer’s work', async () => {
    const item = await createItem(stack, { type: 'RM' });
    const before = await counts();
    const tries = [
      stack.query(`mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`, { input: { supplierId: own.supplier.id, siteId: own.siteId, lines: [{ itemId: item.id, quantity: 1, requestedDate: daysFromToday(5) }] } }, supplierOf()),
      stack.query(`mutation ($id: ID!) { cancelPurchaseOrder(id: $id, reason: "x") { id } }`, { id: own.order.id }, supplierOf()),
      stack.query(`mutation ($id: ID!) { changeSupplierStatus(id: $id, status: APPROVED, reason: "self") { id } }`, { id: own.supplier.id }, supplierOf()),
      stack.query(`mutation ($input: SetSupplierItemInput!) { setSupplierItem(input: $input) { id } }`, { input: { supplierId: own.supplier.id, itemId: item.id, leadTimeDays: 1, priceBreaks: [{ minimumQuantity: 1, unitPrice: 99 }] } }, supplierOf()),
    ];
    for (const result of await Promise.all(tries)) expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('without a supplier of its own sees nothing at all', async () => {
    const result = await stack.query(`{ viewerSupplier { id } suppliers { totalCount } purchaseOrders { totalCount } rfqs { id } }`, {}, { role: 'supplier' });
    expect(result.data).toEqual({ viewerSupplier: null, suppliers: { totalCount: 0 }, purchaseOrders: { totalCount: 0 }, rfqs: [] });
  });

  it('sees its forecast: open orders by week and the buyer’s plan beyond them', async () => {
    const weekStart = (days: number) => {
      const date = new Date(Date.now() + days * 86_400_000);
      return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    };
    const planned = await stack.query(
      `mutation ($input: PlanSupplierDemandInput!) { planSupplierDemand(input: $input) { weekStart firmQuantity plannedQuantity } }`,
      { input: { supplierId: own.supplier.id, itemId: own.items[0]!.id, weeks: [{ weekStart: weekStart(10), quantity: 120 }, { weekStart: weekStart(24), quantity: 80 }] } },
      { role: 'buyer' },
    );
    expect(planned.errors).toBeUndefined();
    const forecast = await stack.query(`query ($id: ID!) { supplierForecast(supplierId: $id, weeks: 8) { item { id } weekStart firmQuantity plannedQuantity } }`, { id: own.supplier.id }, supplierOf());
    expect(forecast.data.supplierForecast).toEqual([
      { item: { id: own.items[0]!.id }, weekStart: weekStart(10), firmQuantity: 100, plannedQuantity: 20 },
      { item: { id: own.items[0]!.id }, weekStart: weekStart(24), firmQuantity: 0, plannedQuantity: 80 },
    ]);
  });
});

describe('a buyer', () => {
  it('compares quotes and awards one: its price and lead time become the supplier’s terms', async () => {
    const awarded = await stack.query(
      `mutation ($rfqId: ID!, $quoteId: ID!) { awardRfq(rfqId: $rfqId, quoteId: $quoteId) { status quotes { status supplier { id } } } }`,
      {
        rfqId: sharedRfqId,
        quoteId: (await stack.query(`query ($id: ID!) { rfq(id: $id) { comparison { rank quote { id } } } }`, { id: sharedRfqId }, { role: 'buyer' })).data.rfq.comparison[0].quote.id,
      },
      { role: 'buyer' },
    );
    expect(awarded.data.awardRfq.status).toBe('AWARDED');
    expect(awarded.data.awardRfq.quotes).toEqual(
      expect.arrayContaining([
        { status: 'AWARDED', supplier: { id: other.supplier.id } },
        { status: 'LOST', supplier: { id: own.supplier.id } },
      ]),
    );
    const terms = await stack.query(`query ($id: ID!) { supplier(id: $id) { items { item { id } leadTimeDays priceBreaks { minimumQuantity unitPrice } } } }`, { id: other.supplier.id }, { role: 'buyer' });
    expect(terms.data.supplier.items).toContainEqual({ item: { id: own.items[0]!.id }, leadTimeDays: 12, priceBreaks: [{ minimumQuantity: 1, unitPrice: 1.7 }] });
  });
});
