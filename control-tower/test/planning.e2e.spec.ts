import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openPage, startControlTower, startTimeoutMs, type ControlTower } from './harness.ts';

/**
 * The planner's pages in Chromium on a short demo history: the live schedule
 * on the Gantt chart, an operation dragged and weighed before commit, a rush
 * order evaluated, the MRP grid and the scenarios.
 */

let tower: ControlTower;
let page: Page;

beforeAll(async () => {
  tower = await startControlTower({ days: 5 });
  page = await tower.browser.newPage({ viewport: { width: 1360, height: 900 } });
}, startTimeoutMs);

afterAll(async () => {
  await tower?.stop();
});

const open = (path: string) => openPage(page, tower.baseUrl, path);

describe('planning in the control tower', { timeout: 300_000 }, () => {
  it('shows the live schedule with its now line and frozen zone, and weighs a dragged operation before committing it', async () => {
    await open('/planning');
    await page.waitForSelector('[data-testid=gantt]');
    const operations = page.locator('[data-testid=gantt] [data-testid=operation]');
    expect(await operations.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=now-line]').count()).toBe(1);
    expect(await page.locator('[data-testid=frozen-zone]').count()).toBe(1);

    // The operation furthest right is outside the frozen zone; drag it two hours' worth of pixels later.
    const boxes = await operations.evaluateAll((nodes) => nodes.map((node) => (node.querySelector('.run') as SVGRectElement).getBoundingClientRect().toJSON() as DOMRect));
    const last = boxes.reduce((best, box, index) => (box.x > boxes[best]!.x ? index : best), 0);
    const box = boxes[last]!;
    const [x, y] = [box.x + Math.min(box.width / 2, 5), box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y, { steps: 8 });
    await page.mouse.up();
    const impact = page.locator('[data-testid=move-impact]');
    await impact.waitFor();
    const text = await impact.innerText();
    // Either the engine refuses the drop with its reason, or the what-if says what it changes and offers the commit.
    expect(text).toMatch(/^(The move is refused: .+|If moved: late work orders [+-]?\d+)/);
    if (await page.locator('[data-testid=commit-move]').count()) {
      await page.locator('[data-testid=commit-move]').click();
      await page.waitForSelector('[data-testid=committed]');
    }
  });

  it('evaluates a rush order in the dialog and shows its impact', async () => {
    await open('/planning');
    await page.locator('details.rush summary').click();
    await page.locator('[data-testid=rush-form] input[name=quantity]').fill('5');
    await page.locator('[data-testid=rush-form] button[type=submit]').click();
    await page.waitForSelector('[data-testid=rush-impact], [data-testid=rush-refused]');
    const impact = page.locator('[data-testid=rush-impact]');
    if (await impact.count()) expect(await impact.innerText()).toMatch(/Earliest possible: \d{4}-\d{2}-\d{2}/);
    else expect(await page.locator('[data-testid=rush-refused]').innerText()).toMatch(/routing|schedule/);
  });

  it('shows the MRP grid of an item and the scenarios', async () => {
    await open('/planning/mrp');
    const grid = page.locator('[data-testid=mrp-grid]');
    await grid.waitFor();
    expect(await grid.locator('tbody tr').count()).toBe(6);
    await open('/planning/scenarios');
    expect(await page.locator('[data-testid=scenarios] tbody tr').count()).toBeGreaterThan(0);
  });
});
