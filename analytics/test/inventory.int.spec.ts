import { newId, openTestDatabase, type Database, type EntityManager } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, daysFromToday } from '@plexus/test-kit';
import { inventoryKpis } from '../src/inventory/inventory.kpis.ts';
import { inventoryProjection } from '../src/inventory/inventory.projection.ts';
import { defaultOtifSettings, type Grain, type KpiFilter, type KpiName } from '../src/kpi/kpi-definition.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { kpiQuery } from './order-fulfilment.factories.ts';

const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}Z`);

function snapshot(siteId: string, warehouseId: string, day: string, balances: [string, number, number][]): SupplyChainEventInput {
  return {
    type: 'wms.InventorySnapshotTaken',
    time: at(day, '23:59:59'),
    subjectType: 'Warehouse',
    subjectId: warehouseId,
    siteId,
    payload: { day, warehouseId, balances: balances.map(([itemId, quantity, standardCost]) => ({ itemId, quantity, standardCost })) },
  };
}

function shipped(siteId: string, day: string, lines: [string, number, number][]): SupplyChainEventInput {
  const orderId = newId();
  return {
    type: 'wms.ShipmentShipped',
    time: at(day),
    subjectType: 'Shipment',
    subjectId: newId(),
    orderId,
    siteId,
    payload: {
      number: `SH-${day}`,
      warehouseId: newId(),
      lines: lines.map(([itemId, quantity, standardCost]) => ({ salesOrderLineId: newId(), itemId, quantity, standardCost, picks: [] })),
    },
  };
}

async function record(em: EntityManager, events: SupplyChainEventInput[]) {
  await em.fork().transactional((tx) => recordEvents(tx, events, { now: new Date() }));
}

/**
 * Site A's warehouse W1 holds pump X (standard cost 100) and is counted on
 * 20 Feb (9), 1 Mar (10), 11 Mar (recounted: 30, then 20) and 21 Mar (15)
 * only; site B's W2 holds valve Y (cost 40): 5 on 5 Mar, empty on 15 Mar.
 * Carrying counts forward, March value-days are 10×1000 + 10×2000 + 11×1500
 * = 46,500 at site A and 10×200 = 2,000 at site B. Shipped in March: X 4+5+6
 * at 100 (1,500) from site A, Y 2 at 40 (80) from site B; in April X 3 (300).
 */
describe('inventory turns and days of inventory from the event stream', () => {
  const today = '2026-04-30';
  const [siteA, siteB, w1, w2, itemX, itemY] = Array.from({ length: 6 }, newId) as string[];
  let database: Database;
  let em: EntityManager;
  let close: () => Promise<void>;

  beforeAll(async () => {
    database = await openTestDatabase();
    const orm = await openAnalytics(database);
    close = () => orm.close();
    em = orm.em.fork();
    await record(em, [
      { type: 'erp.ItemCreated', subjectType: 'Item', subjectId: itemX!, itemId: itemX, payload: { sku: 'PUMP-X', name: 'Pump', itemType: 'FG', standardCost: 100 } },
      { type: 'erp.ItemCreated', subjectType: 'Item', subjectId: itemY!, itemId: itemY, payload: { sku: 'VALVE-Y', name: 'Valve', itemType: 'FG', standardCost: 40 } },
      snapshot(siteA!, w1!, '2026-02-20', [[itemX!, 9, 100]]),
      snapshot(siteA!, w1!, '2026-03-01', [[itemX!, 10, 100]]),
      snapshot(siteA!, w1!, '2026-03-11', [[itemX!, 30, 100]]),
      snapshot(siteB!, w2!, '2026-03-05', [[itemY!, 5, 40]]),
      shipped(siteA!, '2026-03-03', [[itemX!, 4, 100]]),
      shipped(siteB!, '2026-03-06', [[itemY!, 2, 40]]),
    ]);
    // A first catch-up, so the recount below replaces rows the projection already wrote.
    await catchUpProjections(em, [inventoryProjection]);
    await record(em, [
      snapshot(siteA!, w1!, '2026-03-11', [[itemX!, 20, 100]]),
      shipped(siteA!, '2026-03-12', [[itemX!, 5, 100]]),
      snapshot(siteB!, w2!, '2026-03-15', []),
      snapshot(siteA!, w1!, '2026-03-21', [[itemX!, 15, 100]]),
      shipped(siteA!, '2026-03-25', [[itemX!, 6, 100]]),
      shipped(siteA!, '2026-04-02', [[itemX!, 3, 100]]),
    ]);
    await catchUpProjections(em, [inventoryProjection]);
  });

  afterAll(async () => {
    await close?.();
    await database?.close();
  });

  const definition = (name: KpiName) => inventoryKpis.find((candidate) => candidate.name === name)!;
  const series = (name: KpiName, from: string, to: string, grain: Grain, filter: KpiFilter = {}) =>
    definition(name).series(em.fork(), kpiQuery(from, to, grain, { filter, today }));

  it('keeps one row per warehouse, day and item, a recount replacing the count', async () => {
    const rows = await database.query<{ day: string; value: string }>(
      `SELECT day::text AS day, value::text AS value FROM analytics.inventory_snapshot WHERE warehouse_id = '${w1}' ORDER BY day`,
    );
    expect(rows.map((row) => [row.day, Number(row.value)])).toEqual([
      ['2026-02-20', 900],
      ['2026-03-01', 1000],
      ['2026-03-11', 2000],
      ['2026-03-21', 1500],
    ]);
  });

  it('annualises turns per month over the average daily value, carrying counts over the days without one', async () => {
    const points = await series('INVENTORY_TURNS', '2026-03-01', '2026-05-31', 'MONTH', { siteId: siteA });
    expect(points.map((point) => [point.numerator, point.denominator])).toEqual([
      [1500, 1500],
      [300, 1500],
      [0, 0],
    ]);
    expect(points[0]!.value).toBeCloseTo(365 / 31, 9);
    // April counts its 30 days up to today, each carrying the 21 March count of 1,500.
    expect(points[1]!.value).toBeCloseTo((0.2 * 365) / 30, 9);
    expect(points[2]!.value).toBeNull();
  });

  it('gives days of inventory as days / turns, over all sites and per item', async () => {
    const [all] = await series('DAYS_OF_INVENTORY', '2026-03-01', '2026-03-31', 'MONTH');
    expect(all!.numerator).toBe(1580);
    expect(all!.denominator).toBeCloseTo(48_500 / 31, 9);
    expect(all!.value).toBeCloseTo(48_500 / 1580, 9);
    const [valve] = await series('DAYS_OF_INVENTORY', '2026-03-01', '2026-03-31', 'MONTH', { itemId: itemY });
    expect(valve!.value).toBeCloseTo(25, 9);
    const [valveTurns] = await series('INVENTORY_TURNS', '2026-03-01', '2026-03-31', 'MONTH', { itemId: itemY });
    expect(valveTurns!.value).toBeCloseTo(14.6, 9);
  });

  it('computes weekly turns from the counts standing in each week', async () => {
    const points = await series('INVENTORY_TURNS', '2026-03-02', '2026-03-15', 'WEEK', { siteId: siteA });
    expect(points.map((point) => [point.numerator, point.denominator])).toEqual([
      [400, 1000],
      [500, 12_000 / 7],
    ]);
    expect(points[0]!.value).toBeCloseTo((0.4 * 365) / 7, 9);
  });

  it('drills down to items, slowest first, named by SKU', async () => {
    const page = await definition('INVENTORY_TURNS').contributions(em.fork(), {
      from: '2026-03-01',
      to: '2026-03-31',
      filter: {},
      otif: defaultOtifSettings,
      today,
      now: new Date(),
      onlyFailing: true,
      first: 10,
      offset: 0,
    });
    expect(page.totalCount).toBe(2);
    expect(page.items.map((item) => [item.subjectId, item.numerator, item.passed])).toEqual([
      [itemX, 1500, null],
      [itemY, 80, null],
    ]);
    expect(page.items[0]!.label).toBe('PUMP-X · COGS 1500 · average on hand 15 worth 1500 · 11.77 turns a year · 31 days of inventory');
  });
});

describe('Item.inventoryTurns through the router', () => {
  let stack: Stack;
  beforeAll(async () => {
    // No background projector or dashboard refresher: the statement counts below are the requests' own.
    stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Background work left running (telemetry maintenance) only ever adds statements, so the fewest of three runs is the request's own. */
  async function fewestStatements<T>(work: () => Promise<T>) {
    let fewest = { result: undefined as T, statements: Number.POSITIVE_INFINITY };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const measured = await stack.database.statements.measure(work, 'analytics');
      if (measured.statements < fewest.statements) fewest = measured;
    }
    return fewest;
  }

  const turnsQuery = `query ($first: Int, $from: Date!, $to: Date!, $siteId: ID) {
    items(first: $first) { id sku inventoryTurns(from: $from, to: $to, siteId: $siteId) { from to days costOfGoodsSold averageInventoryValue turns annualisedTurns daysOfInventory } }
  }`;

  it('answers for each item from the counts and shipments of its site, in constant statements for any number of items', async () => {
    const items = [];
    for (let index = 0; index < 50; index += 1) items.push(await createItem(stack, { sku: `TURNS-${String(index).padStart(2, '0')}`, standardCost: 100 }));
    const [site, otherSite, warehouse] = [newId(), newId(), newId()];
    const orm = await openAnalytics(stack.database);
    try {
      await record(orm.em, [
        snapshot(site, warehouse, daysFromToday(-20), [[items[0]!.id, 10, 100]]),
        shipped(site, daysFromToday(-5), [[items[0]!.id, 3, 100]]),
        shipped(otherSite, daysFromToday(-5), [[items[0]!.id, 7, 100]]),
      ]);
      await catchUpProjections(orm.em, [inventoryProjection]);
    } finally {
      await orm.close();
    }

    const variables = { from: daysFromToday(-9), to: daysFromToday(-1), siteId: site };
    const five = await fewestStatements(() => stack.query(turnsQuery, { ...variables, first: 5 }));
    const fifty = await fewestStatements(() => stack.query(turnsQuery, { ...variables, first: 50 }));
    expect(fifty.result.errors).toBeUndefined();
    expect(fifty.result.data.items).toHaveLength(50);
    // Snapshot runs and daily COGS, once for the whole list.
    expect(five.statements).toBe(2);
    expect(fifty.statements).toBe(2);

    const [first, second] = fifty.result.data.items;
    expect(first.sku).toBe('TURNS-00');
    expect(first.inventoryTurns).toMatchObject({ from: variables.from, to: variables.to, days: 9, costOfGoodsSold: 300, averageInventoryValue: 1000, turns: 0.3, daysOfInventory: 30 });
    expect(first.inventoryTurns.annualisedTurns).toBeCloseTo((0.3 * 365) / 9, 9);
    expect(second.inventoryTurns).toMatchObject({ days: 9, costOfGoodsSold: 0, averageInventoryValue: 0, turns: null, daysOfInventory: null });

    const allSites = await stack.query(turnsQuery, { from: variables.from, to: daysFromToday(30), first: 1 });
    expect(allSites.data.items[0].inventoryTurns).toMatchObject({ to: daysFromToday(0), days: 10, costOfGoodsSold: 1000, averageInventoryValue: 1000, turns: 1 });
  });

  it('refuses a reversed range, a period in the future and a malformed site with BAD_USER_INPUT', async () => {
    for (const variables of [
      { from: daysFromToday(-1), to: daysFromToday(-9) },
      { from: daysFromToday(2), to: daysFromToday(9) },
      { from: daysFromToday(-9), to: daysFromToday(-1), siteId: 'site-1' },
    ]) {
      const result = await stack.query(turnsQuery, { ...variables, first: 1 });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
