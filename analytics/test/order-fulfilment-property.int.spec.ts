import { openTestDatabase, type Database, type EntityManager, type SubgraphOrm } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grain, KpiFilter } from '../src/kpi/kpi-definition.ts';
import { kpiDefinitions } from '../src/kpi/kpi.registry.ts';
import { otifSeriesFromFacts, otifSeriesFromRollup } from '../src/order-fulfilment/otif.kpis.ts';
import { perfectOrderSeriesFromFacts, perfectOrderSeriesFromRollup } from '../src/order-fulfilment/perfect-order.kpis.ts';
import { orderFulfilmentProjection } from '../src/order-fulfilment/order-fulfilment.projection.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { idOf, kpiQuery, orderEvents, type DeliverySpec, type OrderSpec } from './order-fulfilment.factories.ts';
import { independentPerfectOrders } from './perfect-order.independent-sql.ts';

/**
 * The engine's perfect-order rate against an independent recomputation: one
 * SQL query over the raw events, written from KPIS.md without the projection,
 * its tables or the perfect-order rules, over several hundred random orders
 * with every way an order can fail.
 */

/** mulberry32: small, seeded, good enough to spread test cases. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!,
  };
}

const dayMs = 86_400_000;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const start = Date.parse('2025-12-01T00:00:00Z');
const sites = ['S1', 'S2', 'S3'];
const customers = ['C1', 'C2', 'C3', 'C4', 'C5'];
const items = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6'];

function randomOrder(rng: ReturnType<typeof random>, number: number): OrderSpec {
  const placed = start + rng.int(0, 140) * dayMs + rng.int(6, 18) * 3_600_000;
  const lines = Array.from({ length: rng.int(1, 4) }, () => {
    const requested = placed + rng.int(3, 30) * dayMs;
    return {
      item: rng.pick(items),
      quantity: rng.int(1, 20),
      unitPrice: rng.pick([5, 12.5, 40]),
      requested: day(requested),
      ...(rng.chance(0.5) ? { promised: day(requested + rng.int(-2, 5) * dayMs) } : {}),
    };
  });
  const commit = (index: number) => Date.parse(lines[index]!.promised ?? lines[index]!.requested);
  const promises = Array.from({ length: rng.chance(0.25) ? rng.int(1, 2) : 0 }, (_, index) => ({
    at: new Date(placed + (index + 1) * dayMs + rng.int(0, 3_600_000)).toISOString(),
    lines: lines.flatMap((_, line) => (rng.chance(0.6) ? [{ line: line + 1, date: day(commit(line) + rng.int(-3, 6) * dayMs) }] : [])),
  })).filter((promise) => promise.lines.length > 0);
  const deliveries: DeliverySpec[] = [];
  if (rng.chance(0.88)) {
    const split = rng.chance(0.25) ? 2 : 1;
    for (let part = 0; part < split; part += 1) {
      const late = rng.chance(0.2);
      const at = commit(0) + (late ? rng.int(1, 6) * dayMs : -rng.int(0, 4) * dayMs) + rng.int(1, 23) * 3_600_000;
      const entries = lines.flatMap((line, index) => {
        if (rng.chance(0.05)) return [];
        const share = split === 1 ? line.quantity : part === 0 ? Math.ceil(line.quantity / 2) : Math.floor(line.quantity / 2);
        if (share === 0) return [];
        const quantity = rng.chance(0.08) ? share - 1 : rng.chance(0.05) ? share + rng.int(1, 3) : share;
        const wrong = rng.chance(0.04);
        return quantity > 0 ? [{ line: index + 1, quantity, ...(wrong ? { item: rng.pick(items.filter((item) => item !== line.item)) } : {}) }] : [];
      });
      if (entries.length > 0) deliveries.push({ at: new Date(at).toISOString(), damaged: rng.chance(0.05), documentsComplete: !rng.chance(0.05), lines: entries });
    }
  }
  const claims = deliveries.flatMap((delivery, index) =>
    rng.chance(0.1)
      ? [{ at: new Date(Date.parse(delivery.at) + rng.int(1, 45) * dayMs + rng.int(0, 20) * 3_600_000).toISOString(), delivery: index + 1, lines: delivery.lines.filter(() => rng.chance(0.7)).map((line) => line.line) }]
      : [],
  );
  const invoices = deliveries.flatMap((delivery) =>
    rng.chance(0.92)
      ? [
          {
            at: delivery.at,
            accurate: !rng.chance(0.03),
            lines: delivery.lines
              .filter(() => !rng.chance(0.03))
              .map((entry) => ({ ...entry, unitPrice: lines[entry.line - 1]!.unitPrice + (rng.chance(0.04) ? 1 : 0) })),
          },
        ]
      : [],
  );
  return {
    number,
    customer: rng.pick(customers),
    site: rng.pick(sites),
    ...(rng.chance(0.2) ? { placedSite: rng.pick(sites) } : {}),
    placedAt: new Date(placed).toISOString(),
    lines,
    promises,
    ...(rng.chance(0.05) ? { cancelledAt: new Date(placed + rng.int(1, 20) * dayMs).toISOString() } : {}),
    deliveries,
    claims,
    invoices,
  };
}


/** Fulfilment cycle time from the raw events: last proof of delivery − placement, per order every (filtered) line of which was delivered. */
const independentCycleTimes = `
  WITH e AS (SELECT * FROM analytics.supply_chain_event),
  order_line AS (
    SELECT p.order_id, p.time AS placed_at, l->>'lineId' AS line_id, l->>'itemId' AS item_id
      FROM e p CROSS JOIN LATERAL jsonb_array_elements(p.payload->'lines') l WHERE p.type = 'crm.SalesOrderPlaced'),
  delivered AS (
    SELECT d->>'salesOrderLineId' AS line_id, max((e.payload->>'deliveredAt')::timestamptz) AS delivered_at
      FROM e CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') d WHERE e.type = 'scm.DeliveryConfirmed'
     GROUP BY 1),
  first_site AS (
    SELECT DISTINCT ON (order_id) order_id, site_id FROM e
     WHERE site_id IS NOT NULL AND type IN ('crm.SalesOrderPlaced', 'wms.ShipmentShipped', 'scm.DeliveryConfirmed')
     ORDER BY order_id, (type <> 'crm.SalesOrderPlaced'), time, id),
  orders AS (
    SELECT l.order_id, min(l.placed_at) AS placed_at, max(d.delivered_at) AS delivered_at
      FROM order_line l LEFT JOIN delivered d ON d.line_id = l.line_id LEFT JOIN first_site s ON s.order_id = l.order_id
     WHERE l.order_id NOT IN (SELECT order_id FROM e WHERE type = 'crm.SalesOrderCancelled')
       AND (?::uuid IS NULL OR s.site_id = ?::uuid) AND (?::uuid IS NULL OR l.item_id = ?::text)
     GROUP BY l.order_id
    HAVING count(d.delivered_at) = count(*))
  SELECT to_char(date_trunc('month', delivered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - placed_at)::float8 / 86400) AS median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - placed_at)::float8 / 86400) AS p90,
         count(*) AS orders
    FROM orders WHERE delivered_at >= ?::date AND delivered_at < ?::date + 1
   GROUP BY 1 ORDER BY 1`;

