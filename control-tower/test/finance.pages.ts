import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openPage, type ControlTower } from './harness.ts';

/**
 * The finance page in Chromium, signed in as the demo finance user, over the
 * demo company's simulated history: receivables and payables aged today,
 * open customer invoices, supplier invoices the three-way match holds, and
 * an invoice's detail. Called from a spec that has started the control tower.
 */
export function describeFinancePages(ui: { tower: () => ControlTower }): void {
  const screenshots = new URL('./screenshots/', import.meta.url).pathname;
  let context: BrowserContext;
  let page: Page;
  const open = (path: string) => openPage(page, ui.tower().baseUrl, path);

  beforeAll(async () => {
    context = await ui.tower().browser.newContext({ viewport: { width: 1360, height: 900 } });
    await context.addCookies([{ name: 'plexus_demo_user', value: 'demo-finance', url: ui.tower().baseUrl }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  describe('the finance page', () => {
    it('ages receivables and payables by customer and supplier, and lists the open invoices', async () => {
      const response = await open('/finance');
      expect(response?.status()).toBe(200);
      expect(await page.locator('[role=status]').count()).toBe(0);
      const arRows = await page.locator('[data-testid=ar-ageing] tbody tr').count();
      expect(arRows).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=ap-ageing] tbody tr').count()).toBeGreaterThan(0);
      const total = await page.locator('[data-testid=ar-ageing] tfoot td').last().textContent();
      expect(Number(total!.replace(/[^\d.]/g, ''))).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=invoices] tbody tr').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${screenshots}finance.png`, fullPage: true });
    });

    it('opens an invoice with its lines, and its order from there', async () => {
      await open('/finance?invoices=all');
      const first = page.locator('[data-testid=invoices] tbody tr th a').first();
      const number = (await first.textContent())!.trim();
      await first.click();
      await page.waitForSelector('[data-testid=invoice-lines]');
      expect(await page.locator('h1').textContent()).toBe(`Invoice ${number}`);
      expect(await page.locator('[data-testid=invoice-lines] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=invoice-facts] a[href^="/orders/"]').count()).toBe(1);
    });

    it('answers an unknown invoice with a 404 page', async () => {
      const response = await open('/finance/invoices/0196a0b0-0000-7000-8000-000000000000');
      expect(response?.status()).toBe(404);
    });
  });
}
