import { openTestDatabase, type Database, type EntityManager, type SubgraphOrm } from '@plexus/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiDefinition, KpiName, OtifSettings } from '../src/kpi/kpi-definition.ts';
import { kpiDefinitions } from '../src/kpi/kpi.registry.ts';
import { otifSeriesFromFacts, otifSeriesFromRollup } from '../src/order-fulfilment/otif.kpis.ts';
import { perfectOrderSeriesFromFacts, perfectOrderSeriesFromRollup } from '../src/order-fulfilment/perfect-order.kpis.ts';
import { orderFulfilmentProjection } from '../src/order-fulfilment/order-fulfilment.projection.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { contributionQuery, idOf, kpiQuery, orderNumber, recordOrders, type OrderSpec } from './order-fulfilment.factories.ts';

/**
 * Hand-built scenarios with answers worked out by hand, each in its own
 * month so they do not see each other: perfect order in March, OTIF in
 * April, cycle time in May, backlog in June, grains in July and August,
 * sites in September.
 */

let database: Database;
let orm: SubgraphOrm;
let em: EntityManager;

const kpi = (name: KpiName): KpiDefinition => kpiDefinitions.find((definition) => definition.name === name)!;
const values = (points: { value: number | null; numerator: number; denominator: number }[]) => points.map((point) => [point.numerator, point.denominator]);

/** Two lines (10 pumps at 100, 5 valves at 20) requested for March 10th, delivered complete on the 9th, invoiced exactly, unless `change` says otherwise. */
function marchOrder(number: number, customer: string, site: string, change: Partial<OrderSpec> = {}): OrderSpec {
  return {
    number,
    customer,
    site,
    placedAt: '2026-03-01T09:00:00Z',
    lines: [
      { item: 'pump', quantity: 10, unitPrice: 100, requested: '2026-03-10' },
      { item: 'valve', quantity: 5, unitPrice: 20, requested: '2026-03-10' },
    ],
    deliveries: [
      {
        at: '2026-03-09T12:00:00Z',
        lines: [
          { line: 1, quantity: 10 },
          { line: 2, quantity: 5 },
        ],
      },
    ],
    ...change,
  };
}

const fullDelivery = (at: string, valves = 5) => [
  {
    at,
    lines: [
      { line: 1, quantity: 10 },
      { line: 2, quantity: valves },
    ],
  },
];

const marchScenario: OrderSpec[] = [
  marchOrder(1, 'A', 'S1'),
  marchOrder(2, 'B', 'S1', { deliveries: fullDelivery('2026-03-11T08:00:00Z') }),
  marchOrder(3, 'A', 'S1', { deliveries: fullDelivery('2026-03-12T08:00:00Z', 4) }),
  // Requested for the 5th, delivered the 9th: on time only because the customer accepted the promise of the 10th.
  marchOrder(4, 'B', 'S1', {
    lines: [
      { item: 'pump', quantity: 10, unitPrice: 100, requested: '2026-03-05' },
      { item: 'valve', quantity: 5, unitPrice: 20, requested: '2026-03-05' },
    ],
    promises: [
      {
        at: '2026-03-02T10:00:00Z',
        lines: [
          { line: 1, date: '2026-03-10' },
          { line: 2, date: '2026-03-10' },
        ],
      },
    ],
  }),
  marchOrder(5, 'A', 'S1', { deliveries: [{ ...fullDelivery('2026-03-09T12:00:00Z')[0]!, damaged: true }] }),
  marchOrder(6, 'B', 'S2', {
    invoices: [
      {
        at: '2026-03-09T12:00:00Z',
        lines: [
          { line: 1, quantity: 10, unitPrice: 95 },
          { line: 2, quantity: 5 },
        ],
      },
    ],
  }),
  // 32 days after delivery: outside the 30-day window.
  marchOrder(7, 'A', 'S2', { claims: [{ at: '2026-04-10T16:00:00Z', delivery: 1, lines: [1] }] }),
  marchOrder(8, 'B', 'S2', { claims: [{ at: '2026-03-20T16:00:00Z', delivery: 1, lines: [2] }] }),
  marchOrder(9, 'A', 'S1', { placedSite: 'S1', deliveries: [] }),
  marchOrder(10, 'B', 'S1', { cancelledAt: '2026-03-03T10:00:00Z', deliveries: [] }),
  marchOrder(11, 'A', 'S2', {
    placedSite: 'S2',
    deliveries: [],
    lines: [
      { item: 'pump', quantity: 10, unitPrice: 100, requested: '2026-03-25' },
      { item: 'valve', quantity: 5, unitPrice: 20, requested: '2026-03-25' },
    ],
  }),
];

