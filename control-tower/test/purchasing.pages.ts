import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The purchasing pages in Chromium over the demo company: the overview's
 * purchase orders and suppliers, a purchase order with its lines and receipts,
 * a supplier's scorecard and trend, 404s, and the supplier KPI's drill-down
 * landing here. The caller starts the tower (projected, so the trend has data).
 */
export function describePurchasingPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  // The received order due longest ago: its lines fall inside the supplier's 90-day scorecard, and due before today.
  let received: { id: string; number: string; supplier: { id: string; name: string } };
  let receivedCount: number;

  beforeAll(async () => {
    const facts = await ui.stack().query<{ purchaseOrders: { totalCount: number; items: (typeof received)[] } }>(
      `{ purchaseOrders(filter: { status: [RECEIVED] }, sort: { field: REQUESTED_DATE, direction: ASC }, first: 1) {
           totalCount items { id number supplier { id name } } } }`,
    );
    receivedCount = facts.data!.purchaseOrders.totalCount;
    received = facts.data!.purchaseOrders.items[0]!;
  });

  const page = () => ui.page();
  const texts = (selector: string) => page().locator(selector).allTextContents();

  describe('the purchasing overview', () => {
    it('lists purchase orders, newest first, beside the suppliers they are placed with', async () => {
      const response = await ui.open('/purchasing');
      expect(response?.status()).toBe(200);
      expect(await page().locator('[role=status]').count()).toBe(0);
      const rows = await page().locator('[data-testid=purchase-orders] tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(50);
      for (const number of await texts('[data-testid=purchase-orders] tbody th')) expect(number).toMatch(/^PO-\d{4}-\d+$/);
      const firstRow = page().locator('[data-testid=purchase-orders] tbody tr').first();
      expect(await firstRow.locator('td').last().textContent()).toMatch(/\d/);
      expect(await page().locator('[data-testid=suppliers] tbody tr').count()).toBeGreaterThan(0);
      for (const orderable of await texts('[data-testid=suppliers] tbody td:last-child')) expect(orderable).toMatch(/^(yes|no(: .+)?)$/);
    });

    it('filters by status and pages 50 at a time', async () => {
      expect(receivedCount).toBeGreaterThan(0);
      await ui.open('/purchasing');
      await page().click('nav[aria-label="Purchase orders by status"] a:text-is("received")');
      await page().waitForURL(/status=RECEIVED/);
      expect(await page().getByTestId('range').textContent()).toBe(`1–${Math.min(50, receivedCount)} of ${receivedCount}`);
      expect(new Set(await texts('[data-testid=purchase-orders] tbody .badge'))).toEqual(new Set(['received']));
      await ui.open('/purchasing');
      const all = Number((await page().getByTestId('range').textContent())!.split(' of ')[1]);
      if (all > 50) {
        await page().click('.pager a[rel=next]');
        await page().waitForURL(/page=2/);
        expect(await page().getByTestId('range').textContent()).toBe(`51–${Math.min(100, all)} of ${all}`);
      }
    });

    it('answers a status and a page that are not ones with problems, not errors', async () => {
      const response = await ui.open('/purchasing?status=LOST&page=999');
      expect(response?.status()).toBe(200);
      const problems = (await texts('[data-testid=form-problems] li')).join(' ');
      expect(problems).toContain('“LOST” is not a purchase order status');
      expect(problems).toMatch(/There is no page 999; showing page \d+, the last\./);
    });
  });

  describe('a purchase order', () => {
    it('opens from the overview with its facts and lines', async () => {
      await ui.open('/purchasing');
      const link = page().locator('[data-testid=purchase-orders] tbody th a').first();
      const number = (await link.textContent())!.trim();
      await link.click();
      await page().waitForURL(/\/purchasing\/[0-9a-f-]{36}$/);
      await page().waitForSelector('[data-testid=lines]');
      expect(await page().locator('h1').textContent()).toContain(number);
      expect(await page().locator('[data-testid=lines] tbody tr').count()).toBeGreaterThan(0);
      expect(await page().locator('[data-testid=purchase-order-facts] a[href^="/purchasing/suppliers/"]').count()).toBe(1);
    });

    it('shows what the warehouse received against a received order', async () => {
      const response = await ui.open(`/purchasing/${received.id}`);
      expect(response?.status()).toBe(200);
      expect(await page().locator('h1').textContent()).toContain(received.number);
      expect(await page().locator('[data-testid=receipts] tbody tr').count()).toBeGreaterThan(0);
      for (const row of await page().locator('[data-testid=lines] tbody tr').all()) {
        expect(Number((await row.locator('td').nth(2).textContent())!.replace(/[^\d.]/g, ''))).toBeGreaterThan(0);
      }
    });

    it('is a 404 for an id nobody knows and for one that is not an id', async () => {
      for (const path of ['/purchasing/00000000-0000-4000-8000-000000000000', '/purchasing/not-an-id', '/purchasing/suppliers/00000000-0000-4000-8000-000000000000', '/purchasing/suppliers/nope']) {
        const response = await ui.open(path);
        expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
        expect(await page().locator('[role=alert]').textContent()).toMatch(/There is no (purchase order|supplier) with that id\./);
      }
    });
  });

  describe('a supplier', () => {
    it('opens from its purchase order with its scorecard in numbers, certificates and open orders', async () => {
      await ui.open(`/purchasing/${received.id}`);
      await page().click('[data-testid=purchase-order-facts] a[href^="/purchasing/suppliers/"]');
      await page().waitForURL(new RegExp(`/purchasing/suppliers/${received.supplier.id}$`));
      await page().waitForSelector('[data-testid=scorecard]');
      expect(await page().locator('h1').textContent()).toContain(received.supplier.name);
      expect(Number(/^\d+/.exec((await page().getByTestId('lines-due').textContent())!)?.[0])).toBeGreaterThan(0);
      expect(await page().getByTestId('on-time-delivery').textContent()).toMatch(/^\d+(\.\d)?\s?%$/);
      expect(await page().getByTestId('on-time-in-full').textContent()).toMatch(/^\d+(\.\d)?\s?%$/);
      expect(await page().getByTestId('ppm').textContent()).toMatch(/^[\d,]+ ppm$/);
      for (const reasons of await texts('[data-testid=failed-lines] [data-testid=reasons]')) expect(reasons).toMatch(/^(late|short|not received)(, (late|short|not received))*$/);
      expect(await page().locator('[data-testid=certificates], [data-testid=no-certificates]').count()).toBe(1);
      expect(await page().locator('[data-testid=open-orders], [data-testid=no-open-orders]').count()).toBe(1);
    });

    it('draws its on-time delivery trend, and a point scores that period', async () => {
      await ui.open(`/purchasing/suppliers/${received.supplier.id}?grain=MONTH`);
      expect(await page().locator('[data-testid=series-current] circle').count()).toBe(12);
      expect(await page().locator('[data-testid=series-current] path').getAttribute('d')).toMatch(/^M/);
      // The last period that has deliveries: early on the first of a month, this month has none yet.
      const last = page().locator('[data-testid=series-current] a:has(circle:not(.empty))').last();
      await last.click();
      await page().waitForURL(/grain=MONTH&period=\d{4}-\d{2}-01$/);
      await page().waitForSelector('[data-testid=series-current] a[aria-current=true]');
      expect(await page().locator('#scorecard-title').textContent()).not.toContain('90 days');
    });

    it('links every failed line to a purchase order page that opens', async () => {
      await ui.open(`/purchasing/suppliers/${received.supplier.id}`);
      const hrefs = await page().locator('[data-testid=failed-lines] tbody a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      for (const href of [...new Set(hrefs)].slice(0, 3)) {
        expect((await ui.open(href))?.status()).toBe(200);
        expect(await page().locator('[data-testid=lines] tbody tr').count()).toBeGreaterThan(0);
      }
    });
  });

  describe('the supplier on-time delivery drill-down', () => {
    it('opens a purchasing page for every record it links', async () => {
      await ui.open('/kpi/supplier-on-time-delivery?records=all&grain=MONTH');
      const hrefs = await page().locator('[data-testid=contributions] tbody a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of [...new Set(hrefs)].slice(0, 5)) {
        expect(href).toMatch(/^\/purchasing\/[0-9a-f-]{36}$/);
        const response = await ui.open(href);
        expect({ href, status: response?.status() }).toEqual({ href, status: 200 });
        expect(await page().locator('[data-testid=lines] tbody tr').count()).toBeGreaterThan(0);
      }
    });
  });

  describe('quality on the purchasing pages', () => {
    const paths = () => ['/purchasing', `/purchasing/${received.id}`, `/purchasing/suppliers/${received.supplier.id}`];

    itIsAccessibleAndNarrow(page, ui.open, paths);
  });
}
