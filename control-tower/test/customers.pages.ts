import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The customers and items lists over the demo company: search (where `%` is a
 * character, not a wildcard), totals, the counts per row, the pager, the type
 * filter, where rows lead, and hostile parameters. A customer and items whose
 * names hold `%` are added through the graph first, so the caller runs this
 * after anything that compares screenshots of pages listing them.
 */
export function describeCustomersPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  // A describe of its own, so the customers and items it adds exist only from its first test on.
  describe('the customers and items lists', () => {
    const page = () => ui.page();
    const texts = (selector: string) => page().locator(selector).allTextContents();
    const count = (selector: string) => page().locator(selector).count();
    const suffix = Date.now().toString(36).toUpperCase();
    const discounted = `Rabatt 10% Handel ${suffix}`;
    const lookalike = `10 Downing Trading ${suffix}`;
    const blend = `Glass fibre 10% blend ${suffix}`;

    async function must<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
      const result = await ui.stack().query<Data>(query, variables);
      if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    }

    beforeAll(async () => {
      for (const [code, name] of [[`PCT-${suffix}`, discounted], [`TEN-${suffix}`, lookalike]]) {
        await must(`mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, { input: { code, name, country: 'DE' } });
      }
      for (const [sku, name, type] of [[`PCT-${suffix}`, blend, 'RM'], [`TEN-${suffix}`, `10 mm bolt ${suffix}`, 'RM']]) {
        await must(`mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }`, { input: { sku, name, type, unitOfMeasure: 'KG', standardCost: 1.25 } });
      }
    });

    describe('the customers list', () => {
      it('lists customers by name, 50 a page, each with the orders the graph counts for it', async () => {
        expect((await ui.open('/customers'))?.status()).toBe(200);
        expect(await count('[role=status]')).toBe(0);
        const rows = await count('[data-testid=customers] tbody tr');
        expect(rows).toBeGreaterThan(0);
        expect(rows).toBeLessThanOrEqual(50);
        const facts = (await must(`{ customerPage(first: 50) { totalCount items { name orderCount openOrderCount } } }`)).customerPage;
        expect(await page().getByTestId('range').textContent()).toBe(`1–${Math.min(50, facts.totalCount)} of ${facts.totalCount}`);
        expect(await texts('[data-testid=customers] tbody th')).toEqual(facts.items.map((customer: { name: string }) => customer.name));
        const whole = (text: string) => Number(text.replaceAll(',', ''));
        expect((await texts('[data-testid=order-count]')).map(whole)).toEqual(facts.items.map((customer: { orderCount: number }) => customer.orderCount));
        expect((await texts('[data-testid=open-order-count]')).map(whole)).toEqual(facts.items.map((customer: { openOrderCount: number }) => customer.openOrderCount));
        expect(facts.items.some((customer: { orderCount: number }) => customer.orderCount > 0)).toBe(true);
      });

      it('leads a customer to its orders, as many as it counts', async () => {
        await ui.open('/customers');
        const counts = (await texts('[data-testid=order-count]')).map((text) => Number(text.replaceAll(',', '')));
        const index = counts.findIndex((orders) => orders > 0);
        expect(index).toBeGreaterThanOrEqual(0);
        const row = page().locator('[data-testid=customers] tbody tr').nth(index);
        const orders = counts[index]!;
        const link = row.locator('th a');
        expect(await link.getAttribute('href')).toMatch(/^\/orders\?customer=[0-9a-f-]{36}$/);
        await link.click();
        await page().waitForURL(/\/orders\?customer=/);
        expect(await count('[data-testid=form-problems]')).toBe(0);
        expect(await page().getByTestId('range').textContent()).toMatch(new RegExp(` of ${orders}$`));
      });

      it('searches through the form: % and 10% find only names that hold them, not names starting with 10', async () => {
        await ui.open('/customers');
        await page().fill('input[name=search]', '%');
        await page().press('input[name=search]', 'Enter');
        await page().waitForURL(/search=%25$/);
        const names = await texts('[data-testid=customers] tbody th');
        expect(names).toContain(discounted);
        for (const name of names) expect(name).toContain('%');
        expect(await page().getByTestId('customer-total').textContent()).toMatch(new RegExp(`^${names.length === 1 ? '1 customer' : `${names.length} customers`} whose name or code contains “%”\\.$`));

        await page().fill('input[name=search]', '10%');
        await page().press('input[name=search]', 'Enter');
        await page().waitForURL(/search=10%25$/);
        const tenPercent = await texts('[data-testid=customers] tbody th');
        expect(tenPercent).toContain(discounted);
        expect(tenPercent).not.toContain(lookalike);
        for (const name of tenPercent) expect(name).toContain('10%');
        await ui.open(`/customers?search=${encodeURIComponent(suffix)}`);
        expect(await texts('[data-testid=customers] tbody th')).toEqual([lookalike, discounted]);
      });

      it('answers hostile and malformed parameters with form problems, not an error page', async () => {
        const response = await ui.open('/customers?search=%00%3Cscript%3E&page=1e9x');
        expect(response?.status()).toBe(200);
        expect(await texts('[data-testid=form-problems] li')).toEqual([
          'The search holds control characters, which no name or code has; showing everything.',
          '“1e9x” is not a page number; showing the first page.',
        ]);
        expect(await count('[data-testid=customers] tbody tr')).toBeGreaterThan(0);
        expect((await ui.open(`/customers?search=${encodeURIComponent("' OR 1=1 --<b>")}`))?.status()).toBe(200);
        expect(await count('[data-testid=no-customers]')).toBe(1);
        expect(await count('main b')).toBe(0);
        expect((await ui.open('/customers?page=999'))?.status()).toBe(200);
        expect((await texts('[data-testid=form-problems] li')).join(' ')).toMatch(/There is no page 999; showing page \d+, the last\./);
        const [, last, total] = /^\d+–(\d+) of (\d+)$/.exec((await page().getByTestId('range').textContent())!)!;
        expect(last).toBe(total);
      });
    });

    describe('the items list', () => {
      it('lists items by SKU with type, unit, standard cost, stock on hand and open orders as the graph has them', async () => {
        expect((await ui.open('/items'))?.status()).toBe(200);
        expect(await count('[role=status]')).toBe(0);
        const facts = (await must(`{ itemPage(first: 50) { totalCount items { sku stockOnHand openDemand } } }`)).itemPage;
        expect(await page().getByTestId('range').textContent()).toBe(`1–${Math.min(50, facts.totalCount)} of ${facts.totalCount}`);
        expect(await texts('[data-testid=items] tbody th')).toEqual(facts.items.map((item: { sku: string }) => item.sku));
        const quantity = (text: string) => Number(text.replaceAll(',', ''));
        expect((await texts('[data-testid=on-hand]')).map(quantity)).toEqual(facts.items.map((item: { stockOnHand: number }) => Number(item.stockOnHand.toFixed(3))));
        expect((await texts('[data-testid=open-demand]')).map(quantity)).toEqual(facts.items.map((item: { openDemand: number }) => Number(item.openDemand.toFixed(3))));
        expect(facts.items.some((item: { stockOnHand: number }) => item.stockOnHand > 0)).toBe(true);
        for (const type of await texts('[data-testid=items] tbody td:nth-of-type(2)')) expect(type).toMatch(/^(finished good|semi-finished good|raw material)$/);
      });

      it('filters by type and searches through the form, % found as itself', async () => {
        await ui.open('/items');
        await page().selectOption('select[name=type]', 'RM');
        await page().fill('input[name=search]', '%');
        await page().press('input[name=search]', 'Enter');
        await page().waitForURL(/type=RM/);
        expect(new Set(await texts('[data-testid=items] tbody td:nth-of-type(2)'))).toEqual(new Set(['raw material']));
        const names = await texts('[data-testid=items] tbody td:nth-of-type(1)');
        expect(names).toContain(blend);
        for (const name of names) expect(name).toContain('%');
        expect(await page().locator('select[name=type]').inputValue()).toBe('RM');
        expect(await page().locator('input[name=search]').inputValue()).toBe('%');
      });

      it('leads an item to its inventory', async () => {
        await ui.open('/items');
        const link = page().locator('[data-testid=items] tbody th a').first();
        expect(await link.getAttribute('href')).toMatch(/^\/inventory\?item=[0-9a-f-]{36}$/);
        await link.click();
        await page().waitForURL(/\/inventory\?item=/);
        await page().waitForSelector('[data-testid=item-focus]');
      });

      it('answers hostile and malformed parameters with form problems, not an error page', async () => {
        const response = await ui.open(`/items?type=${encodeURIComponent('<script>')}&search=${'x'.repeat(120)}&page=0`);
        expect(response?.status()).toBe(200);
        expect(await texts('[data-testid=form-problems] li')).toEqual([
          'A search is at most 100 characters; searching for the first 100.',
          '“<script>” is not an item type; showing every type.',
          '“0” is not a page number; showing the first page.',
        ]);
        expect(await count('[data-testid=no-items]')).toBe(1);
      });
    });

    describe('quality on the customers and items lists', () => {
      const paths = ['/customers', '/customers?search=%25', '/items', '/items?type=RM&search=%25', '/items?type=nope'];

      itIsAccessibleAndNarrow(page, ui.open, () => paths);

      it('works by keyboard: the search box submits with Enter and the first row’s link opens', async () => {
        await ui.open('/customers');
        await page().focus('input[name=search]');
        await page().keyboard.type(discounted);
        await page().keyboard.press('Enter');
        await page().waitForURL(/search=/);
        await page().focus('[data-testid=customers] tbody th a');
        await page().keyboard.press('Enter');
        await page().waitForURL(/\/orders\?customer=/);
      });
    });
  });
}