/** One line of 10 pumps requested for April 10th, promised for the 12th. */
function aprilLine(number: number, deliveries: OrderSpec['deliveries']): OrderSpec {
  return {
    number,
    customer: 'A',
    site: 'S1',
    placedAt: '2026-04-01T09:00:00Z',
    lines: [{ item: 'pump', quantity: 10, requested: '2026-04-10', promised: '2026-04-12' }],
    deliveries,
  };
}
const delivered = (at: string, quantity: number, item?: string) => ({ at: `${at}T12:00:00Z`, lines: [{ line: 1, quantity, ...(item ? { item } : {}) }] });

const aprilScenario: OrderSpec[] = [
  aprilLine(101, [delivered('2026-04-09', 10)]),
  aprilLine(102, [delivered('2026-04-11', 10)]),
  aprilLine(103, [delivered('2026-04-13', 10)]),
  aprilLine(104, [delivered('2026-04-11', 8)]),
  aprilLine(105, [delivered('2026-04-11', 12)]),
  aprilLine(106, [delivered('2026-04-11', 6), delivered('2026-04-14', 4)]),
  aprilLine(107, [delivered('2026-04-11', 10, 'valve')]),
  aprilLine(108, []),
  aprilLine(109, [delivered('2026-04-03', 10)]),
];

const mayPlaced = '2026-05-01T08:00:00Z';
const mayDay = (days: number) => new Date(Date.parse(mayPlaced) + days * 86_400_000).toISOString();
function mayOrder(number: number, customer: string, site: string, lineDays: (number | null)[], cancelled = false): OrderSpec {
  return {
    number,
    customer,
    site,
    placedAt: mayPlaced,
    lines: lineDays.map(() => ({ item: 'pump', quantity: 1, requested: '2026-05-20' })),
    deliveries: lineDays.flatMap((days, index) => (days === null ? [] : [{ at: mayDay(days), lines: [{ line: index + 1, quantity: 1 }] }])),
    ...(cancelled ? { cancelledAt: mayPlaced } : {}),
  };
}

const mayScenario: OrderSpec[] = [
  mayOrder(201, 'A', 'S1', [1]),
  mayOrder(202, 'B', 'S2', [2]),
  mayOrder(203, 'A', 'S1', [3]),
  mayOrder(204, 'B', 'S2', [4]),
  mayOrder(205, 'A', 'S1', [2, 5]),
  mayOrder(206, 'B', 'S2', [10]),
  mayOrder(207, 'A', 'S1', [1, null]),
  mayOrder(208, 'B', 'S2', [1], true),
];

function juneLine(number: number, line: LineOf, change: Partial<OrderSpec> = {}): OrderSpec {
  return { number, customer: 'A', site: 'S1', placedAt: '2026-06-01T09:00:00Z', lines: [{ item: 'pump', ...line }], deliveries: [], ...change };
}
type LineOf = { quantity: number; unitPrice: number; requested: string };

const juneScenario: OrderSpec[] = [
  juneLine(301, { quantity: 10, unitPrice: 5, requested: '2026-06-10' }, { deliveries: [delivered('2026-06-09', 4)] }),
  juneLine(302, { quantity: 3, unitPrice: 100, requested: '2026-06-18' }),
  juneLine(303, { quantity: 5, unitPrice: 2, requested: '2026-06-23' }, { deliveries: [delivered('2026-06-16', 5)] }),
  juneLine(304, { quantity: 7, unitPrice: 1, requested: '2026-06-24' }, { deliveries: [delivered('2026-06-19', 7)] }),
  juneLine(305, { quantity: 100, unitPrice: 1, requested: '2026-06-18' }, { cancelledAt: '2026-06-02T09:00:00Z' }),
  juneLine(306, { quantity: 9, unitPrice: 1, requested: '2026-06-25' }, { placedAt: '2026-06-18T09:00:00Z' }),
  juneLine(307, { quantity: 2, unitPrice: 10, requested: '2026-06-16' }, { deliveries: [delivered('2026-06-16', 2, 'valve')] }),
];

