import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { open as openPage, startControlTower, startTimeoutMs, type ControlTower } from './harness.ts';
import { describeProductionPages } from './production.pages.ts';

/** The production pages on their own, until pages.e2e.spec.ts calls describeProductionPages with its tower. */

let tower: ControlTower;
let page: Page;

beforeAll(async () => {
  tower = await startControlTower({ days: 40 }, { project: true });
  page = await tower.browser.newPage({ viewport: { width: 1360, height: 900 } });
}, startTimeoutMs);

afterAll(async () => {
  await tower?.stop();
});

describeProductionPages({ page: () => page, open: (path) => openPage(page, tower.baseUrl, path), stack: () => tower.stack });
