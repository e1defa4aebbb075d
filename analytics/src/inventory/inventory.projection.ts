import { execute, type EntityManager } from '@plexus/db';
import type { SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import { dailyCostOfGoodsSold, snapshotRows } from './inventory.rules.ts';

/**
 * Daily inventory snapshots and daily cost of goods sold from the event
 * stream, with the totals over all items per count and per day and site that
 * unfiltered and site series read. A count replaces whatever an earlier count of the same warehouse
 * and day said (a recount), items it does not list are not on hand. COGS is
 * added up as shipments arrive: each event reaches the projection exactly
 * once, so an incremental sum stays exact and costs nothing to refresh, on
 * TimescaleDB and plain PostgreSQL alike.
 */

const rowsPerInsert = 2000;

async function applySnapshot(em: EntityManager, event: SupplyChainEvent<'wms.InventorySnapshotTaken'>): Promise<void> {
  const { day, warehouseId } = event.payload;
  await execute(em, 'DELETE FROM analytics.inventory_snapshot WHERE warehouse_id = ? AND day = ?::date', [warehouseId, day]);
  const rows = snapshotRows(event.payload);
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const chunk = rows.slice(start, start + rowsPerInsert);
    await execute(
      em,
      `INSERT INTO analytics.inventory_snapshot (day, site_id, warehouse_id, item_id, quantity, standard_cost, value)
       VALUES ${chunk.map(() => '(?::date, ?::uuid, ?::uuid, ?::uuid, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((row) => [day, event.siteId, warehouseId, row.itemId, row.quantity, row.standardCost, row.value]),
    );
  }
  // The count's total, summed by the database in numeric like every read of the rows.
  await execute(
    em,
    `INSERT INTO analytics.inventory_snapshot_taken (warehouse_id, day, site_id, value)
     SELECT ?::uuid, ?::date, ?::uuid, coalesce(sum(value), 0) FROM analytics.inventory_snapshot WHERE warehouse_id = ?::uuid AND day = ?::date
     ON CONFLICT (warehouse_id, day) DO UPDATE SET site_id = excluded.site_id, value = excluded.value`,
    [warehouseId, day, event.siteId, warehouseId, day],
  );
}

async function addCostOfGoodsSold(em: EntityManager, shipments: SupplyChainEvent<'wms.ShipmentShipped'>[]): Promise<void> {
  const daily = dailyCostOfGoodsSold(shipments);
  for (let start = 0; start < daily.length; start += rowsPerInsert) {
    const chunk = daily.slice(start, start + rowsPerInsert);
    await execute(
      em,
      `INSERT INTO analytics.inventory_daily_cogs (day, site_id, item_id, quantity, cost_of_goods_sold)
       VALUES ${chunk.map(() => '(?::date, ?::uuid, ?::uuid, ?, ?)').join(', ')}
       ON CONFLICT ON CONSTRAINT inventory_daily_cogs_key DO UPDATE
         SET quantity = analytics.inventory_daily_cogs.quantity + excluded.quantity,
             cost_of_goods_sold = analytics.inventory_daily_cogs.cost_of_goods_sold + excluded.cost_of_goods_sold`,
      chunk.flatMap((entry) => [entry.day, entry.siteId, entry.itemId, entry.quantity, entry.cost]),
    );
    // Added up from the same values in numeric, so the site's day equals the sum of its item rows exactly.
    await execute(
      em,
      `INSERT INTO analytics.inventory_daily_site_cogs (day, site_id, cost_of_goods_sold)
       SELECT day, site_id, sum(cost) FROM (VALUES ${chunk.map(() => '(?::date, ?::uuid, ?::numeric)').join(', ')}) AS entry (day, site_id, cost)
        GROUP BY day, site_id
       ON CONFLICT ON CONSTRAINT inventory_daily_site_cogs_key DO UPDATE
         SET cost_of_goods_sold = analytics.inventory_daily_site_cogs.cost_of_goods_sold + excluded.cost_of_goods_sold`,
      chunk.flatMap((entry) => [entry.day, entry.siteId, entry.cost]),
    );
  }
}

export const inventoryProjection: EventProjection = {
  name: 'inventory',
  types: ['wms.InventorySnapshotTaken', 'wms.ShipmentShipped'],
  async apply(em, events) {
    for (const event of events) {
      if (event.type === 'wms.InventorySnapshotTaken') await applySnapshot(em, event as SupplyChainEvent<'wms.InventorySnapshotTaken'>);
    }
    await addCostOfGoodsSold(
      em,
      events.filter((event): event is SupplyChainEvent<'wms.ShipmentShipped'> => event.type === 'wms.ShipmentShipped'),
    );
  },
};