const julyScenario: OrderSpec[] = [
  { number: 401, customer: 'A', site: 'S1', placedAt: '2026-06-20T09:00:00Z', lines: [{ item: 'pump', quantity: 1, requested: '2026-07-05' }], deliveries: [delivered('2026-07-04', 1)] },
  { number: 402, customer: 'A', site: 'S1', placedAt: '2026-06-20T09:00:00Z', lines: [{ item: 'pump', quantity: 1, requested: '2026-07-06' }], deliveries: [delivered('2026-07-08', 1)] },
  { number: 403, customer: 'A', site: 'S1', placedAt: '2026-06-20T09:00:00Z', lines: [{ item: 'pump', quantity: 1, requested: '2026-07-12' }], deliveries: [delivered('2026-07-12', 1)] },
  { number: 404, customer: 'A', site: 'S1', placedAt: '2026-06-20T09:00:00Z', lines: [{ item: 'pump', quantity: 1, requested: '2026-08-03' }], deliveries: [delivered('2026-08-01', 1)] },
];

/** One line of 10 pumps at 10, requested for September 10th; `placedSite` is the site that is to ship it, `site` the one that did. */
function septemberOrder(number: number, change: Partial<OrderSpec>): OrderSpec {
  return {
    number,
    customer: 'A',
    placedAt: '2026-09-01T09:00:00Z',
    lines: [{ item: 'pump', quantity: 10, unitPrice: 10, requested: '2026-09-10' }],
    deliveries: [delivered('2026-09-09', 10)],
    ...change,
  };
}

const septemberScenario: OrderSpec[] = [
  // North's worst order: due on the 10th, never shipped.
  septemberOrder(501, { placedSite: 'North', deliveries: [] }),
  // North's order, shipped by South on time: it stays North's.
  septemberOrder(502, { placedSite: 'North', site: 'South' }),
  septemberOrder(503, { placedSite: 'South', site: 'South' }),
  // Placed before orders named their site: South's by its shipment, and late.
  septemberOrder(504, { site: 'South', deliveries: [delivered('2026-09-12', 10)] }),
  // South's order due on the 24th, 4 of 10 shipped by North so far.
  septemberOrder(505, {
    placedSite: 'South',
    site: 'North',
    lines: [{ item: 'pump', quantity: 10, unitPrice: 10, requested: '2026-09-24' }],
    deliveries: [delivered('2026-09-15', 4)],
  }),
];

