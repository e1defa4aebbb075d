import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { addDays } from '../src/kpi/kpi-period.rules.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { idOf, recordOrders, type OrderSpec } from './order-fulfilment.factories.ts';

/**
 * The KPI queries as an analyst or the dashboard sends them, through the
 * router: series, snapshot tiles, drill-down and the refusals that protect
 * them. The KPIs' own arithmetic is specified beside each feature.
 */

let stack: Stack;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => addDays(today, -days);

/** Delivered complete on its commit date and invoiced exactly, unless `late` says otherwise. */
function order(number: number, dueDaysAgo: number, late = false): OrderSpec {
  const due = daysAgo(dueDaysAgo);
  return {
    number,
    customer: 'kpi-customer',
    placedSite: 'kpi-site',
    site: 'kpi-site',
    placedAt: `${daysAgo(dueDaysAgo + 10)}T09:00:00Z`,
    lines: [{ item: 'kpi-pump', quantity: 4, unitPrice: 50, requested: due }],
    deliveries: [{ at: `${late ? addDays(due, 3) : due}T10:00:00Z`, lines: [{ line: 1, quantity: 4 }] }],
    // erp invoices what shipped itself (its consumer of the shipment); a second invoice of ours would bill it twice.
    invoices: [],
  };
}

beforeAll(async () => {
  // No background polling: every system's consumers would add their statements to the snapshot counts below.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const orm = await openAnalytics(stack.database);
  try {
    await recordOrders(orm.em, [order(901, 20), order(902, 21, true), order(903, 40)]);
    // erp invoices the shipments (its consumer); the projections then see those invoices too, once they lie inside the
    // commit horizon (on a server another open transaction can hold it back for a moment).
    const invoicesIssued = async () =>
      (await stack.database.query<{ count: number }>("SELECT count(*)::int AS count FROM analytics.supply_chain_event WHERE type = 'erp.InvoiceIssued'"))[0]!.count;
    await vi.waitFor(
      async () => {
        await stack.drainConsumers();
        expect(await invoicesIssued()).toBe(3);
        expect(await catchUpProjections(orm.em)).toBe(0);
      },
      { timeout: 30_000, interval: 250 },
    );
  } finally {
    await orm.close();
  }
});
afterAll(async () => {
  await stack?.stop();
});

const series = `query ($name: KpiName!, $from: Date!, $to: Date!, $grain: Grain, $filter: KpiFilter, $otif: OtifSettings) {
  kpi(name: $name, from: $from, to: $to, grain: $grain, filter: $filter, otif: $otif) { name unit grain points { periodStart periodEnd value numerator denominator } }
}`;

const sum = (points: { numerator: number; denominator: number }[]) => [
  points.reduce((total, point) => total + point.numerator, 0),
  points.reduce((total, point) => total + point.denominator, 0),
];

