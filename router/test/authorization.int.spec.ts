import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { asSupplier, createCustomer, createItem, createSalesOrder, createSite, placedPurchaseOrder } from '@plexus/test-kit';

/**
 * Rules the systems enforce next to their data, declared in their SDL with
 * Federation's `@requiresScopes` (host enforces them), and the audit log
 * every system's host keeps of the mutations it answers.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);

describe('field rules declared in the SDL', () => {
  it('shows a supplier the items on its own orders without their standard cost', async () => {
    const { supplier, order, items } = await placedPurchaseOrder(stack);
    const lines = `query ($id: ID!) { purchaseOrder(id: $id) { lines { item { sku name unitOfMeasure } } } }`;
    expect((await stack.query(lines, { id: order.id }, asSupplier(supplier.id))).data.purchaseOrder.lines).toEqual([
      { item: { sku: items[0]!.sku, name: expect.any(String), unitOfMeasure: 'EA' } },
    ]);
    const costly = `query ($id: ID!) { purchaseOrder(id: $id) { lines { item { sku standardCost } } } }`;
    expect((await stack.query(costly, { id: order.id }, { role: 'buyer' })).data.purchaseOrder.lines[0].item.standardCost).toBe(2);
    const refused = await stack.query(costly, { id: order.id }, asSupplier(supplier.id));
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(refused.data)).not.toContain('standardCost');
  });

  it('closes to suppliers every field not opened to the portal, in every system, roots and entity fields alike', async () => {
    const { supplier, order, items } = await placedPurchaseOrder(stack);
    const closed = [
      '{ salesOrders { totalCount } }',
      '{ customers { id } }',
      '{ items { sku } }',
      `{ item(id: "${items[0]!.id}") { sku } }`,
      '{ sites { name } }',
      '{ stockBalances { quantity } }',
      '{ workOrders { totalCount } }',
      '{ nonconformances { totalCount } }',
      '{ transferOrders { totalCount } }',
      '{ livePlan { id } }',
      '{ customerInvoices { totalCount } }',
      '{ recentEvents(first: 1) { type } }',
      '{ mutationAudit(first: 1) { totalCount } }',
      `{ purchaseOrder(id: "${order.id}") { receipts { id } lines { item { stockOnHand openDemand } } } }`,
    ];
    for (const query of closed) {
      const refused = await stack.query(query, {}, asSupplier(supplier.id));
      expect(refused.errors?.length, query).toBeGreaterThan(0);
      expect(new Set(codes(refused)), query).toEqual(new Set(['FORBIDDEN']));
    }
    const company = await stack.query('{ salesOrders { totalCount } sites { name } workOrders { totalCount } }', {}, { role: 'executive' });
    expect(company.errors).toBeUndefined();
  });

  it('refuses suppliers the company’s KPIs and events, and serves every company role', async () => {
    const supplier = asSupplier(randomUUID());
    for (const query of ['{ kpiSnapshot(names: [OTIF]) { name } }', '{ recentEvents(first: 1) { type } }']) {
      const refused = await stack.query(query, {}, supplier);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      for (const role of ['executive', 'analyst', 'planner']) expect((await stack.query(query, {}, { role })).errors).toBeUndefined();
    }
  });

  it('gives a supplier its own scorecard from the KPIs, and nobody else’s', async () => {
    const own = randomUUID();
    const supplier = asSupplier(own);
    // Days payable outstanding to it counts too: how the company pays its invoices is the supplier's business as well.
    const supplierKpis = ['DAYS_PAYABLE_OUTSTANDING', 'INCOMING_FIRST_PASS_ACCEPTANCE', 'SUPPLIER_ON_TIME_DELIVERY', 'SUPPLIER_ON_TIME_IN_FULL', 'SUPPLIER_PPM'];
    const tiles = await stack.query('{ kpiSnapshot { name current { value } } kpiDefinitions { name } }', {}, supplier);
    expect(tiles.errors).toBeUndefined();
    expect(tiles.data.kpiSnapshot.map((tile: { name: string }) => tile.name).sort()).toEqual(supplierKpis);
    expect(tiles.data.kpiDefinitions.map((definition: { name: string }) => definition.name).sort()).toEqual(supplierKpis);
    const series = `query ($filter: KpiFilter) { kpi(name: SUPPLIER_ON_TIME_DELIVERY, from: "2026-01-01", to: "2026-01-31", grain: MONTH, filter: $filter) { points { value } } }`;
    expect((await stack.query(series, { filter: { supplierId: own } }, supplier)).errors).toBeUndefined();
    expect((await stack.query(series, {}, supplier)).errors).toBeUndefined();
    const otherSupplier = await stack.query(series, { filter: { supplierId: randomUUID() } }, supplier);
    expect(codes(otherSupplier)).toEqual(['FORBIDDEN']);
    expect(otherSupplier.data ?? null).toBeNull();
    const contributions = `query ($filter: KpiFilter) { kpiContributions(name: SUPPLIER_PPM, from: "2026-01-01", to: "2026-01-31", filter: $filter) { totalCount } }`;
    expect(codes(await stack.query(contributions, { filter: { supplierId: randomUUID() } }, supplier))).toEqual(['FORBIDDEN']);
    expect(codes(await stack.query(`{ kpi(name: OTIF, from: "2026-01-01", to: "2026-01-31") { points { value } } }`, {}, supplier))).toEqual(['FORBIDDEN']);
  });
});

describe('site-scoped users', () => {
  it('see their sites’ orders and KPIs only, and nothing not opened to them', async () => {
    const [north, south] = [await createSite(stack), await createSite(stack)];
    const customer = await createCustomer(stack);
    const item = await createItem(stack);
    const northOrder = await createSalesOrder(stack, { customerId: customer.id, siteId: north.id }, [{ itemId: item.id, quantity: 5 }]);
    const southOrder = await createSalesOrder(stack, { customerId: customer.id, siteId: south.id }, [{ itemId: item.id, quantity: 7 }]);
    const northPlanner = { role: 'planner', sites: [north.id] };
    const orders = `query ($filter: SalesOrderFilter) { salesOrders(filter: $filter, first: 200) { totalCount items { id site { id } customer { name } lines { quantity item { sku } } } } }`;
    const filter = { customerId: customer.id };
    const seen = (await stack.query(orders, { filter }, northPlanner)).data.salesOrders;
    expect(seen.items.map((order: { id: string }) => order.id)).toEqual([northOrder.id]);
    expect(seen.items[0]).toMatchObject({ site: { id: north.id }, customer: { name: 'Test customer' }, lines: [{ quantity: 5, item: { sku: item.sku } }] });
    expect((await stack.query(orders, { filter: { ...filter, siteId: south.id } }, northPlanner)).data.salesOrders.totalCount).toBe(0);
    expect((await stack.query(orders, { filter: { ...filter, siteId: south.id } }, { role: 'planner' })).data.salesOrders.items.map((order: { id: string }) => order.id)).toEqual([southOrder.id]);
    expect((await stack.query(orders, { filter }, { role: 'planner' })).data.salesOrders.totalCount).toBe(2);
    const one = `query ($id: ID!, $number: String!) { salesOrder(id: $id) { id } salesOrderByNumber(number: $number) { id } }`;
    expect((await stack.query(one, { id: southOrder.id, number: southOrder.number }, northPlanner)).data).toEqual({ salesOrder: null, salesOrderByNumber: null });
    expect((await stack.query(one, { id: northOrder.id, number: northOrder.number }, northPlanner)).data).toEqual({ salesOrder: { id: northOrder.id }, salesOrderByNumber: { id: northOrder.id } });

    const snapshot = await stack.query('{ kpiSnapshot { name } }', {}, northPlanner);
    expect(snapshot.errors).toBeUndefined();
    // Every KPI is measured per site, so the dashboard is whole, for the north plant.
    expect(snapshot.data.kpiSnapshot.length).toBe((await stack.query('{ kpiDefinitions { name } }')).data.kpiDefinitions.length);
    const otif = `query ($filter: KpiFilter) { kpi(name: OTIF, from: "2026-01-01", to: "2026-01-31", grain: MONTH, filter: $filter) { points { value } } }`;
    expect((await stack.query(otif, {}, northPlanner)).errors).toBeUndefined();
    expect(codes(await stack.query(otif, { filter: { siteId: south.id } }, northPlanner))).toEqual(['FORBIDDEN']);
    expect(codes(await stack.query(otif, {}, { role: 'planner', sites: [north.id, south.id] }))).toEqual(['BAD_USER_INPUT']);

    for (const query of ['{ stockBalances { quantity } }', '{ purchaseOrders { totalCount } }', '{ workOrders { totalCount } }', '{ recentEvents(first: 1) { type } }', '{ customers { id } }']) {
      expect(new Set(codes(await stack.query(query, {}, northPlanner))), query).toEqual(new Set(['FORBIDDEN']));
    }
    const write = await stack.query(`mutation ($id: ID!) { confirmSalesOrder(id: $id) { id } }`, { id: northOrder.id }, northPlanner);
    expect(codes(write)).toEqual(['FORBIDDEN']);
    expect((await stack.query(`query ($id: ID!) { salesOrder(id: $id) { status } }`, { id: northOrder.id })).data.salesOrder.status).toBe('DRAFT');
  });
});

describe('the audit log', () => {
  const audit = `query ($filter: MutationAuditFilter) { mutationAudit(filter: $filter, first: 10) {
    totalCount items { system operationName fields userId roles variablesDigest outcome errorCodes }
  } }`;
  const createSite = 'mutation CreateSite($input: CreateSiteInput!) { createSite(input: $input) { id } }';

  it('records who sent each mutation, as what, a digest of its variables and its outcome; admins only may read it', async () => {
    const input = { code: `AUD-${Date.now() % 1e8}`, name: 'Audited plant', timeZone: 'Europe/Berlin' };
    expect((await stack.query(createSite, { input }, { role: 'planner' })).errors).toBeUndefined();
    const bad = { code: `BAD-${Date.now() % 1e8}`, name: 'Nowhere', timeZone: 'Mars/Olympus' };
    expect((await stack.query(createSite, { input: bad }, { role: 'buyer' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const records = (await stack.query(audit, { filter: { system: 'erp' } }, { role: 'admin' })).data.mutationAudit;
    const digest = (variables: unknown) => createHash('sha256').update(JSON.stringify(variables)).digest('hex');
    expect(records.items.slice(0, 2)).toEqual([
      { system: 'erp', operationName: 'CreateSite', fields: ['createSite'], userId: 'stack-buyer', roles: ['buyer'], variablesDigest: digest({ input: { code: bad.code, name: bad.name, timeZone: bad.timeZone } }), outcome: 'REFUSED', errorCodes: ['BAD_USER_INPUT'] },
      { system: 'erp', operationName: 'CreateSite', fields: ['createSite'], userId: 'stack-planner', roles: ['planner'], variablesDigest: digest({ input }), outcome: 'SUCCEEDED', errorCodes: [] },
    ]);
    expect((await stack.query(audit, { filter: { userId: 'stack-buyer', outcome: 'REFUSED' } }, { role: 'admin' })).data.mutationAudit.totalCount).toBeGreaterThanOrEqual(1);
    for (const role of ['planner', 'executive', 'analyst']) {
      const refused = await stack.query(audit, {}, { role });
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
