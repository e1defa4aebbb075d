import { openTestDatabase, type Database, type EntityManager, type SubgraphOrm } from '@plexus/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsContext } from '../src/context.ts';
import type { KpiName } from '../src/kpi/kpi-definition.ts';
import { kpiSnapshots } from '../src/kpi/kpi.service.ts';
import { kpiDefinitions } from '../src/kpi/kpi.registry.ts';
import { orderFulfilmentProjection } from '../src/order-fulfilment/order-fulfilment.projection.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { contributionQuery, idOf, kpiQuery, orderNumber, recordOrders, type OrderSpec } from './order-fulfilment.factories.ts';

/**
 * KPIS.md as it now settles what it had left open, each rule on hand-built
 * October orders of one line of 10 pumps at 10, requested for the 10th:
 *
 * | order | what happened                                              | due | perfect | on time | in full | documentation |
 * | 601   | delivered the 9th, invoiced                                | yes | yes     | yes     | yes     | yes           |
 * | 602   | 7 delivered the 9th, the 7 invoiced                        | yes | no      | yes     | no      | yes           |
 * | 603   | cancelled by the company on the 3rd                        | yes | no      | no      | no      | no (none)     |
 * | 604   | cancelled by the customer on the 3rd                       | no  |         |         |         |               |
 * | 605   | cancelled by the customer on the 12th, after its due date  | yes | no      | no      | no      | no (none)     |
 * | 606   | 10 and 2 gaskets delivered the 9th, only the 10 invoiced   | yes | no      | yes     | no      | no            |
 * | 607   | requested the 20th, all 10 shipped the 19th, not delivered | later (20th)                                           |
 * | 608   | requested the 20th, 4 delivered the 19th                   | later (20th)                                           |
 *
 * Due by the 15th: 5 orders; perfect 1, on time 3, in full 1, documentation 2.
 * Backlog at the end of the 31st: 602's 3 and 608's 6 still to ship (30 + 60
 * at 10 each); 607 shipped in full is out although nothing was delivered.
 */

let database: Database;
let orm: SubgraphOrm;
let em: EntityManager;

const october = (number: number, change: Partial<OrderSpec> = {}): OrderSpec => ({
  number,
  customer: 'A',
  site: 'S1',
  placedSite: 'S1',
  placedAt: '2026-10-01T09:00:00Z',
  lines: [{ item: 'pump', quantity: 10, unitPrice: 10, requested: '2026-10-10' }],
  deliveries: [{ at: '2026-10-09T12:00:00Z', lines: [{ line: 1, quantity: 10 }] }],
  ...change,
});
const later = { lines: [{ item: 'pump', quantity: 10, unitPrice: 10, requested: '2026-10-20' }] };

