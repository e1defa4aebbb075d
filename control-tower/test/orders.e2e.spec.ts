import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openPage, startControlTower, startTimeoutMs, type ControlTower } from './harness.ts';

/**
 * The control tower as a planner uses it: the built app, served by node,
 * talking to the real router over HTTP, driven by Debian's Chromium.
 */

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

let tower: ControlTower;
let page: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  // Forty days: a hundred orders, more than four pages of them.
  tower = await startControlTower({ days: 40 });
  page = await tower.browser.newPage({ viewport: { width: 1360, height: 900 } });
}, startTimeoutMs);

afterAll(async () => {
  await tower?.stop();
});

const open = (path: string) => openPage(page, tower.baseUrl, path);

describe('the control tower in Chromium', () => {
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
