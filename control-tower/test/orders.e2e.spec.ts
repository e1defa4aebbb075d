import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';

/**
 * The control tower as a planner uses it: the built app, served by node,
 * talking to the real router over HTTP, driven by Debian's Chromium.
 */

const appDir = new URL('..', import.meta.url).pathname;
const screenshots = new URL('./screenshots/', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the app's server says it is listening (adapter-node prints `Listening on …`); fails if it exits first. */
function listening(app: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    createInterface({ input: app.stdout! }).on('line', (line) => {
      console.log(line);
      if (line.startsWith('Listening on')) resolve();
    });
    app.once('exit', (code) => reject(new Error(`the control tower exited with ${code} before listening`)));
  });
}

let stack: Stack;
let app: ChildProcess;
let browser: Browser;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  const build = spawnSync('npx', ['vite', 'build'], { cwd: appDir, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`control tower build failed:\n${build.stderr}`);
  stack = await startStack({ seed: 'demo', pollIntervalMs: 3_600_000 });
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, ['build/index.js'], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PLEXUS_ROUTER_URL: stack.routerUrl, PLEXUS_ISSUER_URL: stack.issuerUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await listening(app);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  app?.kill('SIGTERM');
  await stack?.stop();
});

/** Opens a page and waits until it is hydrated: the app's handlers are attached only then. */
async function open(path: string) {
  const response = await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('html[data-hydrated]');
  return response;
}

describe('the control tower in Chromium', () => {
  it('lists orders, filters them by status, sorts and pages', async () => {
    await open('/orders');
    const rows = page.locator('[data-testid=orders] tbody tr');
    await expect.poll(() => rows.count()).toBe(25);
    const range = await page.getByTestId('range').textContent();
    expect(range).toMatch(/^1–25 of (\d+)$/);
    expect(Number(range!.split(' of ')[1])).toBeGreaterThan(250);

    await page.selectOption('select[name=status]', 'SHIPPED');
    await page.click('button[type=submit]');
    await page.waitForURL(/status=SHIPPED/);
    const statuses = await page.locator('[data-testid=orders] tbody tr .badge').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['shipped']));

    await page.click('th a:has-text("Due")');
    await page.waitForURL(/sort=DUE_DATE&dir=ASC/);
    await page.click('a[rel=next]');
    await page.waitForURL(/page=2/);
    expect(await page.getByTestId('range').textContent()).toMatch(/^26–50 of/);
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
    expect(lanes).toEqual(['CRM', 'WMS']);
    await page.screenshot({ path: `${screenshots}order.png`, fullPage: true });
    await page.getByTestId('timeline').screenshot({ path: `${screenshots}timeline.png` });
  });

  it('shows a readable error for an order that does not exist', async () => {
    const response = await open('/orders/not-an-order');
    expect(response?.status()).toBe(404);
    expect(await page.locator('[role=alert]').textContent()).toContain('There is no order with that id.');
  });
});
