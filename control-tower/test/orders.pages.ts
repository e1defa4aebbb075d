import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openPage, type ControlTower } from './harness.ts';

/**
 * The control tower as a planner uses it: the orders list, an order's
 * timeline across systems, acting on an order, and the demo supplier user.
 * Called from a spec that has started the control tower; a page of its own,
 * signed in as nobody in particular (the demo planner).
 */
export function describeOrdersPages(ui: { tower: () => ControlTower }): void {
  const screenshots = new URL('./screenshots/', import.meta.url).pathname;
  let page: Page;
  const { tower } = ui;
  const open = (path: string) => openPage(page, tower().baseUrl, path);

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    page = await tower().browser.newPage({ viewport: { width: 1360, height: 900 } });
  });

  afterAll(async () => {
    await page?.close();
  });

  describe('the orders pages', () => {
    it('lists orders, filters them by status, sorts and pages', async () => {
      await open('/orders');
      const rows = page.locator('[data-testid=orders] tbody tr');
      await expect.poll(() => rows.count()).toBe(25);
      const range = await page.getByTestId('range').textContent();
      expect(range).toMatch(/^1–25 of (\d+)$/);
      expect(Number(range!.split(' of ')[1])).toBeGreaterThan(75);

      await page.click('th a:has-text("Due")');
      await page.waitForURL(/sort=DUE_DATE&dir=ASC/);
      await page.click('a[rel=next]');
      await page.waitForURL(/page=2/);
      expect(await page.getByTestId('range').textContent()).toMatch(/^26–50 of/);

      await page.selectOption('select[name=status]', 'SHIPPED');
      await page.click('button[type=submit]');
      await page.waitForURL(/status=SHIPPED/);
      const statuses = await page.locator('[data-testid=orders] tbody tr .badge').allTextContents();
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['shipped']));
      await page.screenshot({ path: `${screenshots}orders.png`, fullPage: true });
    });

    it('shows an empty state when nothing matches', async () => {
      await open('/orders?dueFrom=2099-01-01');
      await expect.poll(() => page.getByTestId('empty').isVisible()).toBe(true);
    });

    it('opens an order and draws its timeline across systems', async () => {
      await open('/orders?status=SHIPPED');
      await page.locator('[data-testid=orders] tbody tr a').first().click();
      await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator('[data-testid=lines] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=shipments] tbody tr').count()).toBeGreaterThan(0);
      const markers = page.locator('[data-testid=timeline] g.event');
      expect(await markers.count()).toBeGreaterThanOrEqual(5);
      const types = await markers.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-type')));
      expect(types).toEqual(expect.arrayContaining(['crm.SalesOrderPlaced', 'wms.ShipmentShipped']));
      const lanes = await page.locator('[data-testid=timeline] .lanes text').allTextContents();
      // Every system that told the stream about the order has a lane; an order shipped went through crm and wms at least.
      expect(lanes).toEqual(expect.arrayContaining(['CRM', 'WMS']));
      await page.screenshot({ path: `${screenshots}order.png`, fullPage: true });
      await page.getByTestId('timeline').screenshot({ path: `${screenshots}timeline.png` });
    });

    it('shows a readable error for an order that does not exist', async () => {
      const response = await open('/orders/not-an-order');
      expect(response?.status()).toBe(404);
      expect(await page.locator('[role=alert]').textContent()).toContain('There is no order with that id.');
    });
  });

  describe('a planner acting on orders', () => {
    /** A new draft order of the demo company, placed through the graph as a planner would. */
    async function draftOrder() {
      const facts = await tower().stack.query<{ customers: { id: string }[]; sites: { id: string }[]; items: { id: string }[] }>(
        '{ customers(first: 1) { id } sites { id } items(filter: { type: FG }, first: 1) { id } }',
      );
      const { customers, sites, items } = facts.data!;
      const placed = await tower().stack.query<{ createSalesOrder: { id: string } }>(
        `mutation ($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { id } }`,
        { input: { customerId: customers[0]!.id, siteId: sites[0]!.id, lines: [{ itemId: items[0]!.id, quantity: 3, unitPrice: 12, requestedDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) }] } },
      );
      return placed.data!.createSalesOrder;
    }

    it('confirms, promises and cancels from the order page, each offered only when the order allows it', async () => {
      const order = await draftOrder();
      await open(`/orders/${order.id}`);
      const actions = page.getByTestId('order-actions');
      expect(await actions.locator('button').allTextContents()).toEqual(['Confirm order', 'Promise', 'Cancel order']);

      await actions.locator('button:has-text("Confirm order")').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe('The order is confirmed.');
      expect(await page.locator('h1 .badge').textContent()).toBe('confirmed');
      expect(await actions.locator('button').allTextContents()).toEqual(['Promise', 'Ship', 'Cancel order']);

      const promised = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
      await actions.locator('input[name=promisedDate]').fill(promised);
      await actions.locator('button:has-text("Promise")').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe(`Open lines are promised for ${promised}.`);

      await actions.locator('input[name=reason]').fill('Customer found another source');
      await actions.locator('select[name=requestedBy]').selectOption('CUSTOMER');
      await actions.locator('button:has-text("Cancel order")').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe('The order is cancelled.');
      expect(await page.locator('h1 .badge').textContent()).toBe('cancelled');
      expect(await page.getByTestId('order-actions').count()).toBe(0);
      const stored = await tower().stack.query<{ salesOrder: { status: string; promisedDate: string } }>(`query ($id: ID!) { salesOrder(id: $id) { status promisedDate } }`, { id: order.id });
      expect(stored.data!.salesOrder).toEqual({ status: 'CANCELLED', promisedDate: promised });
    });

    it('offers an executive signed in on the sign-in page nothing, and refuses a forced action with the system’s reason', async () => {
      const order = await draftOrder();
      const executive = await tower().browser.newContext();
      const executivePage = await executive.newPage();
      try {
        await openPage(executivePage, tower().baseUrl, '/sign-in');
        await executivePage.locator('button[value=demo-executive]').click();
        await executivePage.waitForURL(`${tower().baseUrl}/`);
        expect((await executive.cookies()).find((cookie) => cookie.name === 'plexus_demo_user')?.value).toBe('demo-executive');
        await openPage(executivePage, tower().baseUrl, `/orders/${order.id}`);
        expect(await executivePage.getByTestId('order-actions').count()).toBe(0);
        const forced = await executivePage.request.post(`${tower().baseUrl}/orders/${order.id}?/confirm`, {
          form: { idempotencyKey: 'forced-confirm' },
          headers: { origin: tower().baseUrl, accept: 'application/json' },
        });
        const answer = JSON.parse((await forced.json()).data) as unknown[];
        expect(JSON.stringify(answer)).toContain('may read but not change anything');
        const stored = await tower().stack.query<{ salesOrder: { status: string } }>(`query ($id: ID!) { salesOrder(id: $id) { status } }`, { id: order.id });
        expect(stored.data!.salesOrder.status).toBe('DRAFT');
      } finally {
        await executive.close();
      }
    });

    it('filters the orders list by site', async () => {
      const sites = (await tower().stack.query<{ sites: { id: string }[] }>('{ sites { id } }')).data!.sites;
      const counts = await tower().stack.query<{ salesOrders: { totalCount: number } }>(`query ($siteId: ID) { salesOrders(filter: { siteId: $siteId }) { totalCount } }`, { siteId: sites[0]!.id });
      await open(`/orders?site=${sites[0]!.id}`);
      expect(await page.getByTestId('range').textContent()).toMatch(new RegExp(` of ${counts.data!.salesOrders.totalCount}$`));
      await open('/orders?site=not-a-site');
      expect(await page.locator('[data-testid=form-problems] li').allTextContents()).toEqual([expect.stringContaining('is not a site id')]);
    });
  });

  describe('the demo supplier user', () => {
    it('acts for one of the demo company’s suppliers and sees only its purchase orders', async () => {
      const issued = await fetch(`${tower().stack.issuerUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'demo-supplier' }) });
      const { access_token: token } = (await issued.json()) as { access_token: string };
      const asPortalUser = async <Data>(query: string) => {
        const response = await fetch(tower().stack.routerUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
        return (await response.json()) as { data?: Data; errors?: { extensions?: { code?: string } }[] };
      };
      const own = await asPortalUser<{ viewerSupplier: { id: string } | null; purchaseOrders: { totalCount: number; items: { supplier: { id: string } }[] } }>(
        '{ viewerSupplier { id } purchaseOrders(first: 200) { totalCount items { supplier { id } } } }',
      );
      const supplierId = own.data!.viewerSupplier!.id;
      const all = await tower().stack.query<{ purchaseOrders: { totalCount: number } }>('{ purchaseOrders { totalCount } }', {}, { role: 'buyer' });
      expect(own.data!.purchaseOrders.totalCount).toBeGreaterThan(0);
      expect(own.data!.purchaseOrders.totalCount).toBeLessThan(all.data!.purchaseOrders.totalCount);
      expect(new Set(own.data!.purchaseOrders.items.map((order) => order.supplier.id))).toEqual(new Set([supplierId]));
      expect((await asPortalUser('{ salesOrders { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
}