let database: Database;
let orm: SubgraphOrm;
let em: EntityManager;
const today = '2026-04-20';

async function record(events: SupplyChainEventInput[]) {
  await em.fork().transactional(async (tx) => {
    for (let index = 0; index < events.length; index += 500) await recordEvents(tx, events.slice(index, index + 500), { now: new Date() });
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  orm = await openAnalytics(database);
  em = orm.em.fork();
  const rng = random(20261125);
  const events = Array.from({ length: 400 }, (_, index) => randomOrder(rng, index + 1)).flatMap((spec) => orderEvents(spec).events);
  // Orders first, then their later events in two more rounds, so verdicts and rollup days are revised as the facts arrive.
  const round = (event: SupplyChainEventInput) =>
    event.type === 'crm.SalesOrderPlaced' ? 0 : event.type === 'crm.DamageClaimOpened' || event.type === 'erp.InvoiceIssued' ? 2 : 1;
  for (const phase of [0, 1, 2]) {
    await record(events.filter((event) => round(event) === phase));
    await catchUpProjections(em, [orderFulfilmentProjection], { batchSize: 300 });
  }
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

async function independent(grain: Grain, from: string, to: string, filter: KpiFilter) {
  const rows = await em.getConnection().execute<{ period: string; perfect: string | number; due: string | number }[]>(independentPerfectOrders, [
    filter.siteId ?? null,
    filter.siteId ?? null,
    filter.itemId ?? null,
    filter.itemId ?? null,
    grain.toLowerCase(),
    from,
    to,
    today,
  ]);
  return rows.map((row) => [row.period, Number(row.perfect), Number(row.due)]);
}

const rateOf = (perfect: number, due: number) => (due === 0 ? null : perfect / due);

describe('perfect order rate against an independent SQL recomputation over the raw events', () => {
  const cases: { name: string; grain: Grain; from: string; to: string; filter: KpiFilter }[] = [
    { name: 'by month, all orders', grain: 'MONTH', from: '2025-12-01', to: '2026-05-31', filter: {} },
    { name: 'by month, site S1', grain: 'MONTH', from: '2025-12-01', to: '2026-05-31', filter: { siteId: idOf('S1') } },
    { name: 'by month, site S3', grain: 'MONTH', from: '2025-12-01', to: '2026-05-31', filter: { siteId: idOf('S3') } },
    { name: 'by month, item I2', grain: 'MONTH', from: '2025-12-01', to: '2026-05-31', filter: { itemId: idOf('I2') } },
    { name: 'by week, all orders', grain: 'WEEK', from: '2026-01-05', to: '2026-04-26', filter: {} },
    { name: 'by week, site S2 and item I4', grain: 'WEEK', from: '2026-01-05', to: '2026-04-26', filter: { siteId: idOf('S2'), itemId: idOf('I4') } },
  ];

  it.each(cases)('agrees $name', async ({ grain, from, to, filter }) => {
    const expected = await independent(grain, from, to, filter);
    const points = await kpiDefinitions.find((definition) => definition.name === 'PERFECT_ORDER_RATE')!.series(em, kpiQuery(from, to, grain, { filter, today }));
    const counted = points.filter((point) => point.denominator > 0);
    expect(counted.map((point) => [point.periodStart, point.numerator, point.denominator])).toEqual(expected);
    expect(counted.map((point) => point.value)).toEqual(expected.map(([, perfect, due]) => rateOf(perfect as number, due as number)));
  });

  it('covers several months with a rate strictly between 0 and 1 and hundreds of orders due', async () => {
    const expected = await independent('MONTH', '2025-12-01', '2026-05-31', {});
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(expected.reduce((sum, [, , due]) => sum + (due as number), 0)).toBeGreaterThan(250);
    for (const [, perfect, due] of expected) {
      expect(perfect).toBeGreaterThan(0);
      expect(perfect).toBeLessThan(due as number);
    }
  });

  it.each([
    { name: 'all orders', filter: {} },
    { name: 'site S2', filter: { siteId: idOf('S2') } },
    { name: 'item I3', filter: { itemId: idOf('I3') } },
  ])('agrees on the cycle time median and 90th percentile by month, $name', async ({ filter }: { filter: KpiFilter }) => {
    const rows = await em.getConnection().execute<{ period: string; median: number; p90: number; orders: string | number }[]>(independentCycleTimes, [
      filter.siteId ?? null,
      filter.siteId ?? null,
      filter.itemId ?? null,
      filter.itemId ?? null,
      '2025-12-01',
      today,
    ]);
    const query = kpiQuery('2025-12-01', '2026-05-31', 'MONTH', { filter, today });
    const median = await kpiDefinitions.find((definition) => definition.name === 'ORDER_FULFILMENT_CYCLE_TIME_MEDIAN')!.series(em, query);
    const p90 = await kpiDefinitions.find((definition) => definition.name === 'ORDER_FULFILMENT_CYCLE_TIME_P90')!.series(em, query);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const counted = (points: typeof median) => points.filter((point) => point.denominator > 0);
    expect(counted(median).map((point) => [point.periodStart, point.denominator])).toEqual(rows.map((row) => [row.period, Number(row.orders)]));
    counted(median).forEach((point, index) => expect(point.value).toBeCloseTo(Number(rows[index]!.median), 9));
    counted(p90).forEach((point, index) => expect(point.value).toBeCloseTo(Number(rows[index]!.p90), 9));
  });

  it('gives the same series from the daily rollup as from the per-line facts after the facts were revised', async () => {
    for (const grain of ['DAY', 'WEEK', 'MONTH'] as const) {
      for (const filter of [{}, { siteId: idOf('S2') }, { customerId: idOf('C3') }]) {
        const query = kpiQuery('2025-12-01', '2026-05-31', grain, { filter, today });
        for (const measure of ['perfect', 'onTime', 'inFull', 'damageFree', 'documentationAccurate'] as const) {
          expect(await perfectOrderSeriesFromRollup(em, query, measure)).toEqual(await perfectOrderSeriesFromFacts(em, query, measure));
        }
        expect(await otifSeriesFromRollup(em, query)).toEqual(await otifSeriesFromFacts(em, query));
      }
    }
  });
});
