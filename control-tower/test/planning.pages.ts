import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Page, Response } from 'playwright-core';
import type { Stack } from '@plexus/scripts/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { itIsAccessibleAndNarrow } from './quality.ts';

/**
 * The planning pages in Chromium over the demo company's plant: its live
 * schedule on the Gantt chart (zoom, pan, details, drags weighed and
 * committed or refused), the rush-order dialog, an item's MRP record with
 * pegging, messages, firm and release, and a scenario beside the live plan;
 * and a Gantt chart of 2,000 operations zoomed within a frame's budget.
 */
export function describePlanningPages(ui: { page: () => Page; open: (path: string) => Promise<Response | null>; stack: () => Stack }): void {
  interface Operation {
    workOrder: { id: string };
    workOrderNumber: string;
    item: { id: string; sku: string };
    sequence: number;
    machine: { id: string; code: string };
    start: string;
    end: string;
    setupMinutes: number;
    late: boolean;
  }
  interface Schedule {
    id: string;
    number: string;
    operations: Operation[];
  }
  const hour = 3_600_000;
  /** Pages answer slowly on a busy machine: polls wait this long. */
  const patiently = { timeout: 20_000, interval: 100 };
  const frozenHours = 8;
  let plant: { id: string; name: string };
  let liveScenarioId: string;

  const page = () => ui.page();
  const texts = (selector: string) => page().locator(selector).allTextContents();
  /** A locator's text as read: runs of white space are one space. */
  const words = async (locator: ReturnType<Page['locator']>) => (await locator.textContent())!.replace(/\s+/g, ' ').trim();
  const ms = (iso: string) => Date.parse(iso);
  /** Longest-running operations first: their bars are the widest to click or grab. */
  const widestFirst = (a: Operation, b: Operation) => ms(b.end) - ms(b.start) - (ms(a.end) - ms(a.start));
  const sequenceNumber = (number: string) => Number(number.split('-').at(-1));
  const scheduleFields = `id number operations { workOrder { id } workOrderNumber item { id sku } sequence machine { id code } start end setupMinutes late }`;

  async function liveSchedule(): Promise<Schedule> {
    const answer = await ui.stack().query<{ livePlan: { schedule: Schedule } }>(`query ($site: ID!) { livePlan { schedule(siteId: $site) { ${scheduleFields} } } }`, { site: plant.id });
    return answer.data!.livePlan.schedule;
  }
  const moveInput = (schedule: Schedule, operation: Operation, start: number) => ({
    scheduleVersionId: schedule.id,
    workOrderId: operation.workOrder.id,
    sequence: operation.sequence,
    machineId: operation.machine.id,
    start: new Date(start).toISOString(),
  });
  /** What the graph says to a move: its refusal's reason code and message, or none. */
  async function weigh(schedule: Schedule, operation: Operation, start: number) {
    const answer = await ui.stack().query(`query ($input: OperationMoveInput!) { evaluateOperationMove(input: $input) { kpiDeltas { lateWorkOrders } } }`, {
      input: moveInput(schedule, operation, start),
    });
    const error = answer.errors?.[0];
    return { ok: !!answer.data?.evaluateOperationMove, reason: error?.extensions?.reason as string | undefined, message: error?.message };
  }
  const bar = (operation: Pick<Operation, 'workOrderNumber' | 'sequence'>) =>
    page().locator(`[data-testid=operation][data-work-order="${operation.workOrderNumber}"][data-sequence="${operation.sequence}"]`);
  const range = async () => {
    const gantt = page().getByTestId('gantt');
    return { from: ms((await gantt.getAttribute('data-from'))!), to: ms((await gantt.getAttribute('data-to'))!) };
  };
  /** Drags an operation's bar sideways by a span of time, at the chart's current zoom. */
  async function dragBy(operation: Operation, shiftMs: number) {
    // A row per work order runs below the fold: the pointer only grabs a bar on screen.
    await bar(operation).scrollIntoViewIfNeeded();
    const box = (await bar(operation).locator('rect.run').boundingBox())!;
    // The scale from the bars farthest apart in time: a short bar is a few pixels wide, too few to measure it by.
    const pixelsPerMs = await page().evaluate(() => {
      const bars = [...document.querySelectorAll('[data-testid=operation]')].map((group) => ({
        start: Date.parse(group.getAttribute('data-start')!),
        x: group.querySelector('rect.run')!.getBoundingClientRect().x,
      }));
      const first = bars.reduce((earliest, candidate) => (candidate.start < earliest.start ? candidate : earliest));
      const last = bars.reduce((latest, candidate) => (candidate.start > latest.start ? candidate : latest));
      return (last.x - first.x) / (last.start - first.start);
    });
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page().mouse.move(x, y);
    await page().mouse.down();
    await page().mouse.move(x + (shiftMs * pixelsPerMs) / 2, y, { steps: 4 });
    await page().mouse.move(x + shiftMs * pixelsPerMs, y, { steps: 4 });
    // Mid-drag, the bar follows the pointer and the chart says where it would land.
    // The page redraws after the pointer's last move: wait for the redraw, not a fixed time.
    await expect.poll(() => bar(operation).getAttribute('transform')).toMatch(/^translate\(-?[\d.]+ 0\)$/);
    await expect.poll(() => page().getByTestId('drop-hint').textContent()).toMatch(/UTC · \S+$/);
    await page().mouse.up();
  }
  const scheduleNumber = async () => (await page().getByTestId('schedule-number').textContent())!.trim();

  beforeAll(async () => {
    const facts = await ui.stack().query<{ sites: { id: string; code: string; name: string }[]; livePlan: { id: string } }>(`{ sites { id code name } livePlan { id } }`);
    plant = facts.data!.sites.find((site) => site.code.startsWith('PLT'))!;
    liveScenarioId = facts.data!.livePlan.id;
  });

  describe('the live schedule on the Gantt chart', () => {
    it('draws the demo plant’s published schedule by machine: every operation, the now line, the frozen zone, hatched changeovers, late ones marked', async () => {
      const schedule = await liveSchedule();
      expect(schedule.operations.length).toBeGreaterThan(0);
      expect((await ui.open('/planning'))?.status()).toBe(200);
      expect(await scheduleNumber()).toBe(schedule.number);
      expect(await page().locator('[data-testid=operation]').count()).toBe(schedule.operations.length);
      expect(await texts('[data-testid=gantt] .row-label')).toEqual([...new Set(schedule.operations.map((operation) => operation.machine.code))].sort((a, b) => a.localeCompare(b)));
      const nowX = Number(await page().getByTestId('now-line').getAttribute('x1'));
      const frozen = page().getByTestId('frozen-zone');
      expect(Number(await frozen.getAttribute('x'))).toBeCloseTo(nowX, 3);
      expect(Number(await frozen.getAttribute('width'))).toBeGreaterThan(0);
      const setups = schedule.operations.filter((operation) => operation.setupMinutes > 0);
      expect(setups.length).toBeGreaterThan(0);
      expect(await page().locator('[data-testid=setup]').count()).toBe(setups.length);
      expect(await page().locator('[data-testid=setup]').first().getAttribute('fill')).toBe('url(#setup-hatch)');
      const late = schedule.operations.filter((operation) => operation.late);
      expect(late.length).toBeGreaterThan(0);
      expect(await page().locator('[data-testid=operation].late').count()).toBe(late.length);
      expect(await bar(late[0]!).getAttribute('aria-label')).toMatch(/, late/);
      expect(await bar(late[0]!).locator('rect.run').evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgb(179, 38, 30)');
    });

    it('switches to a row per work order', async () => {
      const schedule = await liveSchedule();
      await ui.open('/planning');
      await page().selectOption('select[name=view]', 'order');
      await page().click('form.filters button[type=submit]');
      await page().waitForURL(/view=order/);
      await page().waitForSelector('[data-testid=gantt][aria-label*="by work order"]');
      expect(await texts('[data-testid=gantt] .row-label')).toEqual([...new Set(schedule.operations.map((operation) => operation.workOrderNumber))].sort((a, b) => a.localeCompare(b)));
      expect(await page().locator('[data-testid=operation]').count()).toBe(schedule.operations.length);
    });

    it('zooms in with the wheel from weeks to hours, pans by dragging the background, and by buttons from the keyboard', async () => {
      await ui.open('/planning');
      const whole = await range();
      expect(whole.to - whole.from).toBeGreaterThan(3 * 24 * hour);
      const plot = (await page().getByTestId('gantt').boundingBox())!;
      // Over the axis band: the background, never an operation.
      const at = { x: plot.x + plot.width * 0.6, y: plot.y + 10 };
      await page().mouse.move(at.x, at.y);
      for (let step = 0; step < 8; step++) await page().mouse.wheel(0, -400);
      await expect.poll(async () => (await range()).to - (await range()).from, patiently).toBeLessThan((whole.to - whole.from) / 4);
      const zoomed = await range();
      expect(zoomed.from).toBeGreaterThan(whole.from);
      // Zoomed in, fewer operations are in view than the schedule has.
      const [, inView, all] = /, (\d+) of (\d+) operations in view$/.exec((await page().getByTestId('gantt').getAttribute('aria-label'))!)!;
      expect(Number(inView)).toBeLessThan(Number(all));

      await page().mouse.move(at.x, at.y);
      await page().mouse.down();
      await page().mouse.move(at.x - 300, at.y, { steps: 6 });
      await page().mouse.up();
      const panned = await range();
      expect(panned.from).toBeGreaterThan(zoomed.from);
      expect(panned.to - panned.from).toBeCloseTo(zoomed.to - zoomed.from, -3);

      await page().getByRole('button', { name: '‹ Earlier' }).focus();
      await page().keyboard.press('Enter');
      await expect.poll(async () => (await range()).from, patiently).toBeLessThan(panned.from);
      await page().getByRole('button', { name: 'Whole schedule' }).click();
      await expect.poll(range, patiently).toEqual(whole);
    });

    it('opens an operation’s details: when it runs, and the predecessor or machine that holds it, or why it is late', async () => {
      const schedule = await liveSchedule();
      // Widest first: a few minutes' operation is a bar of two or three pixels that its neighbour on the machine overlaps.
      const operations = [...schedule.operations].sort(widestFirst);
      const heldByStep = operations.find((operation) =>
        operations.some((other) => other.workOrder.id === operation.workOrder.id && other.sequence < operation.sequence && Math.abs(ms(other.end) - ms(operation.start)) <= 60_000),
      )!;
      const predecessor = operations
        .filter((other) => other.workOrder.id === heldByStep.workOrder.id && other.sequence < heldByStep.sequence)
        .sort((a, b) => b.sequence - a.sequence)[0]!;
      const heldByMachine = operations.find((operation) =>
        operations.some((other) => other !== operation && other.machine.id === operation.machine.id && Math.abs(ms(other.end) - (ms(operation.start) - operation.setupMinutes * 60_000)) <= 60_000),
      )!;
      const late = operations.find((operation) => operation.late)!;
      expect([heldByStep, heldByMachine, late].every(Boolean)).toBe(true);

      await ui.open('/planning');
      await bar(heldByStep).click();
      const details = page().getByTestId('operation-details');
      expect(await details.locator('h2').textContent()).toBe(`${heldByStep.workOrderNumber} · step ${heldByStep.sequence}`);
      expect(await details.locator('[data-testid=why]').textContent()).toContain(`Waits for its step ${predecessor.sequence} on ${predecessor.machine.code}, which ends at`);
      expect(await bar(heldByStep).getAttribute('aria-pressed')).toBe('true');

      // By keyboard: focus the bar, Enter selects it.
      await bar(heldByMachine).focus();
      await page().keyboard.press('Enter');
      await expect.poll(() => details.locator('h2').textContent(), patiently).toBe(`${heldByMachine.workOrderNumber} · step ${heldByMachine.sequence}`);
      expect(await details.locator('[data-testid=why]').textContent()).toMatch(new RegExp(`Waits for ${heldByMachine.machine.code}, busy with WO-\\d{4}-\\d+ step \\d+ until .+\\(machine conflict\\)`));

      await bar(late).click();
      await expect.poll(() => details.locator('[data-testid=why] li').first().textContent(), patiently).toMatch(/^Late: ends .+ after its work order is due \(\d{4}-\d{2}-\d{2}\)\.$/);
      expect(await details.textContent()).toContain('— late');
    });
  });

  describe('moving an operation by dragging it', () => {
    it('weighs a drop to another time, then commits it: the published version moves on and the operation sits where it was dropped', async () => {
      const schedule = await liveSchedule();
      const frozenUntil = Date.now() + (frozenHours + 1) * hour;
      // An operation clear of the frozen horizon, wide enough to grab, that the graph lets move a day or two later on its machine.
      const candidates = schedule.operations
        .filter((operation) => ms(operation.start) - operation.setupMinutes * 60_000 > frozenUntil)
        .sort(widestFirst)
        .slice(0, 15);
      let chosen: { operation: Operation; shift: number } | undefined;
      for (const operation of candidates) {
        for (const shift of [24 * hour, 48 * hour, -24 * hour, 72 * hour]) {
          if (ms(operation.start) + shift < frozenUntil) continue;
          if ((await weigh(schedule, operation, ms(operation.start) + shift)).ok) chosen = { operation, shift };
          if (chosen) break;
        }
        if (chosen) break;
      }
      expect(chosen, 'an operation the graph lets move by whole days').toBeDefined();
      const { operation, shift } = chosen!;

      await ui.open('/planning');
      const before = await scheduleNumber();
      await dragBy(operation, shift);
      const impact = page().getByTestId('move-impact');
      await impact.getByTestId('move-deltas').waitFor();
      expect(await words(impact.getByTestId('move-deltas'))).toMatch(/^If moved: late work orders [+-]?\d+, lateness [+-]?[\d.,]+ h, makespan [+-]?[\d.,]+ h, utilisation [+-]?[\d.,]+ points\.$/);
      expect(await impact.locator('h2').textContent()).toContain(`${operation.workOrderNumber} step ${operation.sequence} to ${operation.machine.code}`);
      // Weighing changes nothing.
      expect((await liveSchedule()).number).toBe(schedule.number);

      await page().getByTestId('commit-move').click();
      await page().getByTestId('committed').waitFor();
      expect(await page().getByTestId('committed').textContent()).toMatch(/^Moved; published SCH-\d{4}-\d+\.$/);
      await expect.poll(scheduleNumber, patiently).not.toBe(before);
      const after = await liveSchedule();
      expect(await scheduleNumber()).toBe(after.number);
      expect(sequenceNumber(after.number)).toBeGreaterThan(sequenceNumber(before));
      const moved = after.operations.find((candidate) => candidate.workOrder.id === operation.workOrder.id && candidate.sequence === operation.sequence)!;
      expect(ms(moved.start)).toBe(ms(operation.start) + shift);
    });

    it('refuses a drop before the previous step ends with the graph’s message, and nothing changes', async () => {
      const schedule = await liveSchedule();
      const frozenUntil = Date.now() + (frozenHours + 1) * hour;
      let chosen: { operation: Operation; shift: number; message: string } | undefined;
      for (const operation of schedule.operations.filter((candidate) => candidate.sequence > 10 && ms(candidate.start) - candidate.setupMinutes * 60_000 > frozenUntil)) {
        const predecessor = schedule.operations
          .filter((other) => other.workOrder.id === operation.workOrder.id && other.sequence < operation.sequence)
          .sort((a, b) => b.sequence - a.sequence)[0];
        if (!predecessor) continue;
        // Whole days: a drag snaps to steps of up to a day at the whole schedule's zoom, so a shift of hours could land elsewhere.
        for (const shift of [-24 * hour, -48 * hour, -72 * hour]) {
          const start = ms(operation.start) + shift;
          if (start < frozenUntil || start >= ms(predecessor.end)) continue;
          const weighed = await weigh(schedule, operation, start);
          if (weighed.reason === 'BREAKS_PRECEDENCE') chosen = { operation, shift, message: weighed.message! };
          if (chosen) break;
        }
        if (chosen) break;
      }
      expect(chosen, 'an operation whose earlier drop the graph refuses for precedence').toBeDefined();
      const { operation, shift, message } = chosen!;

      // By work order this time: the page stays by work order after weighing the drop.
      await ui.open('/planning?view=order');
      await dragBy(operation, shift);
      const refused = page().getByTestId('move-refused');
      await refused.waitFor();
      expect(await refused.textContent()).toBe(`The move is refused, nothing changed: ${message}`);
      expect(await page().getByTestId('commit-move').count()).toBe(0);
      expect(new URL(page().url()).searchParams.get('view')).toBe('order');
      expect(await page().getByTestId('gantt').getAttribute('aria-label')).toContain('by work order');
      await ui.open('/planning');
      expect(await scheduleNumber()).toBe(schedule.number);
      expect(await bar(operation).getAttribute('data-start')).toBe(operation.start);
    });
  });

  describe('the rush-order dialog', () => {
    it('refuses a quantity that is not one, then weighs a rush order of a made item and commits it into a newly published schedule', async () => {
      const schedule = await liveSchedule();
      const item = schedule.operations[0]!.item;
      await ui.open('/planning');
      await page().locator('[data-testid=rush] summary').click();
      const form = page().getByTestId('rush-form');
      await form.locator('select[name=itemId]').selectOption(item.id);
      await form.locator('input[name=quantity]').fill('-4');
      await form.getByRole('button', { name: 'Evaluate' }).click();
      await page().getByTestId('rush-refused').waitFor();
      expect(await page().getByTestId('rush-refused').textContent()).toBe('“-4” is not a quantity: give a number greater than 0.');
      expect(await form.locator('input[name=quantity]').inputValue()).toBe('-4');

      const due = new Date(Date.now() + 21 * 24 * hour).toISOString().slice(0, 10);
      await form.locator('input[name=quantity]').fill('5');
      await form.locator('input[name=dueDate]').fill(due);
      await form.getByRole('button', { name: 'Evaluate' }).click();
      const impact = page().getByTestId('rush-impact');
      await impact.waitFor();
      expect(await words(impact)).toMatch(/Earliest possible: .+ UTC; in this plan .+ UTC \((on time|late) for .+\)\./);
      expect(await words(impact)).toMatch(/\d+ work orders finish later.*; newly late: .+\./);
      expect((await liveSchedule()).number).toBe(schedule.number);

      await page().getByTestId('commit-rush').click();
      await page().getByTestId('committed').waitFor();
      const committed = (await page().getByTestId('committed').textContent())!;
      const [, plannedOrder, version] = /^Rush order committed: (PLO-\d{4}-\d+) in (SCH-\d{4}-\d+), finishing .+ UTC\.$/.exec(committed)!;
      expect(sequenceNumber(version!)).toBeGreaterThan(sequenceNumber(schedule.number));
      await expect.poll(scheduleNumber, patiently).toBe(version);
      const released = await ui.stack().query<{ livePlan: { schedule: { number: string } } }>(`query ($site: ID!) { livePlan { schedule(siteId: $site) { number } } }`, { site: plant.id });
      expect(released.data!.livePlan.schedule.number).toBe(version);
      expect(plannedOrder).toMatch(/^PLO-/);
    });
  });

  describe('MRP', () => {
    interface PlannedOrder {
      id: string;
      number: string;
      status: string;
      item: { id: string };
    }
    let run: { weeks: string[]; plannedOrders: PlannedOrder[]; exceptions: { item: { id: string }; message: string }[] };

    beforeAll(async () => {
      const answer = await ui.stack().query(
        `query ($site: ID!) { livePlan { latestMrpRun(siteId: $site) { weeks plannedOrders { id number status item { id } } exceptions { item { id } message } } } }`,
        { site: plant.id },
      );
      run = answer.data!.livePlan.latestMrpRun;
    });

    it('shows an item’s time-phased record, its planned orders with what they are pegged to, and its action messages', async () => {
      const message = run.exceptions[0];
      expect(message, 'the demo run has action messages').toBeDefined();
      expect((await ui.open(`/planning/mrp?item=${message!.item.id}`))?.status()).toBe(200);
      const grid = page().getByTestId('mrp-grid');
      expect(await grid.locator('thead th').count()).toBe(run.weeks.length + 1);
      expect(await grid.locator('tbody th').allTextContents()).toEqual([
        'Gross requirements',
        'Scheduled receipts',
        'Projected on hand',
        'Net requirements',
        'Planned order receipts',
        'Planned order releases',
      ]);
      expect(await grid.locator('tbody tr').first().locator('td').count()).toBe(run.weeks.length);
      expect(await texts('[data-testid=mrp-messages] li')).toEqual(expect.arrayContaining([expect.stringContaining(message!.message)]));

      const pegged = run.plannedOrders[0]!;
      await ui.open(`/planning/mrp?item=${pegged.item.id}`);
      const row = page().locator(`[data-testid=planned-orders] tbody tr[data-number="${pegged.number}"]`);
      expect(await row.locator('[data-testid=pegs]').textContent()).toMatch(/^[\d.,]+ (for PLO-\d{4}-\d+|sales order|forecast|service part|master schedule|safety stock|excess) \(\d{4}-\d{2}-\d{2}\)/);
    });

    it('runs MRP anew, firms one of its planned orders, then releases it: the graph then has it released', async () => {
      await ui.open('/planning/mrp');
      await page().getByRole('button', { name: `Run MRP for ${plant.name}` }).click();
      const done = page().locator('.banner.success');
      await done.waitFor();
      const [, number] = /^MRP run (MRP-\d{4}-\d+) finished\.$/.exec((await done.textContent())!)!;
      const answer = await ui.stack().query(`query ($site: ID!) { livePlan { latestMrpRun(siteId: $site) { number plannedOrders(status: [PLANNED]) { id number status item { id } } } } }`, {
        site: plant.id,
      });
      const latest = answer.data!.livePlan.latestMrpRun as { number: string; plannedOrders: PlannedOrder[] };
      expect(latest.number).toBe(number);
      const order = latest.plannedOrders[0]!;
      expect(order, 'the new run plans an order').toBeDefined();

      await ui.open(`/planning/mrp?item=${order.item.id}`);
      expect(await page().locator('.lede').textContent()).toContain(number);
      const row = () => page().locator(`[data-testid=planned-orders] tbody tr[data-number="${order.number}"]`);
      await row().getByRole('button', { name: 'Firm' }).click();
      await expect.poll(() => row().locator('[data-testid=status]').textContent(), patiently).toBe('firm');
      expect(await page().locator('.banner.success').textContent()).toBe(`${order.number} is firm: later runs keep it.`);
      await row().getByRole('button', { name: 'Release' }).click();
      await expect.poll(() => row().locator('[data-testid=status]').textContent(), patiently).toBe('released');
      expect(await page().locator('.banner.success').textContent()).toMatch(new RegExp(`^${order.number} is released: (purchasing gets a draft purchase order|production gets a work order)\\.$`));
      expect(await row().getByRole('button').count()).toBe(0);
      const released = await ui.stack().query<{ plannedOrder: { status: string; releasedAt: string | null } }>(`query ($id: ID!) { plannedOrder(id: $id) { status releasedAt } }`, { id: order.id });
      expect(released.data!.plannedOrder.status).toBe('RELEASED');
      expect(released.data!.plannedOrder.releasedAt).not.toBeNull();
    });

    it('answers a site and an item that are not ones with form problems', async () => {
      const response = await ui.open('/planning/mrp?site=nowhere&item=%3Cscript%3E');
      expect(response?.status()).toBe(200);
      const problems = await texts('[data-testid=form-problems] li');
      expect(problems[0]).toBe(`“nowhere” is not a site; showing ${plant.name}.`);
      expect(problems[1]).toMatch(/^“<script>” is not an item of this MRP run; showing [\w-]+\.$/);
      expect(problems).toHaveLength(2);
      expect(await page().getByTestId('mrp-grid').count()).toBe(1);
    });
  });

  describe('scenarios', () => {
    it('compares a scenario’s schedule side by side with the live plan’s', async () => {
      const name = `Machine down ${Date.now()}`;
      const created = await ui.stack().query(`mutation ($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`, { input: { name } });
      const scenarioId = created.data!.createScenario.id as string;
      const schedule = await liveSchedule();
      const busiest = schedule.operations[0]!.machine.id;
      const down = await ui.stack().query(`mutation ($input: ScenarioCapacityInput!) { changeScenarioCapacity(input: $input) { id } }`, {
        input: { scenarioId, machineId: busiest, kind: 'MACHINE_DOWN', from: new Date(Date.now() + 10 * hour).toISOString(), to: new Date(Date.now() + 58 * hour).toISOString() },
      });
      expect(down.errors).toBeUndefined();
      const started = await ui.stack().query(`mutation ($input: ScheduleInput!) { startScheduling(input: $input) { id } }`, { input: { scenarioId, siteId: plant.id, seconds: 1 } });
      const runId = started.data!.startScheduling.id as string;
      await expect
        .poll(async () => (await ui.stack().query(`query ($id: ID!) { scheduleRun(id: $id) { status scheduleVersion { id } } }`, { id: runId })).data!.scheduleRun.scheduleVersion?.id ?? null, {
          timeout: 60_000,
          interval: 500,
        })
        .not.toBeNull();

      expect((await ui.open(`/planning/scenarios`))?.status()).toBe(200);
      expect(await texts('[data-testid=scenarios] tbody td:first-child')).toEqual(expect.arrayContaining(['Live plan (live)', name]));
      expect(await page().locator('[data-testid=scenarios] tbody tr', { hasText: name }).textContent()).toContain('machine down');
      // The form offers the live plan's published version as the base; the scenario's draft is picked beside it.
      const versions = await ui.stack().query(`query ($id: ID!, $site: ID!) { planScenario(id: $id) { scheduleVersions(siteId: $site) { id number } } }`, { id: scenarioId, site: plant.id });
      const draft = versions.data!.planScenario.scheduleVersions[0] as { id: string; number: string };
      expect(await page().locator('select[name=base] option:checked').textContent()).toBe(`Live plan: ${schedule.number} (published)`);
      await page().selectOption('select[name=other]', draft.id);
      await page().getByRole('button', { name: 'Compare' }).click();
      await page().waitForURL(/base=.+&other=/);
      const table = page().getByTestId('comparison');
      await table.waitFor();
      expect(await table.locator('thead th').allTextContents()).toEqual(['KPI', `Live plan ${schedule.number}`, `${name} ${draft.number}`, 'Δ']);
      for (const row of await table.locator('tbody tr').all()) {
        const [base, other, delta] = (await row.locator('td').allTextContents()).map((cell) => Number(cell.replace(/[^\d.+-]/g, '')));
        expect(other! - base!).toBeCloseTo(delta!, 0);
      }
      // The selection stays for the next look.
      expect(await page().locator('select[name=other]').inputValue()).toBe(draft.id);
    });

    it('answers versions that are not ones with form problems', async () => {
      const response = await ui.open('/planning/scenarios?base=nope&other=00000000-0000-7000-8000-000000000000');
      expect(response?.status()).toBe(200);
      const problems = (await texts('[data-testid=form-problems] li')).join(' ');
      expect(problems).toContain('“nope” is not a schedule version');
      expect(await page().getByTestId('comparison').count()).toBe(0);
    });
  });

  describe('the planning pages’ parameters', () => {
    it('answers a site and a view that are not ones with form problems, and still draws the plant', async () => {
      const response = await ui.open('/planning?site=%3Cscript%3E&view=pert');
      expect(response?.status()).toBe(200);
      expect(await texts('[data-testid=form-problems] li')).toEqual([`“<script>” is not a site; showing ${plant.name}.`, '“pert” is not a view of the schedule; showing it by machine.']);
      expect(await page().locator('[data-testid=operation]').count()).toBeGreaterThan(0);
    });

    it('does not offer a reader the drag or the rush order, and the graph refuses a forced one', async () => {
      const context = page().context();
      await context.addCookies([{ name: 'plexus_demo_user', value: 'demo-executive', url: new URL(page().url()).origin }]);
      try {
        await ui.open('/planning');
        expect(await page().locator('[data-testid=operation]').count()).toBeGreaterThan(0);
        expect(await page().getByTestId('rush').count()).toBe(0);
        expect(await page().locator('[data-testid=operation].frozen').count()).toBe(await page().locator('[data-testid=operation]').count());
        await ui.open('/planning/mrp');
        expect(await page().getByRole('button', { name: 'Release' }).count()).toBe(0);
        const forced = await page().request.post(`${new URL(page().url()).origin}/planning?/evaluateRush`, {
          form: { siteId: plant.id, itemId: (await liveSchedule()).operations[0]!.item.id, quantity: '1', dueDate: new Date(Date.now() + 20 * 24 * hour).toISOString().slice(0, 10), mode: 'LEAST_DISRUPTION' },
          headers: { origin: new URL(page().url()).origin, accept: 'application/json' },
        });
        expect(JSON.stringify(await forced.json())).toMatch(/403|not allowed|may not|forbidden/i);
      } finally {
        await context.clearCookies({ name: 'plexus_demo_user' });
      }
    });
  });

  describe('a Gantt chart of 2,000 operations', () => {
    it('draws them all and zooms a step within 100 ms of scripting', async () => {
      const bundle = await ganttBundle();
      await page().setContent('<!doctype html><html lang="en"><head><title>Gantt of 2,000 operations</title></head><body><main id="chart"></main></body></html>');
      await page().setViewportSize({ width: 1360, height: 900 });
      await page().addScriptTag({ content: bundle });
      await page().waitForSelector('[data-testid=gantt]');
      expect(await page().locator('[data-testid=operation]').count()).toBe(2_000);
      // Scripting: from the wheel event to the next frame's start (handlers, d3's zoom, the chart's update); the frame after it also has the rendering.
      const steps = await page().evaluate(async () => {
        const svg = document.querySelector('[data-testid=gantt]')!;
        const box = svg.getBoundingClientRect();
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
        const task = () => new Promise((resolve) => setTimeout(resolve, 0));
        const measured: { scripting: number; rendered: number }[] = [];
        for (const deltaY of [-120, -120, 120, -120, 120, -120, -120, 120, -120]) {
          await frame();
          await task();
          const started = performance.now();
          svg.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.left + box.width * 0.6, clientY: box.top + 40, bubbles: true, cancelable: true }));
          await frame();
          const scripting = performance.now() - started;
          await frame();
          measured.push({ scripting, rendered: performance.now() - started });
        }
        return measured;
      });
      const shown = (key: 'scripting' | 'rendered') => steps.map((step) => step[key].toFixed(1)).join(', ');
      console.log(`Gantt of 2,000 operations, zoom steps: scripting ${shown('scripting')} ms; to the frame after, rendering included: ${shown('rendered')} ms`);
      expect(Math.max(...steps.map((step) => step.scripting))).toBeLessThan(100);
      const [, inView] = /, (\d+) of 2000 operations in view$/.exec((await page().getByTestId('gantt').getAttribute('aria-label'))!)!;
      expect(Number(inView)).toBeLessThan(2_000);
    });
  });

  describe('the reader’s locale', () => {
    it('labels the chart’s days and the MRP weeks in German for a German reader', async () => {
      const browser = page().context().browser()!;
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1360, height: 900 } });
      try {
        const german = await context.newPage();
        const origin = new URL(page().url()).origin;
        await german.goto(`${origin}/planning`);
        await german.waitForSelector('html[data-hydrated]');
        const days = (await german.locator('[data-testid=gantt] .axis text').allTextContents()).filter((label) => !label.includes(':'));
        expect(days.length).toBeGreaterThan(0);
        for (const day of days) expect(day).toMatch(/^(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+$/);
        await german.goto(`${origin}/planning/mrp`);
        await german.waitForSelector('html[data-hydrated]');
        for (const week of (await german.locator('[data-testid=mrp-grid] thead th').allTextContents()).slice(1)) expect(week).toMatch(/^\d{1,2}\. \S+$/);
      } finally {
        await context.close();
      }
    });
  });

  describe('quality on the planning pages', () => {
    const pages = ['/planning', '/planning?view=order', '/planning/mrp', '/planning/scenarios'];

    itIsAccessibleAndNarrow(page, ui.open, () => pages);
  });
}

