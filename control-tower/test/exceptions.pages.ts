import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, seriousViolations } from './quality.ts';

/**
 * The exception inbox over the demo company: its list, filters and rules,
 * acting by role, and the bar of issue 13 item 4: an exception raised by an
 * event through the real services is in the open page within 2 s, without
 * a reload (the latency is printed). Called from a spec that has started
 * the control tower.
 */
export function describeExceptionsPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  let machineIds: string[];

  const texts = (selector: string) => ui.page().locator(selector).allTextContents();
  const count = (selector: string) => ui.page().locator(selector).count();
  const setMachine = async (machineId: string, state: string, reason: string | null) => {
    const result = await ui.stack().query('mutation ($input: ChangeMachineStateInput!) { changeMachineState(input: $input) { id } }', { input: { machineIds: [machineId], state, reason } }, { role: 'operator' });
    expect(result.errors).toBeUndefined();
  };
  /** Runs `work` signed in as a demo user of the built-in issuer, then as before. */
  const signedInAs = async (user: string, work: () => Promise<void>) => {
    const context = ui.page().context();
    const origin = new URL(ui.page().url()).origin;
    const before = (await context.cookies(origin)).find((cookie) => cookie.name === 'plexus_demo_user');
    await context.addCookies([{ name: 'plexus_demo_user', value: user, url: origin }]);
    try {
      await work();
    } finally {
      await context.clearCookies({ name: 'plexus_demo_user' });
      if (before) await context.addCookies([before]);
    }
  };
  const openLive = async (path: string) => {
    expect((await ui.open(path))?.status()).toBe(200);
    await ui.page().waitForSelector('[data-testid=live][data-state=live]', { timeout: 10_000 });
  };

  describe('the exceptions pages', () => {
    beforeAll(async () => {
      // The demo's history brought into the inbox (the sweep reads the projections, which the tower's start caught up).
      await ui.stack().drainConsumers();
      const facts = await ui.stack().query<{ workCenters: { machines: { id: string; state: string }[] }[] }>('{ workCenters { machines { id state } } }');
      machineIds = facts.data!.workCenters.flatMap((center) => center.machines).filter((machine) => machine.state !== 'DOWN').map((machine) => machine.id);
      expect(machineIds.length).toBeGreaterThan(1);
    });

    describe('the exception inbox', () => {
      it('lists what needs a person, most severe first, each linked to its record', async () => {
        await ui.open('/exceptions?status=ALL');
        const rows = await count('[data-testid=exception]');
        expect(rows).toBeGreaterThan(0);
        const order = ['critical', 'high', 'medium', 'low'];
        const ranks = (await texts('[data-testid=exception] [data-testid=severity]')).map((severity) => order.indexOf(severity));
        expect(ranks.every((rank) => rank >= 0)).toBe(true);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const hrefs = await ui.page().locator('[data-testid=exception] th a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
        for (const href of hrefs) expect(href).toMatch(/^\/(orders|purchasing|production\/machines)\/[0-9a-f-]{36}$|^\/inventory\?item=[0-9a-f-]{36}$/);
        expect(await count('[data-testid=rules] section')).toBe(6);
      });

      it('answers malformed and hostile filters with form problems, not an error page', async () => {
        const response = await ui.open("/exceptions?status=LATE&kind=<script>&severity=' OR 1=1 --&site=nowhere&page=0");
        expect(response?.status()).toBe(200);
        expect(await texts('[data-testid=form-problems] li')).toHaveLength(5);
        expect((await ui.open('/exceptions?page=999'))?.status()).toBe(200);
        expect((await texts('[data-testid=form-problems] li')).join(' ')).toMatch(/There is no page 999; showing page \d+, the last\./);
      });

      it('offers no action or rule form to an executive, who only reads', async () => {
        await signedInAs('demo-executive', async () => {
          await ui.open('/exceptions?status=ALL');
          expect(await count('[data-testid=act]')).toBe(0);
          expect(await count('[data-testid=rules] form')).toBe(0);
        });
      });

      it('shows money at risk in the reader’s locale', async () => {
        const german = await ui.page().context().browser()!.newContext({ locale: 'de-DE' });
        try {
          const page = await german.newPage();
          // Kind by kind: specs before this one may have filled the first page with machines down, which carry no money.
          const amounts: string[] = [];
          // What each kind's page showed, for the message when no amount is found (seen once in a full CI run, never alone).
          const seen: Record<string, { status: number | undefined; rows: number; money: string[] }> = {};
          for (const kind of ['QUALITY_HOLD', 'ORDER_LATE', 'ORDER_AT_RISK', 'PURCHASE_ORDER_LATE', 'STOCK_OUT']) {
            const response = await page.goto(`${new URL(ui.page().url()).origin}/exceptions?status=ALL&kind=${kind}`);
            const money = await page.locator('[data-testid=money]').allTextContents();
            seen[kind] = { status: response?.status(), rows: await page.locator('[data-testid=exception]').count(), money };
            amounts.push(...money.filter((text) => text !== '—'));
          }
          expect(amounts.length, JSON.stringify(seen)).toBeGreaterThan(0);
          for (const amount of amounts) expect(amount).toMatch(/^-?[\d.]+,\d{2}\s(€|[A-Z]{3})$/);
        } finally {
          await german.close();
        }
      });
    });

    describe('live', () => {
      it('shows an exception raised by a machine going down within 2 s, without a reload, and lets it go when the machine is back', async () => {
        const machineId = machineIds[0]!;
        await openLive('/exceptions');
        const row = ui.page().locator(`[data-testid=exception][data-subject-id="${machineId}"]`);
        expect(await row.count()).toBe(0);
        const navigations: string[] = [];
        ui.page().on('framenavigated', (frame) => navigations.push(frame.url()));

        const started = performance.now();
        await setMachine(machineId, 'DOWN', 'MECHANICAL_FAILURE');
        await row.waitFor({ timeout: 10_000 });
        const latency = performance.now() - started;
        console.log(`exceptions live latency: ${latency.toFixed(0)} ms from the mes mutation to the row in the open browser`);
        expect(latency).toBeLessThanOrEqual(2000);
        expect(await row.getAttribute('class')).toContain('arrived');
        expect(await row.locator('td').nth(1).textContent()).toContain('Machine down');
        expect(navigations).toEqual([]);

        await setMachine(machineId, 'IDLE', null);
        await row.waitFor({ state: 'detached', timeout: 10_000 });
      });

      it('lets an operator acknowledge a machine that went down, from the row', async () => {
        const machineId = machineIds[1]!;
        await signedInAs('demo-operator', async () => {
          await openLive('/exceptions?kind=MACHINE_DOWN');
          await setMachine(machineId, 'DOWN', 'TOOL_BREAKAGE');
          const row = ui.page().locator(`[data-testid=exception][data-subject-id="${machineId}"]`);
          await row.waitFor({ timeout: 10_000 });
          await row.locator('summary').click();
          await row.getByRole('button', { name: 'Acknowledge' }).click();
          await ui.page().getByTestId('action-done').waitFor();
          expect(await ui.page().locator(`[data-testid=exception][data-subject-id="${machineId}"] .badge`).textContent()).toBe('acknowledged');
        });
        await setMachine(machineId, 'IDLE', null);
      });
    });

    describe('quality on the exceptions page', () => {
      it('has no serious or critical axe-core violation', async () => {
        await signedInAs('demo-planner', async () => {
          await openLive('/exceptions?status=ALL');
          expect(await seriousViolations(ui.page())).toEqual([]);
        });
      });

      it('is usable at 390 px without overflowing the page', async () => {
        const page = ui.page();
        const wide = page.viewportSize();
        await page.setViewportSize({ width: 390, height: 844 });
        try {
          await signedInAs('demo-planner', async () => {
            await ui.open('/exceptions?status=ALL');
            expect(await horizontalOverflow(page)).toBe(0);
          });
        } finally {
          if (wide) await page.setViewportSize(wide);
        }
      });
    });
  });
}
