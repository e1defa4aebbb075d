import { execute, type EntityManager } from '@plexus/db';
import { readLatestEvents, recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { WarehouseSchema } from '../warehouse/warehouse.entity.ts';

/**
 * The end-of-day inventory snapshot (KPIS.md: inventory turns average the
 * daily on-hand value): on-hand per item and warehouse, valued at the
 * standard cost erp published, told to analytics as one event per warehouse
 * and day. Taken once per day: a retry or a second process finds the day
 * already taken.
 */
export async function takeInventorySnapshots(em: EntityManager, day: string, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    await execute(tx, 'SELECT pg_advisory_xact_lock(hashtext(?))', [`wms.inventory-snapshot`]);
    const warehouses = await tx.find(WarehouseSchema, {}, { orderBy: { code: 'asc' } });
    const latest = await readLatestEvents(tx, ['wms.InventorySnapshotTaken'], warehouses.map((warehouse) => warehouse.id));
    const due = warehouses.filter((warehouse) => (latest.get(warehouse.id)?.payload.day ?? '') < day);
    if (due.length === 0) return 0;
    const rows = await execute<{ warehouse_id: string; item_id: string; quantity: string }[]>(
      tx,
      `SELECT l.warehouse_id, b.item_id, sum(b.quantity) AS quantity
         FROM wms.stock_balance b JOIN wms.location l ON l.id = b.location_id
        WHERE b.quantity > 0
        GROUP BY l.warehouse_id, b.item_id
        ORDER BY l.warehouse_id, b.item_id`,
      [],
    );
    const costs = await readLatestEvents(tx, ['erp.ItemCreated'], [...new Set(rows.map((row) => row.item_id))]);
    const events: SupplyChainEventInput[] = due.map((warehouse) => ({
      type: 'wms.InventorySnapshotTaken',
      time: new Date(`${day}T23:59:59.999Z`),
      subjectType: 'Warehouse',
      subjectId: warehouse.id,
      siteId: warehouse.siteId,
      payload: {
        day,
        warehouseId: warehouse.id,
        balances: rows
          .filter((row) => row.warehouse_id === warehouse.id)
          // Stock of an item erp never announced cannot be valued; it is left out rather than counted at zero cost.
          .filter((row) => costs.has(row.item_id))
          .map((row) => ({ itemId: row.item_id, quantity: Number(row.quantity), standardCost: costs.get(row.item_id)!.payload.standardCost })),
      },
    }));
    await recordEvents(tx, events, { now });
    return events.length;
  });
}

const dayMs = 86_400_000;

/**
 * Takes yesterday's snapshot when the process starts and after every
 * midnight (UTC) it lives through; checks hourly, so a process that was
 * down at midnight catches up within the hour.
 */
export function startInventorySnapshots(em: EntityManager, options: { now?: () => Date; intervalMs?: number } = {}): { stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> = Promise.resolve();
  const take = () => {
    const yesterday = new Date(now().getTime() - dayMs).toISOString().slice(0, 10);
    running = running
      .then(() => takeInventorySnapshots(em.fork(), yesterday, now()))
      .catch((error: unknown) => console.error('wms inventory snapshot:', error));
  };
  take();
  const timer = setInterval(take, options.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