/**
 * The Gantt component alone, built for the browser with 2,000 operations of
 * 40 machines over two weeks, mounted into the page it is added to.
 */
async function ganttBundle(): Promise<string> {
  const component = new URL('../src/lib/planning/Gantt.svelte', import.meta.url).pathname;
  const entry = `
    import { mount } from 'svelte';
    import Gantt from ${JSON.stringify(component)};
    const hour = 3_600_000;
    const epoch = Date.parse('2026-12-01T06:00:00Z');
    const operations = [];
    for (let machine = 0; machine < 40; machine++) {
      let at = epoch + (machine % 7) * hour;
      for (let index = 0; index < 50; index++) {
        const setupMinutes = index % 3 === 0 ? 30 : 0;
        const start = at + setupMinutes * 60_000;
        const end = start + (2 + ((machine * 7 + index) % 5)) * hour;
        const order = machine * 50 + index;
        operations.push({
          workOrderId: 'wo-' + order, workOrderNumber: 'WO-2026-' + String(order).padStart(6, '0'), itemSku: 'FG-' + (order % 9),
          sequence: 10, machineId: 'm-' + machine, machineCode: 'M-' + String(machine).padStart(2, '0'),
          start: new Date(start).toISOString(), end: new Date(end).toISOString(), setupMinutes, late: order % 11 === 0, dueDate: '2026-12-10',
        });
        at = end + hour;
      }
    }
    mount(Gantt, {
      target: document.getElementById('chart'),
      props: { operations, view: 'machine', now: new Date(epoch + 30 * hour).toISOString(), frozenUntil: new Date(epoch + 38 * hour).toISOString(),
        selected: null, locale: 'en-GB', movable: true, onselect() {}, ondrop() {} },
    });`;
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      { name: 'gantt-entry', resolveId: (id) => (id === 'gantt-entry' ? id : null), load: (id) => (id === 'gantt-entry' ? entry : null) },
      svelte({ compilerOptions: { css: 'injected' }, configFile: false }),
    ],
    build: { write: false, minify: true, rollupOptions: { input: 'gantt-entry', output: { format: 'iife' } } },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find((file) => file.type === 'chunk');
  return chunk!.code!;
}