describe('KPI queries through the router', () => {
  it('list every KPI with its unit, direction, target and the filters it takes', async () => {
    const { data } = await stack.query(`{ kpiDefinitions { name unit higherIsBetter target filters } }`);
    const byName = Object.fromEntries(data.kpiDefinitions.map((definition: { name: string }) => [definition.name, definition]));
    expect(byName.PERFECT_ORDER_RATE).toMatchObject({ unit: 'RATIO', higherIsBetter: true, filters: expect.arrayContaining(['siteId', 'itemId', 'customerId']) });
    expect(byName.SUPPLIER_PPM).toMatchObject({ unit: 'PPM', higherIsBetter: false });
    expect(byName.DAYS_OF_INVENTORY).toMatchObject({ unit: 'DAYS', higherIsBetter: false });
  });

  it('return a series with one point per period, empty periods included', async () => {
    const { data, errors } = await stack.query(series, { name: 'PERFECT_ORDER_RATE', from: daysAgo(45), to: today, grain: 'WEEK' });
    expect(errors).toBeUndefined();
    const points = data.kpi.points as { periodStart: string; periodEnd: string; value: number | null; numerator: number; denominator: number }[];
    expect(points.length).toBeGreaterThanOrEqual(7);
    expect(points.every((point, index) => index === 0 || point.periodStart === addDays(points[index - 1]!.periodEnd, 1))).toBe(true);
    expect(sum(points)).toEqual([2, 3]);
    expect(points.filter((point) => point.denominator === 0).every((point) => point.value === null)).toBe(true);
  });

  it('filter by site and say which orders failed and why', async () => {
    const filtered = await stack.query(series, { name: 'PERFECT_ORDER_RATE', from: daysAgo(45), to: today, grain: 'MONTH', filter: { siteId: idOf('kpi-site') } });
    expect(sum(filtered.data.kpi.points)).toEqual([2, 3]);
    const elsewhere = await stack.query(series, { name: 'PERFECT_ORDER_RATE', from: daysAgo(45), to: today, grain: 'MONTH', filter: { siteId: idOf('another site') } });
    expect(sum(elsewhere.data.kpi.points)).toEqual([0, 0]);
    const { data } = await stack.query(
      `query ($from: Date!, $to: Date!) { kpiContributions(name: PERFECT_ORDER_RATE, from: $from, to: $to) { totalCount items { label passed reasons } } }`,
      { from: daysAgo(45), to: today },
    );
    expect(data.kpiContributions).toEqual({ totalCount: 1, items: [{ label: 'SO-2026-000902', passed: false, reasons: ['LATE'] }] });
    const pastTheEnd = await stack.query(
      `query ($from: Date!, $to: Date!) { kpiContributions(name: PERFECT_ORDER_RATE, from: $from, to: $to, onlyFailing: false, offset: 5) { totalCount items { label } } }`,
      { from: daysAgo(45), to: today },
    );
    expect(pastTheEnd.data.kpiContributions).toEqual({ totalCount: 3, items: [] });
  });

  it('give dashboard tiles with twelve periods of trend, the previous period and a status against the target', async () => {
    const { data, errors } = await stack.query(
      `{ kpiSnapshot(names: [PERFECT_ORDER_RATE, SUPPLIER_PPM], grain: MONTH) { name target higherIsBetter status change current { value numerator denominator } previous { value } trend { periodStart numerator denominator } } }`,
    );
    expect(errors).toBeUndefined();
    const [perfect, ppm] = data.kpiSnapshot;
    expect(perfect.trend).toHaveLength(12);
    expect(perfect.trend.at(-1).periodStart).toBe(`${today.slice(0, 7)}-01`);
    expect(sum(perfect.trend)).toEqual([2, 3]);
    const expected = perfect.current.value === null ? 'NO_DATA' : perfect.current.value >= perfect.target ? 'ON_TARGET' : 'OFF_TARGET';
    expect(perfect.status).toBe(expected);
    expect(perfect.change).toBe(perfect.current.value === null || perfect.previous.value === null ? null : perfect.current.value - perfect.previous.value);
    expect(ppm).toMatchObject({ name: 'SUPPLIER_PPM', status: 'NO_DATA', current: { value: null, numerator: 0, denominator: 0 } });
  });

  it('serve the unfiltered dashboard as materialized while the projections stand still, and recompute it once they move', async () => {
    const tiles = `{ kpiSnapshot(grain: MONTH) { name trend { periodStart numerator denominator } } }`;
    const computedAt = async () =>
      (await stack.database.query<{ computed_at: Date }>("SELECT computed_at FROM analytics.kpi_snapshot WHERE grain = 'MONTH'"))[0]?.computed_at;
    const perfect = (data: { kpiSnapshot: { name: string; trend: { numerator: number; denominator: number }[] }[] }) =>
      sum(data.kpiSnapshot.find((tile) => tile.name === 'PERFECT_ORDER_RATE')!.trend);

    const first = await stack.query(tiles);
    expect(perfect(first.data)).toEqual([2, 3]);
    const stored = await computedAt();
    expect(stored).toBeDefined();
    const again = await stack.query(tiles);
    expect(again.data).toEqual(first.data);
    expect(await computedAt()).toEqual(stored);

    const live = await stack.query(series, { name: 'PERFECT_ORDER_RATE', from: first.data.kpiSnapshot[0].trend[0].periodStart, to: today, grain: 'MONTH' });
    expect(first.data.kpiSnapshot[0].trend).toEqual(live.data.kpi.points.map(({ periodStart, numerator, denominator }: { periodStart: string; numerator: number; denominator: number }) => ({ periodStart, numerator, denominator })));

    const orm = await openAnalytics(stack.database);
    try {
      await recordOrders(orm.em, [order(904, 5)]);
      // On a server the invoice erp issues may lie beyond the projections' commit horizon for a moment (another
      // transaction still open on the cluster): catch up until the projections have it, then read the dashboard.
      await vi.waitFor(
        async () => {
          await stack.drainConsumers();
          await catchUpProjections(orm.em);
          expect(perfect((await stack.query(tiles)).data)).toEqual([3, 4]);
        },
        { timeout: 30_000, interval: 250 },
      );
    } finally {
      await orm.close();
    }
    expect(await computedAt()).not.toEqual(stored);
  });

  it('read the facts a KPI family shares once per snapshot', async () => {
    // Nothing polls in the background (the stack's consumers run only when drained), so every statement is the snapshot's.
    const statementsOf = async (names: string) =>
      (await stack.database.statements.measure(() => stack.query(`{ kpiSnapshot(names: [${names}], asOf: "${daysAgo(1)}") { name } }`), 'analytics'))
        .statements;
    const family = 'PERFECT_ORDER_RATE, PERFECT_ORDER_ON_TIME, PERFECT_ORDER_IN_FULL, PERFECT_ORDER_DAMAGE_FREE, PERFECT_ORDER_DOCUMENTATION_ACCURATE, OTIF';
    expect(await statementsOf(`${family}, BACKLOG_QUANTITY, BACKLOG_VALUE`)).toBe(await statementsOf('PERFECT_ORDER_RATE, BACKLOG_QUANTITY'));
    // The cycle-time percentiles share their day counts: the p90 adds only the read of the orders at its ranks.
    const median = await statementsOf('ORDER_FULFILMENT_CYCLE_TIME_MEDIAN');
    expect(await statementsOf('ORDER_FULFILMENT_CYCLE_TIME_MEDIAN, ORDER_FULFILMENT_CYCLE_TIME_P90')).toBe(median + 1);
  });

  it('leave out of an unnamed snapshot the KPIs a filter does not apply to', async () => {
    const { data } = await stack.query(`query ($supplier: ID!) { kpiSnapshot(filter: { supplierId: $supplier }) { name } }`, { supplier: idOf('kpi-supplier') });
    const names = data.kpiSnapshot.map((tile: { name: string }) => tile.name);
    expect(names).toContain('SUPPLIER_ON_TIME_DELIVERY');
    expect(names).not.toContain('PERFECT_ORDER_RATE');
  });

  it.each([
    ['a range that ends before it starts', { name: 'OTIF', from: today, to: daysAgo(1) }, 'from'],
    ['a range over ten years', { name: 'OTIF', from: '2010-01-01', to: today }, 'to'],
    ['a filter the KPI does not take', { name: 'PERFECT_ORDER_RATE', from: daysAgo(5), to: today, filter: { machineId: idOf('m') } }, 'filter.machineId'],
    ['a malformed id in the filter', { name: 'OTIF', from: daysAgo(5), to: today, filter: { siteId: 'site-1' } }, 'filter.siteId'],
    ['a negative early window', { name: 'OTIF', from: daysAgo(5), to: today, otif: { earlyDays: -1 } }, 'otif.earlyDays'],
  ])('refuse %s as bad input', async (_, variables, field) => {
    const { data, errors } = await stack.query(series, variables);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(errors)).not.toMatch(/stack|\.ts:/);
  });

  it('refuse impossible dates, a snapshot of the future and oversized pages', async () => {
    const impossible = await stack.query(series, { name: 'OTIF', from: '2026-02-30', to: today });
    expect(impossible.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const future = await stack.query(`query ($asOf: Date) { kpiSnapshot(asOf: $asOf) { name } }`, { asOf: addDays(today, 2) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const page = await stack.query(`query ($from: Date!, $to: Date!) { kpiContributions(name: OTIF, from: $from, to: $to, first: 501) { totalCount } }`, { from: daysAgo(5), to: today });
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
