import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The production pages over the demo company: the shop-floor overview, a
 * machine, a work order, and the KPI drill-downs that lead to them. Called
 * from a spec that has started the control tower.
 */
export function describeProductionPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  const unknownId = '00000000-0000-4000-8000-000000000000';
  let machineId: string;
  let workOrderId: string;

  const texts = (selector: string) => ui.page().locator(selector).allTextContents();
  const count = (selector: string) => ui.page().locator(selector).count();

  beforeAll(async () => {
    // A work order that has run: the demo completes most of what it releases.
    const facts = await ui.stack().query<{ workCenters: { machines: { id: string }[] }[]; workOrders: { items: { id: string }[] } }>(
      `{ workCenters { machines { id } } workOrders(status: [COMPLETED], first: 1) { items { id } } }`,
    );
    machineId = facts.data!.workCenters.flatMap((center) => center.machines)[0]!.id;
    workOrderId = facts.data!.workOrders.items[0]!.id;
  });

  describe('the production overview', () => {
    it('lists machines by work center, each with its state and the week’s OEE', async () => {
      expect((await ui.open('/production'))?.status()).toBe(200);
      expect(await count('[data-testid=work-center]')).toBeGreaterThan(0);
      expect(await count('[data-testid=machine]')).toBeGreaterThan(0);
      for (const state of await texts('[data-testid=machine] [data-testid=machine-state]')) {
        expect(state).toMatch(/^(running|in setup|idle|down|planned downtime|off shift)( · .+)?$/);
      }
      const figures = await texts('[data-testid=machine-oee]');
      for (const figure of figures) expect(figure).toMatch(/^(\d+(\.\d)?%|—)$/);
      expect(figures.filter((figure) => figure !== '—').length).toBeGreaterThan(0);
      for (const line of await texts('[data-testid=center-oee]')) expect(line).toMatch(/OEE .+ = availability .+ × performance .+ × quality .+/);
    });

    it('ranks the week’s downtime by reason in bars', async () => {
      await ui.open('/production');
      expect(await count('[data-testid=ranked-bars] g.bar rect')).toBeGreaterThan(0);
      const widths = await ui.page().locator('[data-testid=ranked-bars] g.bar rect').evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))));
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
      expect(widths[0]).toBeGreaterThan(0);
    });

    it('pages the open work orders by 50 and brings page 999 back to the last', async () => {
      await ui.open('/production');
      const rows = await count('[data-testid=work-orders] tbody tr');
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(50);
      for (const status of await texts('[data-testid=work-orders] tbody .badge')) expect(status).toMatch(/^(released|in progress)$/);
      const response = await ui.open('/production?page=999');
      expect(response?.status()).toBe(200);
      expect((await texts('[data-testid=form-problems] li')).join(' ')).toMatch(/There is no page 999; showing page \d+, the last\./);
      const [, last, total] = /^\d+–(\d+) of (\d+)$/.exec((await ui.page().getByTestId('range').textContent())!)!;
      expect(last).toBe(total);
    });
  });

  describe('a machine', () => {
    it('opens from the overview and draws its state timeline as coloured bands', async () => {
      await ui.open('/production');
      await ui.page().locator('[data-testid=machine] a').first().click();
      await ui.page().waitForURL(/\/production\/machines\/[0-9a-f-]{36}$/);
      await ui.page().waitForSelector('[data-testid=state-timeline]');
      expect(await count('[data-testid=state-timeline] rect.band')).toBeGreaterThan(0);
      expect(await ui.page().locator('[data-testid=state-timeline]').getAttribute('aria-label')).toMatch(/h/);
      expect(await count('[data-testid=oee-days] tbody tr')).toBeGreaterThan(0);
      expect(await ui.page().locator('.grain-switch a[aria-current=page]').textContent()).toBe('Last 7 days');
    });

    it('switches the window, and draws telemetry or says there is none', async () => {
      expect((await ui.open(`/production/machines/${machineId}?window=1d`))?.status()).toBe(200);
      expect(await ui.page().locator('.grain-switch a[aria-current=page]').textContent()).toBe('Last day');
      expect(await count('[data-testid=state-timeline] rect.band')).toBeGreaterThan(0);
      const charts = await count('[data-testid=telemetry-chart]');
      if (charts === 0) expect(await ui.page().getByTestId('no-telemetry').textContent()).toContain('no telemetry');
      else expect(await ui.page().locator('[data-testid=telemetry-chart] path.average').first().getAttribute('d')).toMatch(/^M/);

      await ui.open(`/production/machines/${machineId}?window=2y`);
      expect(await texts('[data-testid=form-problems] li')).toEqual([expect.stringContaining('is not a window this page offers')]);
    });

    it('is a 404 for an unknown or malformed id', async () => {
      expect((await ui.open(`/production/machines/${unknownId}`))?.status()).toBe(404);
      expect((await ui.open('/production/machines/not-a-machine'))?.status()).toBe(404);
    });
  });

  describe('a work order', () => {
    it('lists its operations in sequence with their reports and the lots consumed', async () => {
      expect((await ui.open(`/production/work-orders/${workOrderId}`))?.status()).toBe(200);
      const steps = (await texts('[data-testid=operations] tbody tr td:first-child')).map(Number);
      expect(steps.length).toBeGreaterThan(0);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(await count('[data-testid=reports] tbody tr')).toBeGreaterThan(0);
      expect(await count('[data-testid=consumptions] tbody tr')).toBeGreaterThan(0);
    });

    it('is a 404 for an unknown or malformed id', async () => {
      expect((await ui.open(`/production/work-orders/${unknownId}`))?.status()).toBe(404);
      expect((await ui.open('/production/work-orders/WO-nope'))?.status()).toBe(404);
    });
  });

  describe('the KPI drill-downs into production', () => {
    for (const [slug, pattern] of [
      ['first-pass-yield', /^\/production\/work-orders\/[0-9a-f-]{36}$/],
      ['oee', /^\/production\/machines\/[0-9a-f-]{36}$/],
    ] as const) {
      it(`opens the ${slug} records’ pages`, async () => {
        // Last month: early on the first of a month, the plant has reported nothing yet this month.
        const now = new Date();
        const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
        await ui.open(`/kpi/${slug}?records=all&grain=MONTH&period=${lastMonth}`);
        const hrefs = (await ui.page().locator('[data-testid=contributions] tbody a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))).filter(
          (href) => href.startsWith('/production/'),
        );
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of [...new Set(hrefs)].slice(0, 3)) {
          expect(href).toMatch(pattern);
          expect({ href, status: (await ui.open(href))?.status() }).toEqual({ href, status: 200 });
        }
      });
    }
  });

  describe('quality on the production pages', () => {
    const pages = () => ['/production', `/production/machines/${machineId}`, `/production/work-orders/${workOrderId}`];

    itIsAccessibleAndNarrow(ui.page, ui.open, pages);
  });
}
