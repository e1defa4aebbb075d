import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { open as openPage, startControlTower, startTimeoutMs, type ControlTower } from './harness.ts';
import { describePurchasingPages } from './purchasing.pages.ts';

/** Starts the tower as pages.e2e.spec.ts does and runs the purchasing pages' checks, until they join that spec. */

let tower: ControlTower;
let page: Page;

beforeAll(async () => {
  // Forty days give every KPI this month and the last while keeping the start short.
  tower = await startControlTower({ days: 40 }, { project: true });
  page = await tower.browser.newPage({ viewport: { width: 1360, height: 900 } });
}, startTimeoutMs);

afterAll(async () => {
  await tower?.stop();
});

describePurchasingPages({ page: () => page, open: (path) => openPage(page, tower.baseUrl, path), stack: () => tower.stack });
