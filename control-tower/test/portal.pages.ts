import type { BrowserContext, Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openPage } from './harness.ts';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The supplier portal in Chromium: the demo supplier user signs in through the
 * sign-in page (in its own browser context, so the caller's pages keep their
 * user) and works on orders a buyer has just sent it through the graph: it
 * confirms one, proposes a change to another, answers the buyer's proposal on
 * a third and announces a shipment on a fourth. Another supplier's order is a
 * 404, staff pages send it back to the portal, and every portal page passes
 * axe-core and fits 390 px.
 */
export function describePortalPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  const unknownId = '00000000-0000-4000-8000-000000000000';
  const asBuyer = { role: 'buyer' } as const;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let supplier: { id: string; code: string; name: string };
  let otherSupplier: { id: string; code: string; name: string };
  let otherSupplierOrder: { id: string; number: string };
  let rfqId: string;
  let rfqNumber: string;
  const orders: Record<'toConfirm' | 'toChange' | 'toAnswer' | 'toShip', { id: string; number: string }> = {} as never;

  const open = (path: string) => openPage(page, baseUrl, path);
  const texts = (selector: string) => page.locator(selector).allTextContents();
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  async function graph<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const result = await ui.stack().query<Data>(query, variables, asBuyer);
    expect(result.errors ?? []).toEqual([]);
    return result.data!;
  }

  /** A two-line order a buyer sends the portal's supplier, as the demo's buyers do. */
  async function sentOrder(): Promise<{ id: string; number: string; lines: { id: string }[] }> {
    const { supplier: terms, sites } = await graph<{ supplier: { items: { item: { id: string }; minimumOrderQuantity: number; orderMultiple: number }[] }; sites: { id: string }[] }>(
      'query ($id: ID!) { supplier(id: $id) { items { item { id } minimumOrderQuantity orderMultiple } } sites { id } }',
      { id: supplier.id },
    );
    // Quantities the supplier sells: at least its minimum, in whole multiples.
    const quantityOf = (offer: (typeof terms.items)[number], wanted: number) => offer.orderMultiple * Math.ceil(Math.max(wanted, offer.minimumOrderQuantity) / offer.orderMultiple);
    const lines = terms.items.slice(0, 2).map((offer, index) => ({ itemId: offer.item.id, quantity: quantityOf(offer, 200 + 40 * index), requestedDate: inDays(14 + index) }));
    const { createPurchaseOrder: created } = await graph<{ createPurchaseOrder: { id: string; number: string; lines: { id: string }[] } }>(
      'mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id number lines { id } } }',
      { input: { supplierId: supplier.id, siteId: sites[0]!.id, lines } },
    );
    await graph('mutation ($id: ID!) { sendPurchaseOrder(id: $id) { id } }', { id: created.id });
    return created;
  }

  const asnCount = async (purchaseOrderId: string) =>
    (await graph<{ asns: { totalCount: number } }>('query ($id: ID) { asns(filter: { purchaseOrderId: $id }) { totalCount } }', { id: purchaseOrderId })).asns.totalCount;

  beforeAll(async () => {
    baseUrl = new URL((await ui.open('/sign-in'))!.url()).origin;
    // The demo supplier user acts for the demo company's first supplier (scripts/stack.ts).
    const { suppliers } = await graph<{ suppliers: { items: { id: string; code: string; name: string }[] } }>('{ suppliers(first: 2) { items { id code name } } }');
    [supplier, otherSupplier] = suppliers.items as [typeof supplier, typeof otherSupplier];
    const other = await graph<{ purchaseOrders: { items: { id: string; number: string }[] } }>(
      'query ($id: ID!) { purchaseOrders(filter: { supplierId: $id }, first: 1) { items { id number } } }',
      { id: otherSupplier.id },
    );
    otherSupplierOrder = other.purchaseOrders.items[0]!;

    orders.toConfirm = await sentOrder();
    orders.toChange = await sentOrder();
    const toAnswer = await sentOrder();
    orders.toAnswer = toAnswer;
    await graph('mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id } }', {
      input: { purchaseOrderId: toAnswer.id, reason: 'Our plan moved a week later', lines: [{ lineId: toAnswer.lines[0]!.id, date: inDays(21) }] },
    });
    const toShip = await sentOrder();
    orders.toShip = toShip;
    // A buyer may record a confirmation the supplier gave otherwise: this order is ready to ship against.
    await graph('mutation ($id: ID!, $lines: [LineConfirmationInput!]!) { confirmPurchaseOrder(id: $id, lines: $lines) { id } }', {
      id: toShip.id,
      lines: toShip.lines.map((line) => ({ lineId: line.id, promisedDate: inDays(10) })),
    });
    const { supplier: terms } = await graph<{ supplier: { items: { item: { id: string } }[] } }>('query ($id: ID!) { supplier(id: $id) { items { item { id } } } }', { id: supplier.id });
    const { createRfq: rfq } = await graph<{ createRfq: { id: string; number: string } }>('mutation ($input: CreateRfqInput!) { createRfq(input: $input) { id number } }', {
      input: { itemId: terms.items[0]!.item.id, quantity: 500, neededBy: inDays(45), supplierIds: suppliers.items.map((candidate) => candidate.id) },
    });
    rfqId = rfq.id;
    rfqNumber = rfq.number;

    context = await ui.page().context().browser()!.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  describe('the supplier portal', () => {
    it('is where the demo supplier user lands after signing in through the page', async () => {
      await open('/sign-in');
      await page.locator('button[value=demo-supplier]').click();
      await page.waitForURL(`${baseUrl}/portal`);
      await page.waitForSelector('html[data-hydrated]');
      expect(await page.getByTestId('portal-supplier').textContent()).toBe(supplier.name);
    });

    it('lists only its own open orders, with requested and promised dates, and the RFQ waiting for its quote', async () => {
      const own = await graph<{ purchaseOrders: { totalCount: number; items: { number: string }[] } }>(
        'query ($id: ID!) { purchaseOrders(filter: { supplierId: $id, status: [SENT, CONFIRMED, PARTIALLY_RECEIVED] }, first: 100) { totalCount items { number } } }',
        { id: supplier.id },
      );
      expect((await open('/portal'))?.status()).toBe(200);
      const numbers = await texts('[data-testid=purchase-orders] tbody th');
      expect(await page.getByTestId('range').textContent()).toBe(`1–${Math.min(25, own.purchaseOrders.totalCount)} of ${own.purchaseOrders.totalCount}`);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const number of numbers) expect(own.purchaseOrders.items.map((order) => order.number)).toContain(number);
      expect(numbers).toEqual(expect.arrayContaining(Object.values(orders).map((order) => order.number)));
      expect(numbers).not.toContain(otherSupplierOrder.number);
      const row = page.locator('[data-testid=purchase-orders] tbody tr', { hasText: orders.toAnswer.number });
      expect(await row.getByTestId('next-step').textContent()).toBe('answer the buyer’s proposal');
      expect(await page.locator('[data-testid=purchase-orders] tbody tr', { hasText: orders.toConfirm.number }).getByTestId('next-step').textContent()).toBe('confirm with your dates');
      expect(await page.locator('[data-testid=rfq]', { hasText: rfqNumber }).locator('.badge').textContent()).toBe('invited');
      // Its own terms only: the other supplier invited to the same RFQ, standard costs and quote comparisons appear nowhere.
      const shown = (await page.locator('main').textContent())!;
      expect(shown).not.toContain(otherSupplier.name);
      expect(shown).not.toMatch(/standard cost|comparison/i);
    });

    it('quotes for the RFQ it is invited to: its price only, which the buyer then sees', async () => {
      await open('/portal');
      const rfq = page.locator('[data-testid=rfq]', { hasText: rfqNumber });
      await rfq.locator('input[name=unitPrice]').fill('9.85');
      await rfq.locator('input[name=leadTimeDays]').fill('12');
      await rfq.locator('input[name=validUntil]').fill(inDays(30));
      await rfq.locator('button:has-text("Send quote")').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe('Your quote is sent.');
      expect(await page.locator('[data-testid=rfq]', { hasText: rfqNumber }).getByTestId('own-quote').textContent()).toMatch(/You quoted €9\.85 a unit, 12 days’ lead time/);
      const stored = await graph<{ rfq: { quotes: { status: string; unitPrice: number | null; supplier: { id: string } }[] } }>(
        'query ($id: ID!) { rfq(id: $id) { quotes { status unitPrice supplier { id } } } }',
        { id: rfqId },
      );
      expect(stored.rfq.quotes.find((quote) => quote.supplier.id === supplier.id)).toEqual({ status: 'QUOTED', unitPrice: 9.85, supplier: { id: supplier.id } });
    });

    it('confirms an order with a promised date per line', async () => {
      await open(`/portal/purchase-orders/${orders.toConfirm.id}`);
      const form = page.getByTestId('confirm-form');
      const promised = inDays(16);
      for (const input of await form.locator('input[type=date]').all()) await input.fill(promised);
      await form.locator('button[type=submit]').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe(`${orders.toConfirm.number} is confirmed with your dates.`);
      expect(await page.locator('h1 .badge').textContent()).toBe('confirmed');
      const stored = await graph<{ purchaseOrder: { status: string; lines: { promisedDate: string; confirmedDate: string }[] } }>(
        'query ($id: ID!) { purchaseOrder(id: $id) { status lines { promisedDate confirmedDate } } }',
        { id: orders.toConfirm.id },
      );
      expect(stored.purchaseOrder.status).toBe('CONFIRMED');
      expect(new Set(stored.purchaseOrder.lines.flatMap((line) => [line.promisedDate, line.confirmedDate]))).toEqual(new Set([promised]));
      expect(await page.getByTestId('confirm-form').locator('h3').textContent()).toBe('Re-promise open lines');
    });

    it('proposes another date and quantity, which waits for the buyer', async () => {
      await open(`/portal/purchase-orders/${orders.toChange.id}`);
      const form = page.getByTestId('propose-form');
      await form.locator('input[type=number]').first().fill('150');
      await form.locator('input[type=date]').first().fill(inDays(20));
      await form.locator('input[name=reason]').fill('Short of bar stock until the next melt');
      await form.locator('button[type=submit]').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe('Your proposal is sent; the buyer accepts or rejects it.');
      expect(await page.locator('[data-testid=changes] > li[data-origin=SUPPLIER]').textContent()).toContain('Short of bar stock');
      expect(await page.getByTestId('propose-form').count()).toBe(0);
      const stored = await graph<{ purchaseOrder: { changes: { origin: string; status: string; lines: { quantity: number | null; date: string | null }[] }[] } }>(
        'query ($id: ID!) { purchaseOrder(id: $id) { changes { origin status lines { quantity date } } } }',
        { id: orders.toChange.id },
      );
      expect(stored.purchaseOrder.changes).toEqual([{ origin: 'SUPPLIER', status: 'PROPOSED', lines: [{ quantity: 150, date: inDays(20) }] }]);
    });

    it('refuses a proposal without a reason on the form, writing nothing', async () => {
      await open(`/portal/purchase-orders/${orders.toConfirm.id}`);
      const form = page.getByTestId('propose-form');
      await form.locator('input[type=number]').first().fill('90');
      await form.locator('input[name=reason]').evaluate((input: HTMLInputElement) => input.removeAttribute('required'));
      await form.locator('button[type=submit]').click();
      await expect.poll(() => page.getByTestId('action-problem').textContent()).toContain('Say why the order should change.');
      const stored = await graph<{ purchaseOrder: { changes: unknown[] } }>('query ($id: ID!) { purchaseOrder(id: $id) { changes { id } } }', { id: orders.toConfirm.id });
      expect(stored.purchaseOrder.changes).toEqual([]);
    });

    it('accepts the buyer’s proposal', async () => {
      await open(`/portal/purchase-orders/${orders.toAnswer.id}`);
      await page.locator('[data-testid=answer-form] button[value=accept]').click();
      await expect.poll(() => page.getByTestId('action-done').textContent()).toBe('You accepted the buyer’s proposal.');
      const stored = await graph<{ purchaseOrder: { changes: { origin: string; status: string }[]; lines: { requestedDate: string }[] } }>(
        'query ($id: ID!) { purchaseOrder(id: $id) { changes { origin status } lines { requestedDate } } }',
        { id: orders.toAnswer.id },
      );
      expect(stored.purchaseOrder.changes).toEqual([{ origin: 'BUYER', status: 'ACCEPTED' }]);
      expect(stored.purchaseOrder.lines[0]!.requestedDate).toBe(inDays(21));
    });

    it('shows the graph’s refusal of a ship notice over the open quantity, and writes nothing', async () => {
      const before = await asnCount(orders.toShip.id);
      await open(`/portal/purchase-orders/${orders.toShip.id}`);
      await page.getByTestId('announce-shipment').click();
      await page.waitForURL(/\/portal\/asns\/new\?purchaseOrder=/);
      await page.waitForSelector('html[data-hydrated]');
      const line = page.getByTestId('asn-line').first();
      await line.locator('input[name^="quantity:"]').fill('100000');
      await line.locator('input[name^="lot:"]').fill('L-PORTAL-1');
      await page.locator('[data-testid=asn-form] button[type=submit]').click();
      await expect.poll(() => page.getByTestId('action-problem').textContent()).toMatch(/100000 announced for order line 1 but only [\d.]+ is still open/);
      expect(await asnCount(orders.toShip.id)).toBe(before);
    });

    it('submits a ship notice with lots and quantities, listed on its order', async () => {
      const before = await asnCount(orders.toShip.id);
      await open(`/portal/asns/new?purchaseOrder=${orders.toShip.id}`);
      const line = page.getByTestId('asn-line').first();
      await line.locator('input[name^="quantity:"]').fill('120');
      await line.locator('input[name^="lot:"]').fill('L-PORTAL-1');
      await page.locator('[data-testid=asn-form] button[type=submit]').click();
      await page.waitForURL(new RegExp(`/portal/purchase-orders/${orders.toShip.id}\\?asn=ASN-`));
      await expect.poll(() => page.getByTestId('asn-submitted').textContent()).toMatch(/^Ship notice ASN-\d{4}-\d+ is submitted\.$/);
      expect(await asnCount(orders.toShip.id)).toBe(before + 1);
      expect(await page.getByTestId('asns').textContent()).toContain('120 (lot L-PORTAL-1)');
    });

    it('answers malformed parameters with form problems, not error pages', async () => {
      for (const path of ['/portal/asns/new?purchaseOrder=%3Cscript%3E', '/portal/asns/new', '/portal/forecast?from=soon&weeks=99', '/portal/scorecard?grain=YEAR', '/portal?page=999']) {
        const response = await open(path);
        expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
        expect(await page.locator('[data-testid=form-problems] li').count()).toBeGreaterThan(0);
      }
    });

    it('is a 404 for another supplier’s order, one nobody knows and one that is not an id', async () => {
      for (const id of [otherSupplierOrder.id, unknownId, 'not-an-id']) {
        for (const path of [`/portal/purchase-orders/${id}`, `/portal/asns/new?purchaseOrder=${id}`].filter((candidate) => id !== 'not-an-id' || !candidate.includes('asns'))) {
          const response = await open(path);
          expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
          expect(await page.locator('[role=alert]').textContent()).toContain('There is no purchase order with that id.');
          expect(await page.locator('main').textContent()).not.toContain(otherSupplierOrder.number);
        }
      }
    });

    it('shows its forecast by item and week, firm and planned', async () => {
      expect((await open('/portal/forecast'))?.status()).toBe(200);
      const items = await page.getByTestId('forecast-item').count();
      expect(items).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=forecast-item]').first().locator('tbody tr').count()).toBe(12);
      // The orders sent above are firm demand in their weeks.
      const firm = (await texts('[data-testid=firm]')).filter((value) => value !== '—');
      expect(firm.length).toBeGreaterThan(0);
    });

    it('shows its scorecard: delivery, quality and payment measures with their trend, and its late lines', async () => {
      expect((await open('/portal/scorecard'))?.status()).toBe(200);
      const measures = await page.locator('[data-testid=kpis] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kpi')));
      expect(measures.sort()).toEqual(['DAYS_PAYABLE_OUTSTANDING', 'INCOMING_FIRST_PASS_ACCEPTANCE', 'SUPPLIER_ON_TIME_DELIVERY', 'SUPPLIER_ON_TIME_IN_FULL', 'SUPPLIER_PPM']);
      for (const value of await texts('[data-testid=kpi-value]')) expect(value).toMatch(/^(\d[\d,.]*\s?(%|ppm|days)|no data yet)$/);
      expect(await page.locator('[data-testid=kpis] .sparkline').count()).toBe(5);
      expect(await page.getByTestId('lines-due').textContent()).toMatch(/^\d+ /);
      for (const href of await page.locator('[data-testid=failed-lines] tbody a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
        expect(href).toMatch(/^\/portal\/purchase-orders\/[0-9a-f-]{36}$/);
      }
    });

    it('offers no staff page: those send it back to its portal, and nothing in the portal links to them', async () => {
      for (const path of ['/', '/orders', '/purchasing', `/purchasing/${otherSupplierOrder.id}`, '/kpi/supplier-on-time-delivery', '/finance']) {
        const response = await open(path);
        expect({ path, landed: new URL(page.url()).pathname, status: response?.status() }).toEqual({ path, landed: '/portal', status: 200 });
      }
      for (const path of ['/portal', `/portal/purchase-orders/${orders.toShip.id}`, '/portal/forecast', '/portal/scorecard']) {
        await open(path);
        const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
        for (const href of links) expect({ path, href, portal: href.startsWith('/portal') }).toEqual({ path, href, portal: true });
      }
    });

    it('is for supplier users only: a staff user is told so, not shown anyone’s portal', async () => {
      const response = await ui.open('/portal');
      expect(response?.status()).toBe(403);
      expect(await ui.page().locator('[role=alert]').textContent()).toContain('The supplier portal is for supplier users');
    });
  });

  describe('quality on the portal pages', () => {
    const paths = () => ['/portal', `/portal/purchase-orders/${orders.toChange.id}`, `/portal/purchase-orders/${orders.toShip.id}`, `/portal/asns/new?purchaseOrder=${orders.toShip.id}`, '/portal/forecast', '/portal/scorecard'];

    itIsAccessibleAndNarrow(() => page, open, paths);

    it('works by keyboard: from the skip link to the portal’s forecast', async () => {
      await open('/portal');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Enter');
      for (let presses = 0; presses < 30; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.textContent === 'Forecast')) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/portal\/forecast$/);
    });

    it('follows the reader’s locale for dates and numbers', async () => {
      const german = await ui.page().context().browser()!.newContext({ locale: 'de-DE', viewport: { width: 1360, height: 900 } });
      try {
        await german.addCookies(await context.cookies());
        const germanPage = await german.newPage();
        await openPage(germanPage, baseUrl, `/portal/purchase-orders/${orders.toShip.id}`);
        expect(await germanPage.getAttribute('html', 'lang')).toBe('de-DE');
        // 10,79 €: a German price; dates as "14. Dez. 2026".
        expect(await germanPage.locator('[data-testid=lines] tbody td.number').last().textContent()).toMatch(/^[\d.]+,\d{2}\s€$/);
        expect(await germanPage.locator('[data-testid=promised-date]').first().textContent()).toMatch(/^\d{2}\.\s\p{L}+\.?\s\d{4}$/u);
      } finally {
        await german.close();
      }
    });
  });
}
