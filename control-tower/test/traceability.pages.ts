import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, seriousViolations } from './quality.ts';

interface TracedNode {
  lot: { id: string; receipts: { purchaseOrderLine: { purchaseOrder: { id: string; supplier: { name: string } } } | null }[] };
}

/**
 * The traceability page in Chromium, on the demo's own history: a made lot
 * a customer received, traced back to the supplier's purchase order its
 * material arrived on, and that material traced forward to every customer
 * who got lots made from it. Called from a spec that has started the control
 * tower; it changes nothing.
 */
export function describeTraceabilityPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  // A suite of its own, so its set-up runs when the suite starts rather than when the file does.
  describe('the traceability pages', () => {
    let shipped: { lotId: string; lotNumber: string; orderId: string; customer: string; purchasedLotId: string; purchaseOrderId: string; supplier: string; customers: string[] };

    const page = () => ui.page();
    const texts = (selector: string) => page().locator(selector).allTextContents();
    const query = async <Data>(text: string, variables: Record<string, unknown> = {}) => {
      const result = await ui.stack().query<Data>(text, variables);
      expect(result.errors).toBeUndefined();
      return result.data!;
    };

    /** Every customer who got a lot made from `lotId`, as the graph's genealogy and the lots' shipments say. */
    async function customersOf(lotId: string): Promise<string[]> {
      const made = await query<{ lotTrace: { nodes: { lot: { shipments: { salesOrder: { customer: { name: string } } }[] } }[] } }>(
        'query ($id: ID!) { lotTrace(lotId: $id, direction: FORWARD) { nodes { lot { shipments { salesOrder { customer { name } } } } } } }',
        { id: lotId },
      );
      return [...new Set(made.lotTrace.nodes.flatMap((node) => node.lot.shipments.map((shipment) => shipment.salesOrder.customer.name)))].sort();
    }

    /**
     * The demo's story: a shipped order's lot made here from material bought
     * on a purchase order, that material having gone, through other lots made
     * from it, to more than one customer. The demo is to tell it: no lot
     * shipped so makes this fail.
     */
    beforeAll(async () => {
      const orders = await query<{ salesOrders: { items: { id: string; customer: { name: string }; shipments: { lines: { picks: { lot: { id: string; lotNumber: string; producedBy: { id: string } | null } }[] }[] }[] }[] } }>(
        '{ salesOrders(filter: { status: [CONFIRMED, IN_FULFILMENT, SHIPPED, DELIVERED] }, first: 100) { items { id customer { name } shipments { lines { picks { lot { id lotNumber producedBy { id } } } } } } } }',
      );
      for (const order of orders.salesOrders.items) {
        const made = new Map(order.shipments.flatMap((shipment) => shipment.lines.flatMap((line) => line.picks.map((pick) => [pick.lot.id, pick.lot] as const))).filter(([, lot]) => lot.producedBy));
        for (const lot of made.values()) {
          const trace = await query<{ lotTrace: { nodes: TracedNode[] } }>(
            'query ($id: ID!) { lotTrace(lotId: $id, direction: BACKWARD) { nodes { lot { id receipts { purchaseOrderLine { purchaseOrder { id supplier { name } } } } } } } }',
            { id: lot.id },
          );
          for (const node of trace.lotTrace.nodes) {
            const bought = node.lot.receipts.find((receipt) => receipt.purchaseOrderLine)?.purchaseOrderLine;
            if (!bought) continue;
            const customers = await customersOf(node.lot.id);
            if (customers.length < 2) continue;
            shipped = {
              lotId: lot.id,
              lotNumber: lot.lotNumber,
              orderId: order.id,
              customer: order.customer.name,
              purchasedLotId: node.lot.id,
              purchaseOrderId: bought.purchaseOrder.id,
              supplier: bought.purchaseOrder.supplier.name,
              customers,
            };
            return;
          }
        }
      }
      throw new Error('the demo shipped no lot made here from bought material that also went to another customer');
    });

    describe('the traceability page', () => {
      it('traces a lot entered in its form by its number', async () => {
        expect((await ui.open('/traceability'))?.status()).toBe(200);
        expect(await page().getByTestId('trace-tree').count()).toBe(0);
        await page().fill('[data-testid=trace-form] input[name=lot]', shipped.lotNumber);
        await page().click('[data-testid=trace-form] button[type=submit]');
        await page().waitForURL(/\/traceability\?lot=/);
        await page().waitForSelector('[data-testid=trace-tree]');
        expect(await page().locator('h2#root-title').textContent()).toContain(shipped.lotNumber);
      });

      it('reaches backward the supplier’s purchase order the material arrived on, and forward the customer who received the lot', async () => {
        await ui.open(`/traceability?lot=${shipped.lotId}`);
        const bought = page().locator(`[data-testid=trace-node][data-side=backward][data-lot="${shipped.purchasedLotId}"]`);
        expect(await bought.locator('[data-testid=origin-link]').getAttribute('href')).toBe(`/purchasing/${shipped.purchaseOrderId}`);
        expect(await page().getByTestId('suppliers').textContent()).toContain(shipped.supplier);
        const root = page().locator(`[data-testid=trace-node][data-side=root]`);
        expect(await root.locator('[data-testid=shipment-link]').getAttribute('href')).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
        expect(await texts('[data-testid=customer-list] li strong')).toContain(shipped.customer);
        // The table says the same as the drawing, link for link.
        expect(await page().locator('[data-testid=trace-table] tbody tr').count()).toBe(await page().locator('[data-testid=trace-node]').count());
        expect(await page().locator(`[data-testid=trace-table] a[href="/purchasing/${shipped.purchaseOrderId}"]`).count()).toBeGreaterThan(0);
        expect(await page().locator(`[data-testid=trace-table] a[href="/orders/${shipped.orderId}"]`).count()).toBeGreaterThan(0);
        for (const href of await page().locator('[data-testid=trace-table] a[href^="/production/work-orders/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
          expect(href).toMatch(/^\/production\/work-orders\/[0-9a-f-]{36}$/);
        }
      });

      it('from the bought lot, reaches every customer who got lots made from the same material', async () => {
        await ui.open(`/traceability?lot=${shipped.lotId}`);
        await page().locator(`[data-testid=trace-node][data-lot="${shipped.purchasedLotId}"] a[href^="/traceability"]`).click();
        await page().waitForURL(new RegExp(`lot=${shipped.purchasedLotId}$`));
        await page().waitForSelector('[data-testid=trace-tree]');
        expect(await page().locator(`[data-testid=trace-node][data-side=forward][data-lot="${shipped.lotId}"]`).count()).toBe(1);
        expect(await page().locator('[data-testid=trace-node][data-side=root] [data-testid=origin-link]').getAttribute('href')).toBe(`/purchasing/${shipped.purchaseOrderId}`);
        expect((await texts('[data-testid=customer-list] li strong')).sort()).toEqual(shipped.customers);
        expect(shipped.customers).toContain(shipped.customer);
        // Every lot made from the material is listed, each with its shipments or none.
        const made = await query<{ lotTrace: { nodes: { lot: { id: string } }[] } }>('query ($id: ID!) { lotTrace(lotId: $id, direction: FORWARD) { nodes { lot { id } } } }', { id: shipped.purchasedLotId });
        expect(await page().locator('[data-testid=trace-table] tbody tr[data-side=forward]').count()).toBe(made.lotTrace.nodes.length);
      });

      it('traces the lot of a work order still open, which the warehouse has not received, by its number', async () => {
        const open = await query<{ workOrders: { items: { number: string; outputLot: { id: string } }[] } }>('{ workOrders(status: [IN_PROGRESS], first: 1) { items { number outputLot { id } } } }');
        const [workOrder] = open.workOrders.items;
        expect(workOrder).toBeDefined();
        expect((await ui.open(`/traceability?lot=${workOrder!.number}`))?.status()).toBe(200);
        expect(await page().getByTestId('form-problems').count()).toBe(0);
        expect(await page().locator('h2#root-title').textContent()).toContain(workOrder!.number);
        expect(await page().locator(`[data-testid=trace-node][data-side=root][data-lot="${workOrder!.outputLot.id}"]`).count()).toBe(1);
      });

      it('answers malformed, hostile and unknown lots with form problems, not errors', async () => {
        for (const [path, problems] of [
          ["/traceability?lot=' OR 1=1 --&depth=99", [expect.stringContaining('is neither a lot id nor a lot number'), '“99” is not a depth from 1 to 20; tracing 10 levels.']],
          ['/traceability?lot=%3Cscript%3Ealert(1)%3C/script%3E', [expect.stringContaining('“<script>alert(1)</script>” is neither a lot id')]],
          ['/traceability?lot=00000000-0000-4000-8000-000000000000', ['There is no lot with id 00000000-0000-4000-8000-000000000000.']],
          ['/traceability?lot=WO-2026-999999', ['There is no lot numbered WO-2026-999999.']],
          ['/traceability?lot=no-such-lot', ['There is no lot numbered NO-SUCH-LOT.']],
        ] as const) {
          const response = await ui.open(path);
          expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
          expect(await texts('[data-testid=form-problems] li')).toEqual(problems);
          expect(await page().getByTestId('trace-tree').count()).toBe(0);
        }
        expect(await page().locator('script:text("alert(1)")').count()).toBe(0);
      });
    });

    describe('quality on the traceability page', () => {
      it('has no serious or critical axe-core violation and fits 390 px', async () => {
        const path = `/traceability?lot=${shipped.lotId}`;
        await ui.open(path);
        expect(await seriousViolations(page())).toEqual([]);
        const wide = page().viewportSize();
        await page().setViewportSize({ width: 390, height: 844 });
        try {
          await ui.open(path);
          expect(await horizontalOverflow(page())).toBe(0);
        } finally {
          if (wide) await page().setViewportSize(wide);
        }
      });

      it('works by keyboard: the form, then a lot of the tree', async () => {
        await ui.open('/traceability');
        await page().focus('[data-testid=trace-form] input[name=lot]');
        await page().keyboard.type(shipped.lotId);
        await page().keyboard.press('Enter');
        await page().waitForSelector('[data-testid=trace-tree]');
        for (let presses = 0; presses < 60; presses++) {
          await page().keyboard.press('Tab');
          if (await page().evaluate(() => !!document.activeElement?.closest('[data-testid=trace-tree]'))) break;
        }
        expect(await page().evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/(traceability\?lot=|purchasing\/|production\/work-orders\/|orders\/)/);
      });
    });
  });
}
