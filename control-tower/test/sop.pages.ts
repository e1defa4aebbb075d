import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { open as openPage } from './harness.ts';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The S&OP page over the demo company (signed in as the demo planner): the
 * plan of a family, a scenario beside it, saving a consensus plan, the
 * exports, and what an executive is not offered. Called from a spec that
 * has started the control tower.
 */
export function describeSopPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  let pumps: { id: string; code: string };
  let scenario: { id: string; name: string };

  const texts = (selector: string) => ui.page().locator(selector).allTextContents();
  const count = (selector: string) => ui.page().locator(selector).count();
  const origin = () => new URL(ui.page().url()).origin;
  /** A table column's figures as numbers, read back from the English-locale text. */
  const column = async (table: string, child: number) => (await texts(`[data-testid=${table}] tbody tr td:nth-child(${child})`)).map((text) => Number(text.replace(/[,+]/g, '')));
  const consensusCount = async () =>
    (await ui.stack().query<{ consensusPlans: unknown[] }>(`query ($id: ID!) { consensusPlans(familyId: $id) { id } }`, { id: pumps.id })).data!.consensusPlans.length;

  beforeAll(async () => {
    const facts = await ui.stack().query<{ productFamilies: { id: string; code: string; items: { id: string }[] }[] }>(`{ productFamilies { id code items { id } } }`);
    const family = facts.data!.productFamilies.find((candidate) => candidate.code === 'PUMPS')!;
    pumps = { id: family.id, code: family.code };
    // A scenario in which the first pump sells 5,000 more in a week two months out.
    const created = await ui.stack().query<{ createScenario: { id: string; name: string } }>(`mutation { createScenario(input: { name: "S&OP: pump campaign" }) { id name } }`);
    scenario = created.data!.createScenario;
    const now = new Date();
    const week = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 10)).toISOString().slice(0, 10);
    const changed = await ui.stack().query(`mutation ($input: ScenarioDemandInput!) { changeScenarioDemand(input: $input) { id } }`, {
      input: { scenarioId: scenario.id, itemId: family.items[0]!.id, weekStart: week, quantity: 5000 },
    });
    expect(changed.errors).toBeUndefined();
  });

  describe('the S&OP page', () => {
    it('draws the demo family’s plan: supply, demand, load and capacity over 18 months', async () => {
      expect((await ui.open('/sop?family=PUMPS'))?.status()).toBe(200);
      expect(await texts('[data-testid=sop-plan] h2')).toEqual(['Live plan']);
      expect(await count('[data-testid=sop-months] tbody tr')).toBe(18);
      const chart = ui.page().locator('[data-testid=sop-chart]');
      expect(await chart.getAttribute('aria-label')).toMatch(/supply against demand in EA and load against capacity in hours over 18 months/);
      for (const series of ['demand', 'forecast', 'orders', 'capacity']) expect(await chart.locator(`path[data-series=${series}]`).getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){17}$/);
      // Demand (4th cell), supply (7th), capacity (8th) and load (9th) are not all zero.
      for (const child of [4, 7, 8, 9]) expect((await column('sop-months', child)).reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
      expect(await chart.locator('rect[data-series=production], rect[data-series=purchases]').count()).toBeGreaterThan(0);
      expect(await chart.locator('rect[data-series=family-load]').count()).toBeGreaterThan(0);
    });

    it('switches to a scenario shown beside the live plan, with the differences', async () => {
      await ui.open(`/sop?family=${pumps.id}`);
      await ui.page().selectOption('select[name=scenario]', scenario.id);
      await ui.page().locator('[data-testid=sop-filters] button[type=submit]').click();
      await ui.page().waitForURL(new RegExp(`scenario=${scenario.id}`));
      await ui.page().waitForSelector('[data-testid=sop-deltas]');
      expect(await texts('[data-testid=sop-plan] h2')).toEqual(['Live plan', scenario.name]);
      expect(await count('[data-testid=sop-chart]')).toBe(2);
      // The third month holds the campaign week: its 5,000 replace that week's forecast (2nd cell); no other month's forecast changes.
      const forecast = await column('sop-deltas', 2);
      expect(forecast[2]).toBeGreaterThan(4000);
      expect(forecast.filter((value, index) => index !== 2 && value !== 0)).toEqual([]);
    });

    it('saves a consensus plan from the form and lists it', async () => {
      const before = await consensusCount();
      await ui.open(`/sop?family=${pumps.id}&months=6`);
      expect(await count('[data-testid=consensus-form] input[name^=quantity-]')).toBe(6);
      await ui.page().locator('[data-testid=consensus-form] input[name^=quantity-]').first().fill('1234');
      await ui.page().locator('[data-testid=consensus-form] textarea[name=decisions]').fill('Add a Saturday shift in assembly\nHold pump prices until the campaign');
      await ui.page().locator('[data-testid=consensus-form] button[type=submit]').click();
      await expect.poll(() => ui.page().getByTestId('consensus-saved').textContent()).toMatch(/^Saved SOP-\d{4}-\d{6}\.$/);
      expect(await consensusCount()).toBe(before + 1);
      expect(ui.page().url()).toContain(`family=${pumps.id}`);
      // The page reads the plans and the list again after the form's answer; that takes a few seconds on a busy machine.
      const newest = ui.page().locator('[data-testid=consensus-plan]').first();
      await expect.poll(() => newest.locator('.decision-list li').allTextContents(), { timeout: 20_000 }).toEqual(['Add a Saturday shift in assembly', 'Hold pump prices until the campaign']);
      expect(await newest.locator('td').nth(2).textContent()).toBe('demo-planner');
    });

    it('tells what is wrong with a consensus plan without a quantity or decisions, saving nothing', async () => {
      const before = await consensusCount();
      await ui.open(`/sop?family=${pumps.id}&months=3`);
      await ui.page().locator('[data-testid=consensus-form] input[name^=quantity-]').first().fill('');
      await ui.page().locator('[data-testid=consensus-form] button[type=submit]').click();
      await ui.page().waitForSelector('[data-testid=save-problems]');
      expect(await texts('[data-testid=save-problems] li')).toEqual([expect.stringMatching(/^\d{4}-\d{2}: give a quantity of 0 or more\.$/), 'Write down at least one decision of the meeting, one per line.']);
      expect(await consensusCount()).toBe(before);
    });

    it('offers an executive no consensus form and refuses a forced save', async () => {
      const before = await consensusCount();
      const context = await ui.page().context().browser()!.newContext();
      try {
        const executive = await context.newPage();
        await openPage(executive, origin(), '/sign-in');
        await executive.locator('button[value=demo-executive]').click();
        await executive.waitForURL(`${origin()}/`);
        await openPage(executive, origin(), `/sop?family=${pumps.id}`);
        expect(await executive.locator('[data-testid=sop-chart]').count()).toBe(1);
        expect(await executive.locator('[data-testid=consensus-form]').count()).toBe(0);
        const forced = await executive.request.post(`${origin()}/sop?/save`, {
          form: { familyId: pumps.id, 'quantity-2030-01-01': '5', decisions: 'Forced' },
          headers: { origin: origin(), accept: 'application/json' },
        });
        expect(JSON.stringify(await forced.json())).toContain('Only planners may save a consensus plan.');
      } finally {
        await context.close();
      }
      expect(await consensusCount()).toBe(before);
    });

    it('exports the plan as CSV (a header and a row per month) and as a PDF', async () => {
      await ui.open(`/sop?family=${pumps.id}&months=12`);
      const csvHref = await ui.page().getByTestId('export-csv').getAttribute('href');
      const csv = await ui.page().request.get(`${origin()}${csvHref}`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
      const rows = (await csv.text()).trimEnd().split('\r\n');
      expect(rows).toHaveLength(13);
      expect(rows[0]).toMatch(/^family,scenario,unit,month,forecast,orders,demand,production,purchases,supply,capacity_hours,load_hours,family_load_hours$/);
      expect(rows[1]).toMatch(/^PUMPS,Live plan,EA,\d{4}-\d{2},/);

      const pdfHref = await ui.page().getByTestId('export-pdf').getAttribute('href');
      const pdf = await ui.page().request.get(`${origin()}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      const body = await pdf.body();
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(body.subarray(-6).toString('latin1')).toBe('%%EOF\n');
    });

    it('answers unknown or malformed parameters with form problems, and exports refuse them', async () => {
      const response = await ui.open('/sop?family=no-such-family&scenario=x&from=2026-13&months=99');
      expect(response?.status()).toBe(200);
      const problems = await texts('[data-testid=form-problems] li');
      expect(problems).toEqual([
        '“no-such-family” is not a product family; showing PROCESS.',
        '“x” is not a plan scenario; showing the live plan alone.',
        '“2026-13” is not a month (YYYY-MM); starting this month.',
        '“99” months: a plan shows 1 to 36 months; showing 18.',
      ]);
      expect(await count('[data-testid=sop-months] tbody tr')).toBe(18);
      const refused = await ui.page().request.get(`${origin()}/sop/export.csv?family=${pumps.id}&months=0`);
      expect(refused.status()).toBe(400);
      expect((await ui.page().request.get(`${origin()}/sop/export.pdf?family=nope`)).status()).toBe(400);
    });
  });

  describe('quality on the S&OP page', () => {
    const pages = () => [`/sop?family=${pumps.id}`, `/sop?family=${pumps.id}&scenario=${scenario.id}`];

    itIsAccessibleAndNarrow(ui.page, ui.open, pages);

    it('works by keyboard: the family choice and the consensus form are reached with Tab', async () => {
      await ui.open(`/sop?family=${pumps.id}&months=3`);
      const reached = new Set<string>();
      for (let presses = 0; presses < 80 && reached.size < 2; presses++) {
        await ui.page().keyboard.press('Tab');
        const name = await ui.page().evaluate(() => document.activeElement?.getAttribute('name'));
        if (name === 'family' || name === 'decisions') reached.add(name);
      }
      expect([...reached].sort()).toEqual(['decisions', 'family']);
    });

    it('follows the reader’s locale for months and quantities', async () => {
      const context = await ui.page().context().browser()!.newContext({ locale: 'de-DE' });
      try {
        const german = await context.newPage();
        await openPage(german, origin(), `/sop?family=${pumps.id}&from=2030-03&months=1`);
        expect(await german.locator('[data-testid=sop-months] tbody th').allTextContents()).toEqual(['März 2030']);
      } finally {
        await context.close();
      }
    });
  });
}