beforeAll(async () => {
  database = await openTestDatabase();
  orm = await openAnalytics(database);
  em = orm.em.fork();
  await recordOrders(em, [...marchScenario, ...aprilScenario, ...mayScenario, ...juneScenario, ...julyScenario, ...septemberScenario]);
  await catchUpProjections(em, [orderFulfilmentProjection]);
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

describe('perfect order rate over ten orders with overlapping failures', () => {
  const march = (options: Parameters<typeof kpiQuery>[3] = {}) => kpiQuery('2026-03-01', '2026-05-31', 'MONTH', { today: '2026-03-20', ...options });

  it('counts the nine orders due by today, three of them perfect; the cancelled one and the one due later do not count', async () => {
    const points = await kpi('PERFECT_ORDER_RATE').series(em, march());
    expect(points.map((point) => point.periodStart)).toEqual(['2026-03-01', '2026-04-01', '2026-05-01']);
    expect(points[0]).toMatchObject({ periodEnd: '2026-03-31', numerator: 3, denominator: 9, value: 3 / 9 });
    expect(points.slice(1).map((point) => point.value)).toEqual([null, null]);
  });

  it('counts the order due on the 25th, never delivered, as due and not perfect once the 25th has come', async () => {
    const [point] = await kpi('PERFECT_ORDER_RATE').series(em, march({ today: '2026-03-31' }));
    expect(point).toMatchObject({ numerator: 3, denominator: 10 });
  });

  it('reports the four component rates over the same orders, not multiplied together', async () => {
    const rates = await Promise.all(
      (['PERFECT_ORDER_ON_TIME', 'PERFECT_ORDER_IN_FULL', 'PERFECT_ORDER_DAMAGE_FREE', 'PERFECT_ORDER_DOCUMENTATION_ACCURATE'] as const).map(async (name) => values((await kpi(name).series(em, march())).slice(0, 1))[0]),
    );
    // Order 3's invoice bills the 4 valves delivered: accurate (KPIS.md); its short delivery fails in full only.
    expect(rates).toEqual([
      [6, 9],
      [7, 9],
      [7, 9],
      [7, 9],
    ]);
  });

  it('lists each failing order by number with the reasons it failed', async () => {
    const page = await kpi('PERFECT_ORDER_RATE').contributions(em, contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20' }));
    expect(page.totalCount).toBe(6);
    expect(page.items.map((item) => [item.label, item.reasons])).toEqual([
      [orderNumber(2), ['LATE']],
      [orderNumber(3), ['LATE', 'SHORT']],
      [orderNumber(5), ['DAMAGED_AT_DELIVERY']],
      [orderNumber(6), ['INVOICE_MISMATCH']],
      [orderNumber(8), ['DAMAGE_CLAIM']],
      [orderNumber(9), ['NOT_DELIVERED', 'NOT_INVOICED']],
    ]);
    expect(page.items[0]).toMatchObject({ subjectType: 'SalesOrder', numerator: 0, denominator: 1, passed: false, time: new Date('2026-03-10T00:00:00Z') });
    expect(page.items[0]!.orderId).toBe(page.items[0]!.subjectId);
  });

  it('lists passing orders after failing ones when asked for all, and pages through them', async () => {
    const all = await kpi('PERFECT_ORDER_RATE').contributions(em, contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20', onlyFailing: false }));
    expect(all.totalCount).toBe(9);
    expect(all.items.slice(6).map((item) => [item.label, item.passed, item.reasons])).toEqual([
      [orderNumber(1), true, []],
      [orderNumber(4), true, []],
      [orderNumber(7), true, []],
    ]);
    const page = await kpi('PERFECT_ORDER_RATE').contributions(em, contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20', first: 2, offset: 4 }));
    expect(page.totalCount).toBe(6);
    expect(page.items.map((item) => item.label)).toEqual([orderNumber(8), orderNumber(9)]);
  });

  it('drills each component down to its own reasons', async () => {
    const failing = async (name: KpiName) =>
      (await kpi(name).contributions(em, contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20' }))).items.map((item) => [item.label, item.reasons]);
    expect(await failing('PERFECT_ORDER_ON_TIME')).toEqual([
      [orderNumber(2), ['LATE']],
      [orderNumber(3), ['LATE']],
      [orderNumber(9), ['NOT_DELIVERED']],
    ]);
    expect(await failing('PERFECT_ORDER_IN_FULL')).toEqual([
      [orderNumber(3), ['SHORT']],
      [orderNumber(9), ['NOT_DELIVERED']],
    ]);
    expect(await failing('PERFECT_ORDER_DAMAGE_FREE')).toEqual([
      [orderNumber(5), ['DAMAGED_AT_DELIVERY']],
      [orderNumber(8), ['DAMAGE_CLAIM']],
    ]);
    expect(await failing('PERFECT_ORDER_DOCUMENTATION_ACCURATE')).toEqual([
      [orderNumber(6), ['INVOICE_MISMATCH']],
      [orderNumber(9), ['NOT_INVOICED']],
    ]);
  });

  it('filters by site (the site the order was placed for, else the site that shipped it), customer and item', async () => {
    const rate = async (filter: Record<string, string>) => values((await kpi('PERFECT_ORDER_RATE').series(em, march({ filter }))).slice(0, 1))[0];
    expect(await rate({ siteId: idOf('S1') })).toEqual([2, 6]);
    expect(await rate({ siteId: idOf('S2') })).toEqual([1, 3]);
    expect(await rate({ customerId: idOf('A') })).toEqual([2, 5]);
    expect(await rate({ customerId: idOf('B') })).toEqual([1, 4]);
    // An order counts with its lines of the item only: order 6's wrong price is on the pump line, order 8's claim on the valve line.
    expect(await rate({ itemId: idOf('valve') })).toEqual([4, 9]);
    expect(await rate({ itemId: idOf('pump') })).toEqual([4, 9]);
    expect(await rate({ itemId: idOf('pump'), siteId: idOf('S2') })).toEqual([2, 3]);
    const pumpFailures = await kpi('PERFECT_ORDER_RATE').contributions(em, contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20', filter: { itemId: idOf('pump') } }));
    expect(pumpFailures.items.map((item) => [item.label, item.reasons])).toEqual([
      [orderNumber(2), ['LATE']],
      [orderNumber(3), ['LATE']],
      [orderNumber(5), ['DAMAGED_AT_DELIVERY']],
      [orderNumber(6), ['INVOICE_MISMATCH']],
      [orderNumber(9), ['NOT_DELIVERED', 'NOT_INVOICED']],
    ]);
  });

  it('gives the same numbers from the daily rollup as from the per-line facts', async () => {
    for (const filter of [{}, { siteId: idOf('S1') }, { customerId: idOf('B') }, { siteId: idOf('S2'), customerId: idOf('A') }]) {
      for (const grain of ['DAY', 'WEEK', 'MONTH'] as const) {
        const query = kpiQuery('2026-02-20', '2026-08-31', grain, { today: '2026-07-31', filter });
        for (const measure of ['perfect', 'onTime', 'inFull', 'damageFree', 'documentationAccurate'] as const) {
          expect(await perfectOrderSeriesFromRollup(em, query, measure)).toEqual(await perfectOrderSeriesFromFacts(em, query, measure));
        }
        expect(await otifSeriesFromRollup(em, query)).toEqual(await otifSeriesFromFacts(em, query));
      }
    }
  });
});

describe('OTIF under each setting', () => {
  const april = (otif: Partial<OtifSettings>) =>
    kpiQuery('2026-04-01', '2026-04-30', 'MONTH', { otif: { grain: 'LINE', referenceDate: 'COMMITTED', earlyDays: null, overDeliveryFails: true, ...otif } });
  const otif = async (settings: Partial<OtifSettings>) => values(await kpi('OTIF').series(em, april(settings)))[0];

  it('counts lines delivered in full by the commit date by default: 3 of 9', async () => {
    expect(await otif({})).toEqual([3, 9]);
  });

  it('lets an over-delivered line pass when over-delivery does not fail', async () => {
    expect(await otif({ overDeliveryFails: false })).toEqual([4, 9]);
  });

  it('measures against the requested date when asked', async () => {
    expect(await otif({ referenceDate: 'REQUESTED' })).toEqual([2, 9]);
  });

  it('does not count deliveries earlier than the early window', async () => {
    expect(await otif({ earlyDays: 2 })).toEqual([1, 9]);
    expect(await otif({ earlyDays: 2, referenceDate: 'REQUESTED' })).toEqual([1, 9]);
  });

  it('counts quantities at quantity grain, up to the ordered quantity', async () => {
    expect(await otif({ grain: 'QUANTITY' })).toEqual([44, 90]);
    expect(await otif({ grain: 'QUANTITY', overDeliveryFails: false })).toEqual([54, 90]);
    expect(await otif({ grain: 'QUANTITY', referenceDate: 'REQUESTED' })).toEqual([20, 90]);
  });

  it('lists the failing lines with why each failed', async () => {
    const page = await kpi('OTIF').contributions(em, { ...contributionQuery('2026-04-01', '2026-04-30'), otif: april({}).otif });
    expect(page.items.map((item) => [item.label, item.reasons])).toEqual([
      [`${orderNumber(103)} line 1`, ['LATE']],
      [`${orderNumber(104)} line 1`, ['SHORT']],
      [`${orderNumber(105)} line 1`, ['OVER']],
      [`${orderNumber(106)} line 1`, ['LATE']],
      [`${orderNumber(107)} line 1`, ['WRONG_ITEM', 'SHORT']],
      [`${orderNumber(108)} line 1`, ['NOT_DELIVERED']],
    ]);
    expect(page.items[0]).toMatchObject({ subjectType: 'SalesOrderLine', time: new Date('2026-04-12T00:00:00Z'), passed: false });
    const early = await kpi('OTIF').contributions(em, { ...contributionQuery('2026-04-01', '2026-04-30'), otif: april({ earlyDays: 2, grain: 'QUANTITY' }).otif });
    expect(early.items.find((item) => item.label === `${orderNumber(101)} line 1`)).toMatchObject({ numerator: 0, denominator: 10, reasons: ['TOO_EARLY'] });
    expect(early.items.find((item) => item.label === `${orderNumber(104)} line 1`)).toMatchObject({ numerator: 8, denominator: 10, reasons: ['SHORT'] });
  });

  it('uses the accepted re-promise as the commit date and the original request when asked for the requested date', async () => {
    const march = kpiQuery('2026-03-01', '2026-03-31', 'MONTH', { today: '2026-03-20', filter: { customerId: idOf('B') } });
    // Order 4's lines: on time against the promise of the 10th, late against the request of the 5th.
    const committed = await kpi('OTIF').contributions(em, { ...contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20', onlyFailing: false }), filter: march.filter });
    expect(committed.items.filter((item) => item.label.startsWith(orderNumber(4))).map((item) => item.passed)).toEqual([true, true]);
    const requested = await kpi('OTIF').contributions(em, {
      ...contributionQuery('2026-03-01', '2026-03-31', { today: '2026-03-20' }),
      filter: march.filter,
      otif: { ...april({}).otif, referenceDate: 'REQUESTED' },
    });
    expect(requested.items.filter((item) => item.label.startsWith(orderNumber(4))).map((item) => [item.time, item.reasons])).toEqual([
      [new Date('2026-03-05T00:00:00Z'), ['LATE']],
      [new Date('2026-03-05T00:00:00Z'), ['LATE']],
    ]);
  });
});

describe('order fulfilment cycle time', () => {
  const may = (filter = {}) => kpiQuery('2026-05-01', '2026-05-31', 'MONTH', { filter });

  it('takes the median and interpolated 90th percentile of last proof of delivery minus placement over completely delivered orders', async () => {
    expect((await kpi('ORDER_FULFILMENT_CYCLE_TIME_MEDIAN').series(em, may()))[0]).toMatchObject({ value: 3.5, numerator: 25, denominator: 6 });
    expect((await kpi('ORDER_FULFILMENT_CYCLE_TIME_P90').series(em, may()))[0]!.value).toBeCloseTo(7.5, 9);
  });

  it('filters by customer and site', async () => {
    expect((await kpi('ORDER_FULFILMENT_CYCLE_TIME_MEDIAN').series(em, may({ customerId: idOf('A') })))[0]!.value).toBe(3);
    expect((await kpi('ORDER_FULFILMENT_CYCLE_TIME_P90').series(em, may({ customerId: idOf('A') })))[0]!.value).toBeCloseTo(4.6, 9);
    expect((await kpi('ORDER_FULFILMENT_CYCLE_TIME_MEDIAN').series(em, may({ siteId: idOf('S2') })))[0]!.value).toBe(4);
    expect((await kpi('ORDER_FULFILMENT_CYCLE_TIME_P90').series(em, may({ siteId: idOf('S2') })))[0]!.value).toBeCloseTo(8.8, 9);
  });

  it('drills down to the orders, slowest first', async () => {
    const page = await kpi('ORDER_FULFILMENT_CYCLE_TIME_P90').contributions(em, contributionQuery('2026-05-01', '2026-05-31'));
    expect(page.totalCount).toBe(6);
    expect(page.items.map((item) => [item.label, item.numerator])).toEqual([
      [orderNumber(206), 10],
      [orderNumber(205), 5],
      [orderNumber(204), 4],
      [orderNumber(203), 3],
      [orderNumber(202), 2],
      [orderNumber(201), 1],
    ]);
    expect(page.items[0]!.time).toEqual(new Date(mayDay(10)));
  });
});

describe('open order backlog', () => {
  const june = (options: Parameters<typeof kpiQuery>[3] = {}) => kpiQuery('2026-06-08', '2026-06-28', 'WEEK', { today: '2026-06-17', ...options });

  it('sums what is still open at the end of today by the week each line is due', async () => {
    const quantity = await kpi('BACKLOG_QUANTITY').series(em, june());
    expect(quantity.map((point) => [point.periodStart, point.value, point.denominator])).toEqual([
      ['2026-06-08', 6, 1],
      ['2026-06-15', 5, 2],
      ['2026-06-22', 7, 1],
    ]);
    const value = await kpi('BACKLOG_VALUE').series(em, june());
    expect(value.map((point) => point.value)).toEqual([30, 320, 7]);
  });

  it('lists the past-due open lines as failing', async () => {
    const page = await kpi('BACKLOG_VALUE').contributions(em, contributionQuery('2026-06-08', '2026-06-28', { today: '2026-06-17' }));
    expect(page.items.map((item) => [item.label, item.numerator, item.denominator, item.reasons])).toEqual([
      [`${orderNumber(301)} line 1`, 30, 50, ['PAST_DUE']],
      [`${orderNumber(307)} line 1`, 20, 20, ['PAST_DUE']],
    ]);
  });

  it('filters by item', async () => {
    expect((await kpi('BACKLOG_QUANTITY').series(em, june({ filter: { itemId: idOf('valve') } }))).map((point) => point.value)).toEqual([null, null, null]);
  });
});

describe('grains', () => {
  it('buckets orders by the ISO week, the month and the day of their commit date', async () => {
    const weekly = await kpi('PERFECT_ORDER_RATE').series(em, kpiQuery('2026-07-01', '2026-08-09', 'WEEK'));
    expect(weekly.map((point) => [point.periodStart, point.periodEnd, point.numerator, point.denominator])).toEqual([
      ['2026-06-29', '2026-07-05', 1, 1],
      ['2026-07-06', '2026-07-12', 1, 2],
      ['2026-07-13', '2026-07-19', 0, 0],
      ['2026-07-20', '2026-07-26', 0, 0],
      ['2026-07-27', '2026-08-02', 0, 0],
      ['2026-08-03', '2026-08-09', 1, 1],
    ]);
    const monthly = await kpi('PERFECT_ORDER_RATE').series(em, kpiQuery('2026-07-01', '2026-08-31', 'MONTH'));
    expect(monthly.map((point) => [point.periodStart, point.value])).toEqual([
      ['2026-07-01', 2 / 3],
      ['2026-08-01', 1],
    ]);
    const daily = await kpi('PERFECT_ORDER_RATE').series(em, kpiQuery('2026-07-05', '2026-07-07', 'DAY'));
    expect(daily.map((point) => point.value)).toEqual([1, 0, null]);
  });
});

describe('KPIs by site count an order at the site that was to ship it', () => {
  const september = (siteName: string) => kpiQuery('2026-09-01', '2026-09-30', 'MONTH', { today: '2026-09-20', filter: { siteId: idOf(siteName) } });
  const series = async (name: KpiName, siteName: string) => values(await kpi(name).series(em, september(siteName)))[0];

  it("counts North's unshipped late order and its order shipped by South at North", async () => {
    // North: 501 due and never delivered, 502 perfect although South shipped it. South: 503 perfect, 504 (site from its shipment) late.
    expect(await series('PERFECT_ORDER_RATE', 'North')).toEqual([1, 2]);
    expect(await series('PERFECT_ORDER_RATE', 'South')).toEqual([1, 2]);
    expect(await series('OTIF', 'North')).toEqual([1, 2]);
    expect(await series('OTIF', 'South')).toEqual([1, 2]);
    const failing = await kpi('PERFECT_ORDER_RATE').contributions(em, contributionQuery('2026-09-01', '2026-09-30', { today: '2026-09-20', filter: { siteId: idOf('North') } }));
    expect(failing.items.map((item) => [item.label, item.reasons])).toEqual([[orderNumber(501), ['NOT_DELIVERED', 'NOT_INVOICED']]]);
  });

  it('gives the same site numbers from the daily rollup as from the per-line facts', async () => {
    for (const siteName of ['North', 'South']) {
      expect(await perfectOrderSeriesFromRollup(em, september(siteName), 'perfect')).toEqual(await perfectOrderSeriesFromFacts(em, september(siteName), 'perfect'));
      expect(await otifSeriesFromRollup(em, september(siteName))).toEqual(await otifSeriesFromFacts(em, september(siteName)));
    }
  });

  it('puts the open lines in the backlog of the site that was to ship them', async () => {
    // North: all 10 of 501, past due. South: 6 of 505's 10, 4 shipped by North.
    expect(await series('BACKLOG_QUANTITY', 'North')).toEqual([10, 1]);
    expect(await series('BACKLOG_QUANTITY', 'South')).toEqual([6, 1]);
    expect(await series('BACKLOG_VALUE', 'North')).toEqual([100, 1]);
    expect(await series('BACKLOG_VALUE', 'South')).toEqual([60, 1]);
    const northBacklog = await kpi('BACKLOG_QUANTITY').contributions(em, contributionQuery('2026-09-01', '2026-09-30', { today: '2026-09-20', filter: { siteId: idOf('North') } }));
    expect(northBacklog.items.map((item) => [item.label, item.numerator, item.reasons])).toEqual([[`${orderNumber(501)} line 1`, 10, ['PAST_DUE']]]);
  });
});
