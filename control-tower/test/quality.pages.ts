import type { Browser, Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, seriousViolations } from './quality.ts';

/**
 * The quality pages in Chromium over the demo company: the overview's first
 * pass yield trend, nonconformances and CAPA board; a nonconformance
 * dispositioned through its page by a quality engineer (and refused to a
 * planner); a CAPA opened from it and taken round its loop. Called from a
 * spec that has started the control tower (projected, so the trend has data).
 * It changes the demo (an NCR dispositioned, a CAPA opened), so it runs after
 * the pages whose screenshots are compared.
 */
export function describeQualityPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  // A suite of its own, so its set-up runs when the suite starts rather than when the file does.
  describe('the quality pages', () => {
    const unknownId = '00000000-0000-4000-8000-000000000000';
    // The demo's quality department decides each NCR the day after it opens, so the newest is still open.
    let openNcr: { id: string; number: string; source: string };
    let baseUrl: string;
    let quality: { page: Page; close: () => Promise<void> };

    const page = () => ui.page();
    const texts = (selector: string) => page().locator(selector).allTextContents();
    const ncrState = async (id: string) =>
      (await ui.stack().query<{ nonconformance: { status: string; disposition: string | null; capa: { id: string } | null } }>(
        'query ($id: ID!) { nonconformance(id: $id) { status disposition capa { id } } }',
        { id },
      )).data!.nonconformance;

    /** A second browser context signed in as the demo quality engineer (the shared page stays the planner it is). */
    async function signedInAsQuality(): Promise<{ page: Page; close: () => Promise<void> }> {
      const browser = page().context().browser() as Browser;
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      await context.addCookies([{ name: 'plexus_demo_user', value: 'demo-quality', url: baseUrl }]);
      return { page: await context.newPage(), close: () => context.close() };
    }
    const openAs = async (as: Page, path: string) => {
      const response = await as.goto(`${baseUrl}${path}`);
      await as.waitForSelector('html[data-hydrated]');
      return response;
    };

    beforeAll(async () => {
      const facts = await ui.stack().query<{ nonconformances: { items: (typeof openNcr)[] } }>('{ nonconformances(filter: { status: [OPEN] }, first: 1) { items { id number source } } }');
      openNcr = facts.data!.nonconformances.items[0]!;
      await ui.open('/quality');
      baseUrl = new URL(page().url()).origin;
      quality = await signedInAsQuality();
    });

    afterAll(async () => {
      await quality?.close();
    });

    describe('the quality overview', () => {
      it('draws the first pass yield by week with inspections in some periods, each point opening its records', async () => {
        expect((await ui.open('/quality'))?.status()).toBe(200);
        expect(await page().locator('[data-testid=series-current] circle').count()).toBe(12);
        expect(await page().locator('[data-testid=series-current] path').first().getAttribute('d')).toMatch(/^M/);
        expect(await page().getByTestId('fpy-summary').textContent()).toMatch(/[1-9]\d* of 12 periods had inspections; the latest,\s+.+: \d+(\.\d)?\s?% \([\d,]+ of [\d,]+\)/);
        const href = await page().locator('[data-testid=series-current] a').first().getAttribute('href');
        expect(href).toMatch(/^\/kpi\/first-pass-yield\?grain=WEEK&period=\d{4}-\d{2}-\d{2}&records=all$/);
        expect((await ui.open(href!))?.status()).toBe(200);
      });

      it('counts and lists the nonconformances not yet closed, as qms does', async () => {
        const counts = await ui.stack().query<{ open: { totalCount: number }; dispositioned: { totalCount: number } }>(
          '{ open: nonconformances(filter: { status: [OPEN] }) { totalCount } dispositioned: nonconformances(filter: { status: [DISPOSITIONED] }) { totalCount } }',
        );
        await ui.open('/quality');
        expect(await page().locator('[data-testid=ncr-counts] tr[data-status=OPEN] td').last().textContent()).toBe(String(counts.data!.open.totalCount));
        expect(await page().locator('[data-testid=ncr-counts] tr[data-status=DISPOSITIONED] td').last().textContent()).toBe(String(counts.data!.dispositioned.totalCount));
        const numbers = await texts('[data-testid=nonconformances] tbody th');
        expect(numbers.length).toBe(counts.data!.open.totalCount + counts.data!.dispositioned.totalCount);
        expect(numbers).toContain(openNcr.number);
        for (const status of await texts('[data-testid=nonconformances] tbody .badge')) expect(status).toMatch(/^(open|dispositioned)$/);
        expect(await texts('[data-testid=capa-board] h3')).toEqual([
          expect.stringMatching(/^Open \(\d+\)$/),
          expect.stringMatching(/^Root cause identified/),
          expect.stringMatching(/^Actions in progress/),
          expect.stringMatching(/^Awaiting effectiveness check/),
          expect.stringMatching(/^Effective/),
          expect.stringMatching(/^Closed/),
        ]);
      });

      it('answers a period length and a page that are not ones with form problems', async () => {
        const response = await ui.open('/quality?grain=YEAR&page=nope');
        expect(response?.status()).toBe(200);
        expect(await texts('[data-testid=form-problems] li')).toEqual(['“YEAR” is not a period length; showing weeks.', '“nope” is not a page number; showing the first page.']);
        expect(await page().locator('[data-testid=series-current] circle').count()).toBe(12);
      });
    });

    describe('a nonconformance', () => {
      it('shows its lot, item, supplier and the inspection results that failed, and offers a planner nothing', async () => {
        expect((await ui.open(`/quality/nonconformances/${openNcr.id}`))?.status()).toBe(200);
        expect(await page().locator('h1').textContent()).toContain(openNcr.number);
        expect(await page().locator('[data-testid=ncr-facts] [data-testid=lot-link]').getAttribute('href')).toMatch(/^\/traceability\?lot=[0-9a-f-]{36}$/);
        if (openNcr.source === 'SUPPLIER') expect(await page().locator('[data-testid=ncr-facts] a[href^="/purchasing/suppliers/"]').count()).toBe(1);
        expect(await page().locator('[data-testid=failed-results] tbody tr').count()).toBeGreaterThan(0);
        expect(await page().getByTestId('ncr-actions').count()).toBe(0);
        const forced = await page().request.post(`${baseUrl}/quality/nonconformances/${openNcr.id}?/disposition`, {
          form: { disposition: 'SCRAP' },
          headers: { origin: baseUrl, accept: 'application/json' },
        });
        expect(JSON.stringify(await forced.json())).toContain('may not disposition nonconformances');
        expect(await ncrState(openNcr.id)).toMatchObject({ status: 'OPEN', disposition: null });
      });

      it('is dispositioned through its page by a quality engineer, who is told what qms refuses', async () => {
        const as = quality.page;
        await openAs(as, `/quality/nonconformances/${openNcr.id}`);
        const offered = await as.locator('[data-testid=disposition-form] input[name=disposition]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
        expect(offered).toEqual(openNcr.source === 'SUPPLIER' ? ['USE_AS_IS', 'CONCESSION', 'REWORK', 'SCRAP', 'RETURN_TO_SUPPLIER'] : ['USE_AS_IS', 'CONCESSION', 'REWORK', 'SCRAP']);
        // A concession needs a justification: the form asks for one, and the server refuses one forced without it.
        const forced = await as.request.post(`${baseUrl}/quality/nonconformances/${openNcr.id}?/disposition`, { form: { disposition: 'CONCESSION' }, headers: { origin: baseUrl, accept: 'application/json' } });
        expect(JSON.stringify(await forced.json())).toContain('Concession needs a justification.');

        await as.check('input[name=disposition][value=CONCESSION]');
        await as.fill('[data-testid=disposition-form] textarea[name=note]', 'Deviation permit DP-7 signed by engineering');
        await as.click('[data-testid=disposition-form] button[type=submit]');
        await expect.poll(() => as.getByTestId('action-done').textContent()).toBe('Dispositioned: concession.');
        expect(await as.locator('h1 .badge').textContent()).toBe('dispositioned');
        expect(await ncrState(openNcr.id)).toMatchObject({ status: 'DISPOSITIONED', disposition: 'CONCESSION' });
        expect(await as.locator('[data-testid=disposition-form]').count()).toBe(0);

        // Forced again, qms's conflict comes back as a message, not an error page.
        const again = await as.request.post(`${baseUrl}/quality/nonconformances/${openNcr.id}?/disposition`, { form: { disposition: 'SCRAP' }, headers: { origin: baseUrl, accept: 'application/json' } });
        expect(again.status()).toBe(409);
        expect(JSON.stringify(await again.json())).toContain('only an open one gets a disposition');
      });

      it('is a 404 for an unknown or malformed id', async () => {
        for (const path of [`/quality/nonconformances/${unknownId}`, '/quality/nonconformances/NCR-nope', `/quality/capas/${unknownId}`, '/quality/capas/%3Cscript%3E']) {
          const response = await ui.open(path);
          expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
        }
      });
    });

    describe('a CAPA', () => {
      it('opens from its nonconformance and goes round the loop: 5 Why, an action, its effectiveness, closed', async () => {
        const as = quality.page;
        await openAs(as, `/quality/nonconformances/${openNcr.id}`);
        await as.fill('[data-testid=open-capa-form] input[name=title]', 'Corroded castings on arrival');
        await as.fill('[data-testid=open-capa-form] textarea[name=problem]', 'Incoming lots fail the visual check for corrosion');
        await as.click('[data-testid=open-capa-form] button[type=submit]');
        await as.waitForURL(/\/quality\/capas\/[0-9a-f-]{36}$/);
        const capaId = as.url().split('/').at(-1)!;
        expect((await ncrState(openNcr.id)).capa).toEqual({ id: capaId });
        expect(await as.locator('.loop [aria-current=step]').textContent()).toBe('Open');

        await as.fill('input[name=why1]', 'Moisture reached the castings in transit');
        await as.fill('input[name=why3]', 'A why after a gap');
        await as.fill('input[name=rootCause]', 'The packaging specification asks for no desiccant');
        await as.click('[data-testid=root-cause-form] button[type=submit]');
        await expect.poll(() => as.getByTestId('action-problem').textContent()).toBe('The root cause was refused: Why 2 is empty; each why answers the one before.');
        await as.fill('input[name=why2]', 'The crates are not sealed');
        await as.fill('input[name=why3]', '');
        await as.click('[data-testid=root-cause-form] button[type=submit]');
        await expect.poll(() => as.locator('[data-testid=whys] li').count()).toBe(2);

        const due = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
        await as.fill('[data-testid=add-action-form] input[name=description]', 'Add desiccant to the packaging specification');
        await as.fill('[data-testid=add-action-form] input[name=owner]', 'Quinn Quality');
        await as.fill('[data-testid=add-action-form] input[name=dueDate]', due);
        await as.click('[data-testid=add-action-form] button[type=submit]');
        await expect.poll(() => as.locator('[data-testid=capa-actions] tbody tr').count()).toBe(1);
        expect(await as.locator('[data-testid=capa-actions] tbody td').first().textContent()).toBe('Quinn Quality');
        await as.click('[data-testid=capa-actions] button');
        await as.waitForSelector('[data-testid=check-form]');
        await as.check('[data-testid=check-form] input[value=yes]');
        await as.fill('[data-testid=check-form] input[name=note]', 'The next three lots passed the visual check');
        await as.click('[data-testid=check-form] button[type=submit]');
        await as.click('button:text-is("Close CAPA")');
        await expect.poll(() => as.locator('h1 .badge').textContent()).toBe('closed');

        const stored = await ui.stack().query<{ capa: { status: string; whys: string[]; actions: { owner: string; dueDate: string; status: string }[]; effectivenessChecks: { effective: boolean }[] } }>(
          'query ($id: ID!) { capa(id: $id) { status whys actions { owner dueDate status } effectivenessChecks { effective } } }',
          { id: capaId },
        );
        expect(stored.data!.capa).toEqual({
          status: 'CLOSED',
          whys: ['Moisture reached the castings in transit', 'The crates are not sealed'],
          actions: [{ owner: 'Quinn Quality', dueDate: due, status: 'DONE' }],
          effectivenessChecks: [{ effective: true }],
        });

        await ui.open('/quality');
        expect(await page().locator(`[data-testid=capa-board] [data-status=CLOSED] a[href="/quality/capas/${capaId}"]`).count()).toBe(1);
        await ui.open(`/quality/capas/${capaId}`);
        expect(await page().getByTestId('root-cause').textContent()).toContain('The packaging specification asks for no desiccant');
        expect(await page().locator('form').count()).toBe(0);
      });
    });

    describe('quality on the quality pages', () => {
      const pages = () => ['/quality', `/quality/nonconformances/${openNcr.id}`];

      it('has no serious or critical axe-core violation, the forms included', async () => {
        for (const path of pages()) {
          await ui.open(path);
          expect({ path, violations: await seriousViolations(page()) }).toEqual({ path, violations: [] });
        }
        const capa = await ui.stack().query<{ capas: { items: { id: string }[] } }>('{ capas(first: 1) { items { id } } }');
        await openAs(quality.page, `/quality/capas/${capa.data!.capas.items[0]!.id}`);
        expect(await seriousViolations(quality.page)).toEqual([]);
        await openAs(quality.page, `/quality/nonconformances/${openNcr.id}`);
        expect(await seriousViolations(quality.page)).toEqual([]);
      });

      it('is usable at 390 px without overflowing the page', async () => {
        const wide = page().viewportSize();
        await page().setViewportSize({ width: 390, height: 844 });
        try {
          for (const path of pages()) {
            await ui.open(path);
            expect({ path, overflow: await horizontalOverflow(page()) }).toEqual({ path, overflow: 0 });
          }
        } finally {
          if (wide) await page().setViewportSize(wide);
        }
      });
    });
  });
}