beforeAll(async () => {
  database = await openTestDatabase();
  orm = await openAnalytics(database);
  em = orm.em.fork();
  await recordOrders(em, [
    october(601),
    october(602, { deliveries: [{ at: '2026-10-09T12:00:00Z', lines: [{ line: 1, quantity: 7 }] }] }),
    october(603, { deliveries: [], cancelledAt: '2026-10-03T10:00:00Z', cancelledBy: 'COMPANY' }),
    october(604, { deliveries: [], cancelledAt: '2026-10-03T10:00:00Z', cancelledBy: 'CUSTOMER' }),
    october(605, { deliveries: [], cancelledAt: '2026-10-12T10:00:00Z', cancelledBy: 'CUSTOMER' }),
    october(606, {
      deliveries: [{ at: '2026-10-09T12:00:00Z', lines: [{ line: 1, quantity: 10 }, { line: 1, quantity: 2, item: 'gasket' }] }],
      invoices: [{ at: '2026-10-09T12:00:00Z', lines: [{ line: 1, quantity: 10 }] }],
    }),
    october(607, { ...later, deliveries: [{ at: '2026-10-19T12:00:00Z', inTransit: true, lines: [{ line: 1, quantity: 10 }] }] }),
    october(608, { ...later, deliveries: [{ at: '2026-10-19T12:00:00Z', lines: [{ line: 1, quantity: 4 }] }] }),
  ]);
  await catchUpProjections(em, [orderFulfilmentProjection]);
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

const kpi = (name: KpiName) => kpiDefinitions.find((definition) => definition.name === name)!;
const byMonth = (options: Parameters<typeof kpiQuery>[3] = {}) => kpiQuery('2026-10-01', '2026-10-31', 'MONTH', { today: '2026-10-15', ...options });

describe('perfect order and its components as KPIS.md settles them', () => {
  const expected: [KpiName, number][] = [
    ['PERFECT_ORDER_RATE', 1],
    ['PERFECT_ORDER_ON_TIME', 3],
    ['PERFECT_ORDER_IN_FULL', 1],
    ['PERFECT_ORDER_DOCUMENTATION_ACCURATE', 2],
  ];

  it.each(expected)('%s counts %i of the 5 orders due, from the daily rollup and from the per-line facts alike', async (name, passing) => {
    expect(await kpi(name).series(em, byMonth())).toEqual([{ periodStart: '2026-10-01', periodEnd: '2026-10-31', numerator: passing, denominator: 5, value: passing / 5 }]);
    // An item filter reads the per-line facts.
    expect(await kpi(name).series(em, byMonth({ filter: { itemId: idOf('pump') } }))).toMatchObject([{ numerator: passing, denominator: 5 }]);
  });

  it('drills down to why documentation failed: nothing invoiced for the cancelled orders, an extra item delivered and not invoiced', async () => {
    const page = await kpi('PERFECT_ORDER_DOCUMENTATION_ACCURATE').contributions(em, contributionQuery('2026-10-01', '2026-10-31', { today: '2026-10-15' }));
    expect(page.items.map((item) => [item.label, item.reasons])).toEqual([
      [orderNumber(603), ['NOT_INVOICED']],
      [orderNumber(605), ['NOT_INVOICED']],
      [orderNumber(606), ['INVOICE_MISMATCH']],
    ]);
  });

  it('says an order cancelled while due was cancelled, and leaves out the one the customer cancelled in time', async () => {
    const page = await kpi('PERFECT_ORDER_RATE').contributions(em, contributionQuery('2026-10-01', '2026-10-31', { today: '2026-10-15', onlyFailing: false }));
    expect(page.totalCount).toBe(5);
    expect(page.items.map((item) => item.label)).not.toContain(orderNumber(604));
    expect(page.items.find((item) => item.label === orderNumber(603))!.reasons).toEqual(['NOT_DELIVERED', 'CANCELLED', 'NOT_INVOICED']);
  });

  it('counts the lines of orders cancelled while due in OTIF too', async () => {
    expect(await kpi('OTIF').series(em, byMonth())).toMatchObject([{ numerator: 1, denominator: 5 }]);
  });
});

describe('the backlog counts only quantities still to ship', () => {
  it('leaves out a line shipped in full and not yet delivered, and what shipped of a short one', async () => {
    const today = { today: '2026-10-31' };
    expect(await kpi('BACKLOG_QUANTITY').series(em, byMonth(today))).toMatchObject([{ numerator: 9, denominator: 2, value: 9 }]);
    expect(await kpi('BACKLOG_VALUE').series(em, byMonth(today))).toMatchObject([{ numerator: 90, denominator: 2, value: 90 }]);
    const page = await kpi('BACKLOG_QUANTITY').contributions(em, contributionQuery('2026-10-01', '2026-10-31', { ...today, onlyFailing: false }));
    expect(page.items.map((item) => [item.label, item.numerator])).toEqual([
      [`${orderNumber(602)} line 1`, 3],
      [`${orderNumber(608)} line 1`, 6],
    ]);
  });

  it('counts a line as open at the end of a day before its shipment left', async () => {
    expect(await kpi('BACKLOG_QUANTITY').series(em, byMonth({ today: '2026-10-18' }))).toMatchObject([{ numerator: 3 + 10 + 10, denominator: 3 }]);
  });
});

describe('tile status', () => {
  it('is NO_TARGET for a KPI without a target, OFF_TARGET below one', async () => {
    const ctx = createAnalyticsContext(orm.em, { role: 'executive' }, () => new Date('2026-11-02T12:00:00Z'));
    const tiles = await kpiSnapshots(ctx, { names: ['BACKLOG_QUANTITY', 'PERFECT_ORDER_RATE'], grain: 'MONTH', asOf: '2026-10-31' });
    expect(tiles.map((tile) => [tile.definition.name, tile.current.value, tile.status])).toEqual([
      ['BACKLOG_QUANTITY', 9, 'NO_TARGET'],
      // By the 31st, 607 (in transit) and 608 (short) are due too: 1 perfect of 7.
      ['PERFECT_ORDER_RATE', 1 / 7, 'OFF_TARGET'],
    ]);
  });
});
