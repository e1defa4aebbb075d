import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSubgraph } from '@plexus/host';
import { subgraph } from '../src/subgraph.ts';
import { takeInventorySnapshots } from '../src/stock/inventory-snapshot.service.ts';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem } from '@plexus/test-kit';

let stack: Stack;
let siteId: string;
let warehouseId: string;
let locationId: string;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const site = await stack.query(`mutation { createSite(input: { code: "PLT-S", name: "Plant", timeZone: "Europe/Berlin" }) { id } }`);
  siteId = site.data.createSite.id;
  const warehouse = await stack.query(
    `mutation ($siteId: ID!) { createWarehouse(input: { code: "WH-S", name: "Main", siteId: $siteId, locationCodes: ["A-01", "A-02"] }) { id locations { id } } }`,
    { siteId },
  );
  warehouseId = warehouse.data.createWarehouse.id;
  locationId = warehouse.data.createWarehouse.locations[0].id;
});
afterAll(async () => {
  await stack?.stop();
});

const receive = (itemId: string, quantity: number, lotNumber: string) =>
  stack.query(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { number } }`, {
    input: { warehouseId, lines: [{ itemId, locationId, lotNumber, quantity }] },
  });

async function snapshotEvents() {
  return stack.database.query<{ site_id: string; time: Date; payload: { day: string; balances: { itemId: string; quantity: number; standardCost: number }[] } }>(
    `SELECT site_id, time, payload FROM analytics.supply_chain_event WHERE type = 'wms.InventorySnapshotTaken' AND subject_id = $1 ORDER BY time`,
    [warehouseId],
  );
}

describe('end-of-day inventory snapshots', () => {
  it('value each warehouse’s on-hand stock per item at erp’s standard cost, once per day', async () => {
    const pump = await createItem(stack, { standardCost: 120 });
    const valve = await createItem(stack, { standardCost: 15.5 });
    expect((await receive(pump.id, 7, 'P-1')).errors).toBeUndefined();
    expect((await receive(pump.id, 3, 'P-2')).errors).toBeUndefined();
    expect((await receive(valve.id, 40, 'V-1')).errors).toBeUndefined();

    const orm = await openSubgraph(subgraph, stack.database);
    try {
      expect(await takeInventorySnapshots(orm.em.fork(), '2026-11-24', new Date('2026-11-25T00:05:00Z'))).toBe(1);
      expect(await takeInventorySnapshots(orm.em.fork(), '2026-11-24', new Date('2026-11-25T01:05:00Z'))).toBe(0);
    } finally {
      await orm.close();
    }
    const [event, ...others] = await snapshotEvents();
    expect(others).toEqual([]);
    expect(event!.site_id).toBe(siteId);
    expect(new Date(event!.time).toISOString()).toBe('2026-11-24T23:59:59.999Z');
    expect(event!.payload.day).toBe('2026-11-24');
    expect(event!.payload.balances.sort((a, b) => a.quantity - b.quantity)).toEqual([
      { itemId: pump.id, quantity: 10, standardCost: 120 },
      { itemId: valve.id, quantity: 40, standardCost: 15.5 },
    ]);
  });

  it('refuses to receive an item erp never announced, and writes nothing', async () => {
    const [before] = await stack.database.query<{ n: number }>('SELECT count(*)::int AS n FROM wms.receipt');
    const response = await receive('0196a4f0-0000-7000-8000-000000000001', 5, 'X-1');
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [after] = await stack.database.query<{ n: number }>('SELECT count(*)::int AS n FROM wms.receipt');
    expect(after!.n).toBe(before!.n);
  });
});
