import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite, daysFromToday } from '@plexus/test-kit';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
});
afterAll(async () => {
  await stack?.stop();
});

async function counts() {
  const [row] = await stack.database.query<{ orders: number; lines: number; events: number; receipts: number }>(
    `SELECT (SELECT count(*)::int FROM crm.sales_order) AS orders,
            (SELECT count(*)::int FROM crm.sales_order_line) AS lines,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events,
            (SELECT count(*)::int FROM analytics.command_receipt) AS receipts`,
  );
  return row!;
}

const createOrder = `mutation ($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { id } }`;

describe('sales orders through the router', () => {
  it('takes an order from draft through confirmation and promise, with events on its timeline', async () => {
    const item = await createItem(stack, { standardCost: 42.5 });
    const customer = await createCustomer(stack);
    const site = await createSite(stack);
    const order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 5, unitPrice: 60, requestedDate: daysFromToday(10) }]);
    expect(order.number).toMatch(/^SO-\d{4}-\d{6}$/);
    await confirmSalesOrder(stack, order.id);
    const promised = await stack.query(
      `mutation ($id: ID!, $lines: [LinePromiseInput!]!) { promiseSalesOrder(id: $id, lines: $lines) { status promisedDate dueDate } }`,
      { id: order.id, lines: [{ lineId: order.lines[0]!.id, promisedDate: daysFromToday(12) }] },
    );
    expect(promised.data).toEqual({ promiseSalesOrder: { status: 'CONFIRMED', promisedDate: daysFromToday(12), dueDate: daysFromToday(12) } });

    const result = await stack.query(
      `query ($id: ID!) {
        salesOrder(id: $id) {
          number status totalAmount
          customer { code name }
          site { id name }
          lines { quantity amount item { sku standardCost openDemand } }
          timeline { type system summary }
        }
      }`,
      { id: order.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.salesOrder).toMatchObject({
      status: 'CONFIRMED',
      totalAmount: 300,
      customer: { name: 'Test customer' },
      site: { id: site.id, name: 'Test plant' },
      lines: [{ quantity: 5, amount: 300, item: { sku: item.sku, standardCost: 42.5, openDemand: 5 } }],
    });
    expect(result.data.salesOrder.timeline.map((event: { type: string }) => event.type)).toEqual([
      'crm.SalesOrderPlaced',
      'crm.SalesOrderConfirmed',
      'crm.SalesOrderPromised',
    ]);
    // The site is every order event's dimension: KPIs by site find the order before anything ships.
    const sites = await stack.database.query<{ type: string; site_id: string | null }>(
      'SELECT type, site_id FROM analytics.supply_chain_event WHERE order_id = $1 ORDER BY time, id',
      [order.id],
    );
    expect(sites).toEqual([
      { type: 'crm.SalesOrderPlaced', site_id: site.id },
      { type: 'crm.SalesOrderConfirmed', site_id: site.id },
      { type: 'crm.SalesOrderPromised', site_id: site.id },
    ]);
  });

  describe('refuses bad input with a code and writes nothing', () => {
    let itemId: string;
    let customerId: string;
    let siteId: string;
    beforeAll(async () => {
      itemId = (await createItem(stack)).id;
      customerId = (await createCustomer(stack)).id;
      siteId = (await createSite(stack)).id;
    });

    const line = () => ({ itemId, quantity: 1, unitPrice: 5, requestedDate: daysFromToday(3) });
    it.each([
      ['an unknown item', () => ({ lines: [{ ...line(), itemId: '01930000-0000-7000-8000-000000000000' }] }), 'NOT_FOUND'],
      ['an unknown customer', () => ({ customerId: '01930000-0000-7000-8000-000000000001', lines: [line()] }), 'NOT_FOUND'],
      ['an unknown site', () => ({ siteId: '01930000-0000-7000-8000-000000000003', lines: [line()] }), 'NOT_FOUND', 'siteId'],
      // An item's id is a site's id to nobody: only erp.SiteCreated makes a site known.
      ['an item id as the site', () => ({ siteId: itemId, lines: [line()] }), 'NOT_FOUND', 'siteId'],
      ['a malformed site id', () => ({ siteId: 'plant-1', lines: [line()] }), 'BAD_USER_INPUT', 'siteId'],
      ['a zero quantity', () => ({ lines: [{ ...line(), quantity: 0 }] }), 'BAD_USER_INPUT'],
      ['a negative quantity', () => ({ lines: [{ ...line(), quantity: -2 }] }), 'BAD_USER_INPUT'],
      ['a requested date before the order date', () => ({ lines: [{ ...line(), requestedDate: daysFromToday(-3) }] }), 'BAD_USER_INPUT'],
      ['a malformed date', () => ({ lines: [{ ...line(), requestedDate: '2026-13-45' }] }), 'BAD_USER_INPUT'],
      ['no lines', () => ({ lines: [] }), 'BAD_USER_INPUT'],
    ])('%s', async (_, input, code, field?: string) => {
      const before = await counts();
      const result = await stack.query(createOrder, { input: { customerId, siteId, ...input() } });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(JSON.stringify(result.errors)).not.toMatch(/\bat .*\.ts:\d+/);
      expect(await counts()).toEqual(before);
    });

    it('an unknown order id on confirm', async () => {
      const result = await stack.query(`mutation { confirmSalesOrder(id: "01930000-0000-7000-8000-000000000002") { id } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('an illegal status transition, as a conflict that changes nothing', async () => {
      const order = await createSalesOrder(stack, { customerId, siteId }, [line()]);
      await stack.query(`mutation ($id: ID!) { cancelSalesOrder(id: $id, reason: "duplicate", requestedBy: CUSTOMER) { status } }`, { id: order.id });
      const before = await counts();
      const result = await stack.query(`mutation ($id: ID!) { confirmSalesOrder(id: $id) { status } }`, { id: order.id });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(await counts()).toEqual(before);
    });

    it('a change by an analyst, as forbidden', async () => {
      const before = await counts();
      const result = await stack.query(createOrder, { input: { customerId, siteId, lines: [line()] } }, { role: 'analyst' });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });
  });

  it('records on the cancellation event who asked for it', async () => {
    const item = await createItem(stack);
    const customer = await createCustomer(stack);
    const site = await createSite(stack);
    const order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 2, unitPrice: 10, requestedDate: daysFromToday(5) }]);
    const cancelled = await stack.query(`mutation ($id: ID!) { cancelSalesOrder(id: $id, reason: "Item discontinued", requestedBy: COMPANY) { status cancellationReason } }`, {
      id: order.id,
    });
    expect(cancelled.data).toEqual({ cancelSalesOrder: { status: 'CANCELLED', cancellationReason: 'Item discontinued' } });
    const timeline = await stack.query(`query ($id: ID!) { salesOrder(id: $id) { timeline { type summary payload } } }`, { id: order.id });
    expect(timeline.data.salesOrder.timeline.at(-1)).toEqual({
      type: 'crm.SalesOrderCancelled',
      summary: 'Order cancelled by us: Item discontinued',
      payload: { number: order.number, reason: 'Item discontinued', requestedBy: 'COMPANY' },
    });
    const unsaid = await stack.query(`mutation ($id: ID!) { cancelSalesOrder(id: $id, reason: "again") { status } }`, { id: order.id });
    expect(unsaid.errors?.[0]?.message).toMatch(/requestedBy/);
  });

  it('makes a retried create with the same idempotency key a no-op', async () => {
    const itemId = (await createItem(stack)).id;
    const order = { customerId: (await createCustomer(stack)).id, siteId: (await createSite(stack)).id };
    const lines = [{ itemId, quantity: 2 }];
    const first = await createSalesOrder(stack, order, lines, 'retry-me-1');
    const before = await counts();
    const again = await Promise.all([1, 2, 3].map(() => createSalesOrder(stack, order, lines, 'retry-me-1')));
    expect(again.map((order) => order.id)).toEqual([first.id, first.id, first.id]);
    expect(await counts()).toEqual(before);
  });

  it('lists orders filtered by customer, status and due date, sorted and paginated', async () => {
    const itemId = (await createItem(stack)).id;
    const customerId = (await createCustomer(stack)).id;
    const siteId = (await createSite(stack)).id;
    const created = [];
    for (const days of [5, 1, 9, 3]) created.push(await createSalesOrder(stack, { customerId, siteId }, [{ itemId, quantity: 1, requestedDate: daysFromToday(days) }]));
    await confirmSalesOrder(stack, created[0]!.id);
    const page = await stack.query(
      `query ($filter: SalesOrderFilter) {
        salesOrders(filter: $filter, sort: { field: DUE_DATE, direction: DESC }, first: 2, offset: 1) { totalCount items { dueDate status } }
      }`,
      { filter: { customerId, status: ['DRAFT'], dueFrom: daysFromToday(2), dueTo: daysFromToday(30) } },
    );
    expect(page.data.salesOrders).toEqual({ totalCount: 2, items: [{ dueDate: daysFromToday(3), status: 'DRAFT' }] });
  });
});
