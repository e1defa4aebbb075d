import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The shipments pages in Chromium over the demo company: transport orders on
 * their way with their ETA against the date promised to the customer (late
 * ones marked), the delivered ones, a transport order's milestones, and bad
 * parameters answered as form problems or a 404.
 */
export function describeShipmentsPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  interface TransportOrder {
    id: string;
    number: string;
    eta: string | null;
    promisedDate: string | null;
    late: boolean;
    milestones: { milestone: string }[];
  }
  let onTheirWay: { totalCount: number; items: TransportOrder[] };
  let deliveredCount: number;

  const page = () => ui.page();
  const texts = (selector: string) => page().locator(selector).allTextContents();
  const unknownId = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    const facts = await ui.stack().query<{ moving: typeof onTheirWay; delivered: { totalCount: number } }>(
      `{ moving: transportOrders(filter: { status: [PLANNED, PICKED_UP, IN_TRANSIT, ARRIVED] }, first: 50) { totalCount items { id number eta promisedDate late milestones { milestone } } }
         delivered: transportOrders(filter: { status: [DELIVERED] }, first: 1) { totalCount } }`,
    );
    onTheirWay = facts.data!.moving;
    deliveredCount = facts.data!.delivered.totalCount;
  });

  describe('shipments in transit', () => {
    it('lists every transport order on its way with its ETA against the promised date, the late ones marked', async () => {
      expect(onTheirWay.totalCount).toBeGreaterThan(0);
      expect((await ui.open('/shipments'))?.status()).toBe(200);
      expect(await page().locator('h1').textContent()).toBe('Shipments in transit');
      const rows = page().locator('[data-testid=shipments] tbody tr');
      expect(await rows.count()).toBe(Math.min(50, onTheirWay.totalCount));
      expect(await texts('[data-testid=shipments] tbody td:first-child')).toEqual(onTheirWay.items.map((order) => order.number));
      expect(await page().getByTestId('range').textContent()).toBe(`1–${Math.min(50, onTheirWay.totalCount)} of ${onTheirWay.totalCount}`);
      for (const [index, order] of onTheirWay.items.entries()) {
        const row = rows.nth(index);
        expect(await row.getByTestId('eta').textContent()).toMatch(order.eta ? /UTC$/ : /^—$/);
        expect(await row.getByTestId('promised').textContent()).toMatch(order.promisedDate ? /\d{4}$/ : /^—$/);
        const verdict = (await row.getByTestId('against-promise').textContent())!;
        expect(verdict).toMatch(order.late ? /^\d+ days? late$/ : /^(on time|—)$/);
        expect(((await row.getByTestId('against-promise').getAttribute('class')) ?? '').split(' ').includes('late')).toBe(order.late);
      }
      const late = onTheirWay.items.filter((order) => order.late).length;
      expect(await page().getByTestId('summary').textContent()).toBe(`${onTheirWay.totalCount} transport orders · ${late} on this page expected after their promised date`);
    });

    it('opens a transport order with its milestones and the ETA each left', async () => {
      const moving = onTheirWay.items.find((order) => order.milestones.length > 0)!;
      expect(moving, 'a transport order that has left').toBeDefined();
      await ui.open('/shipments');
      await page().locator('[data-testid=shipments] tbody a', { hasText: moving.number }).click();
      await page().waitForURL(new RegExp(`/shipments/${moving.id}$`));
      await page().getByTestId('milestones').waitFor();
      expect(await page().locator('h1').textContent()).toContain(moving.number);
      const milestones = await texts('[data-testid=milestones] li');
      expect(milestones).toHaveLength(moving.milestones.length);
      for (const [index, entry] of moving.milestones.entries()) expect(milestones[index]).toMatch(new RegExp(`^${entry.milestone.toLowerCase().replaceAll('_', ' ')} .+ UTC`));
      expect(await page().getByTestId('eta').textContent()).toMatch(moving.late ? /· \d+ days? late/ : /· on time|UTC\s*$/);
      expect(await page().locator('[data-testid=goods] tbody tr').count()).toBeGreaterThan(0);
    });

    it('lists the delivered ones with their proof of delivery', async () => {
      expect(deliveredCount).toBeGreaterThan(0);
      await ui.open('/shipments');
      await page().getByRole('link', { name: 'Delivered' }).click();
      await page().waitForURL(/show=delivered/);
      expect(await page().getByTestId('range').textContent()).toBe(`1–${Math.min(50, deliveredCount)} of ${deliveredCount}`);
      for (const status of await texts('[data-testid=shipments] tbody .badge')) expect(status).toBe('delivered');
      await page().locator('[data-testid=shipments] tbody td:first-child a').first().click();
      await page().getByTestId('proof').waitFor();
      expect(await page().getByTestId('proof').textContent()).toMatch(/Signed by/);
    });
  });

  describe('bad parameters', () => {
    it('answers a list and a page that are not ones with form problems, not errors', async () => {
      const response = await ui.open('/shipments?show=%3Cscript%3E&page=abc');
      expect(response?.status()).toBe(200);
      expect(await texts('[data-testid=form-problems] li')).toEqual(['“<script>” is not a list of shipments; showing those in transit.', '“abc” is not a page number; showing the first page.']);
      expect(await page().locator('[data-testid=shipments] tbody tr').count()).toBe(Math.min(50, onTheirWay.totalCount));

      expect((await ui.open('/shipments?show=delivered&page=999'))?.status()).toBe(200);
      expect((await texts('[data-testid=form-problems] li')).join(' ')).toMatch(/There is no page 999; showing page \d+, the last\./);
      const [, last, total] = /^\d+–(\d+) of (\d+)$/.exec((await page().getByTestId('range').textContent())!)!;
      expect(last).toBe(total);
    });

    it('is a 404 for an unknown or malformed transport order id', async () => {
      expect((await ui.open(`/shipments/${unknownId}`))?.status()).toBe(404);
      expect((await ui.open('/shipments/TO-nope'))?.status()).toBe(404);
      expect(await page().locator('[role=alert]').textContent()).toContain('There is no transport order with that id.');
    });
  });

  describe('quality on the shipments pages', () => {
    const pages = () => ['/shipments', '/shipments?show=delivered', `/shipments/${onTheirWay.items[0]!.id}`];

    itIsAccessibleAndNarrow(page, ui.open, pages);
  });
}
