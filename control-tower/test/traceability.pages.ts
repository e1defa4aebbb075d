import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, seriousViolations } from './quality.ts';

interface Pick {
  quantity: number;
  lot: { id: string; producedBy: { id: string } | null };
}

/**
 * The traceability page in Chromium: a lot a customer received, traced back
 * to the supplier's purchase order its material arrived on, and that
 * material traced forward to every customer who got lots made from it.
 * Called from a spec that has started the control tower; it ships an order
 * (see `shippedMadeLot`), so it runs after the pages whose screenshots are
 * compared.
 */
export function describeTraceabilityPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  // A suite of its own, so its set-up runs when the suite starts rather than when the file does.
  describe('the traceability pages', () => {
    let shipped: { lotId: string; lotNumber: string; orderId: string; customer: string; purchasedLotId: string; purchaseOrderId: string; supplier: string };

    const page = () => ui.page();
    const texts = (selector: string) => page().locator(selector).allTextContents();
    const query = async <Data>(text: string, variables: Record<string, unknown> = {}) => {
      const result = await ui.stack().query<Data>(text, variables);
      expect(result.errors).toBeUndefined();
      return result.data!;
    };

    /** A bought lot behind `lotId` and the purchase order it arrived on, as the purchase orders' receipts record it. */
    async function purchasedBehind(lotId: string): Promise<{ lotId: string; purchaseOrderId: string; supplier: string } | null> {
      const trace = await query<{ lotTrace: { nodes: { lot: { id: string; producedBy: { id: string } | null }; item: { id: string } }[] } }>(
        'query ($id: ID!) { lotTrace(lotId: $id, direction: BACKWARD) { nodes { lot { id producedBy { id } } item { id } } } }',
        { id: lotId },
      );
      for (const node of trace.lotTrace.nodes.filter((candidate) => !candidate.lot.producedBy)) {
        const orders = await query<{ purchaseOrders: { items: { id: string; supplier: { name: string }; receipts: { lines: { lot: { id: string } }[] }[] }[] } }>(
          'query ($item: ID!) { purchaseOrders(filter: { itemId: $item }, first: 100) { items { id supplier { name } receipts { lines { lot { id } } } } } }',
          { item: node.item.id },
        );
        const order = orders.purchaseOrders.items.find((candidate) => candidate.receipts.some((receipt) => receipt.lines.some((line) => line.lot.id === node.lot.id)));
        if (order) return { lotId: node.lot.id, purchaseOrderId: order.id, supplier: order.supplier.name };
      }
      return null;
    }

    /**
     * A lot made here that a customer received. The demo keeps its finished
     * goods warehouses stocked by receipts that no work order made, and picks
     * first-expiry-first-out, so its orders ship those older lots; when no
     * shipped lot has a genealogy, the spec ships one as a planner would: an
     * order large enough that picking reaches a made lot (and the stock
     * picked before it), confirmed and shipped through the graph.
     */
    async function shippedMadeLot(): Promise<{ lotId: string; orderId: string; customer: string }> {
      const orders = await query<{ salesOrders: { items: { id: string; customer: { name: string }; shipments: { lines: { picks: Pick[] }[] }[] }[] } }>(
        '{ salesOrders(filter: { status: [SHIPPED, DELIVERED] }, first: 50) { items { id customer { name } shipments { lines { picks { quantity lot { id producedBy { id } } } } } } } }',
      );
      for (const order of orders.salesOrders.items) {
        const made = order.shipments.flatMap((shipment) => shipment.lines.flatMap((line) => line.picks)).find((pick) => pick.lot.producedBy);
        if (made && (await purchasedBehind(made.lot.id))) return { lotId: made.lot.id, orderId: order.id, customer: order.customer.name };
      }

      const made = await query<{ workOrders: { items: { outputLot: { id: string }; item: { id: string; type: string }; site: { id: string }; warehouse: { id: string } }[] } }>(
        '{ workOrders(status: [COMPLETED], first: 50) { items { outputLot { id } item { id type } site { id } warehouse { id } } } }',
      );
      for (const workOrder of made.workOrders.items.filter((candidate) => candidate.item.type === 'FG')) {
        if (!(await purchasedBehind(workOrder.outputLot.id))) continue;
        const stock = await query<{ item: { stockBalances: { quantity: number; lot: { id: string; expiryDate: string | null; receivedAt: string; onHold: boolean } }[] } }>(
          'query ($item: ID!, $warehouse: ID) { item(id: $item) { stockBalances(warehouseId: $warehouse) { quantity lot { id expiryDate receivedAt onHold } } } }',
          { item: workOrder.item.id, warehouse: workOrder.warehouse.id },
        );
        const available = stock.item.stockBalances.filter((balance) => balance.quantity > 0 && !balance.lot.onHold);
        if (!available.some((balance) => balance.lot.id === workOrder.outputLot.id)) continue;
        const order = (lot: (typeof available)[number]['lot']) => [lot.expiryDate ?? '9999-12-31', lot.receivedAt];
        const target = available.find((balance) => balance.lot.id === workOrder.outputLot.id)!;
        const ahead = available
          .filter((balance) => balance.lot.id !== target.lot.id && order(balance.lot).join() < order(target.lot).join())
          .reduce((sum, balance) => sum + balance.quantity, 0);
        const customer = (await query<{ customers: { id: string; name: string }[] }>('{ customers(first: 1) { id name } }')).customers[0]!;
        const placed = await query<{ createSalesOrder: { id: string; lines: { id: string }[] } }>('mutation ($input: CreateSalesOrderInput!) { createSalesOrder(input: $input) { id lines { id } } }', {
          input: {
            customerId: customer.id,
            siteId: workOrder.site.id,
            lines: [{ itemId: workOrder.item.id, quantity: ahead + 1, unitPrice: 10, requestedDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) }],
          },
        });
        await query('mutation ($id: ID!) { confirmSalesOrder(id: $id) { id } }', { id: placed.createSalesOrder.id });
        const shipment = await query<{ shipSalesOrder: { lines: { picks: { lot: { id: string } }[] }[] } }>(
          'mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { lines { picks { lot { id } } } } }',
          { input: { salesOrderId: placed.createSalesOrder.id, warehouseId: workOrder.warehouse.id, lines: [{ salesOrderLineId: placed.createSalesOrder.lines[0]!.id, quantity: ahead + 1 }] } },
        );
        expect(shipment.shipSalesOrder.lines.flatMap((line) => line.picks.map((pick) => pick.lot.id))).toContain(workOrder.outputLot.id);
        return { lotId: workOrder.outputLot.id, orderId: placed.createSalesOrder.id, customer: customer.name };
      }
      throw new Error('no made lot with a bought component in stock to ship');
    }

    beforeAll(async () => {
      const lot = await shippedMadeLot();
      const behind = (await purchasedBehind(lot.lotId))!;
      const number = await query<{ lotTrace: { lot: { lotNumber: string } } }>('query ($id: ID!) { lotTrace(lotId: $id, direction: BACKWARD, depth: 1) { lot { lotNumber } } }', { id: lot.lotId });
      shipped = { ...lot, lotNumber: number.lotTrace.lot.lotNumber, purchasedLotId: behind.lotId, purchaseOrderId: behind.purchaseOrderId, supplier: behind.supplier };
    });

    describe('the traceability page', () => {
      it('traces a lot entered in its form, by the number of the work order that made it', async () => {
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
        expect(await texts('[data-testid=customer-list] li strong')).toContain(shipped.customer);
        // Every lot made from the material is listed, each with its shipments or none found.
        const made = await query<{ lotTrace: { nodes: { lot: { id: string } }[] } }>('query ($id: ID!) { lotTrace(lotId: $id, direction: FORWARD) { nodes { lot { id } } } }', { id: shipped.purchasedLotId });
        expect(await page().locator('[data-testid=trace-table] tbody tr[data-side=forward]').count()).toBe(made.lotTrace.nodes.length);
      });

      it('answers malformed, hostile and unknown lots with form problems, not errors', async () => {
        for (const [path, problems] of [
          ["/traceability?lot=' OR 1=1 --&depth=99", [expect.stringContaining('is neither a lot id nor the number of a lot made here'), '“99” is not a depth from 1 to 20; tracing 10 levels.']],
          ['/traceability?lot=%3Cscript%3Ealert(1)%3C/script%3E', [expect.stringContaining('“<script>alert(1)</script>” is neither a lot id')]],
          ['/traceability?lot=00000000-0000-4000-8000-000000000000', ['There is no lot with id 00000000-0000-4000-8000-000000000000.']],
          ['/traceability?lot=WO-2026-999999', ['There is no work order WO-2026-999999, so no lot of that number.']],
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
