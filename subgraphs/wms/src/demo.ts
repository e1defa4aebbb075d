import { demoItems, demoSites } from '@plexus/erp/demo';
import { demoPromisedOrders } from '@plexus/crm/demo';
import { demoKey, type DemoStep, type Simulation } from '@plexus/host';
import type { WmsContext } from './context.ts';
import { receiveDeliveries } from './purchase-receipt/purchase-receipt.demo.ts';
import { receiveGoods } from './receipt/receipt.service.ts';
import { shipSalesOrder } from './shipment/shipment.service.ts';
import { takeInventorySnapshots } from './stock/inventory-snapshot.service.ts';
import { stockBalances } from './stock/stock.service.ts';
import { createWarehouse } from './warehouse/warehouse.service.ts';

/** A warehouse as the simulated company knows it: its site and where goods are put away. */
export interface DemoWarehouse {
  id: string;
  code: string;
  siteId: string;
  locationIds: string[];
}

export const demoWarehouses = demoKey<DemoWarehouse[]>('wms.warehouses');
/** How many of crm's promised orders the warehouse has planned shipments for. */
const plannedOrders = demoKey<{ count: number }>('wms.plannedOrders');

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const replenishmentDays = 14;

const lotStamp = (time: Date) => time.toISOString().slice(2, 10).replaceAll('-', '');
const expiryOf = (sku: string, receivedAt: Date) => (sku === 'LUBE-5L' ? new Date(receivedAt.getTime() + 240 * dayMs).toISOString().slice(0, 10) : null);

/**
 * A finished-goods warehouse per site. The plant's holds what the plant made
 * (mes puts completed work orders away there), so its orders ship made lots,
 * oldest first; the distribution centre is replenished every two weeks by
 * bought-in goods. Whatever an order would find short is bought in and
 * received as it ships (so bought-in stock never stands ahead of made lots).
 * Each promised order ships two days before its date from its site's
 * warehouse (one in seven late, one in eight in two parts three days apart);
 * stock is counted at every day's end.
 */
export const wmsDemo: DemoStep<WmsContext> = {
  after: ['erp', 'crm', 'srm'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const { plant, distribution } = simulation.world.get(demoSites);
    const warehouses: DemoWarehouse[] = [];
    for (const [site, code, name, locationCodes] of [
      [plant, 'WH-BER', 'Berlin finished goods', ['A-01', 'A-02', 'A-03', 'A-04', 'B-01', 'B-02']],
      [distribution, 'WH-RTM', 'Rotterdam DC', ['R-01', 'R-02', 'R-03', 'R-04']],
    ] as const) {
      const warehouse = await createWarehouse(at, { code, name, siteId: site.id, locationCodes: [...locationCodes] });
      const locations = await at.loaders.locationsByWarehouse.load(warehouse.id);
      warehouses.push({ id: warehouse.id, code, siteId: site.id, locationIds: locations.map((location) => location.id) });
    }
    simulation.world.set(demoWarehouses, warehouses);
    simulation.world.set(plannedOrders, { count: 0 });
  },

  async day(simulation, day) {
    const warehouses = simulation.world.get(demoWarehouses);
    const { finished } = simulation.world.get(demoItems);
    const plantId = simulation.world.get(demoSites).plant.id;
    receiveDeliveries(simulation, warehouses.find((warehouse) => warehouse.siteId === plantId)!);
    if (Math.round((day.getTime() - simulation.firstDay.getTime()) / dayMs) % replenishmentDays === 0) {
      const receivedAt = new Date(day.getTime() + 7 * hourMs);
      for (const warehouse of warehouses.filter((candidate) => candidate.siteId !== plantId)) {
        simulation.later(receivedAt, async () => {
          await receiveGoods(simulation.at(receivedAt), {
            warehouseId: warehouse.id,
            lines: finished.map((item, index) => ({
              itemId: item.id,
              locationId: warehouse.locationIds[index % warehouse.locationIds.length]!,
              lotNumber: `L${lotStamp(receivedAt)}-${warehouse.code.slice(3)}-${String(index + 1).padStart(2, '0')}`,
              expiryDate: expiryOf(item.sku, receivedAt),
              quantity: 400,
            })),
          });
        });
      }
    }

    const promised = simulation.world.get(demoPromisedOrders);
    const planned = simulation.world.get(plannedOrders);
    for (const order of promised.slice(planned.count)) {
      const warehouse = warehouses.find((candidate) => candidate.siteId === order.siteId)!;
      const late = simulation.random() < 0.15 ? 1 + Math.floor(simulation.random() * 4) : 0;
      const shipAt = new Date(Date.parse(order.promisedDate) - 2 * dayMs + late * dayMs + 10 * hourMs);
      const partial = simulation.random() < 0.12;
      const first = order.lines.map((line) => (partial ? Math.max(1, Math.floor(line.quantity / 2)) : line.quantity));
      const firstLines = order.lines.map((line, index) => ({ salesOrderLineId: line.lineId, itemId: line.itemId, quantity: first[index]! }));
      simulation.later(shipAt, () => ship(simulation, order.orderId, warehouse, firstLines, shipAt));
      const rest = order.lines.flatMap((line, index) => (line.quantity > first[index]! ? [{ salesOrderLineId: line.lineId, itemId: line.itemId, quantity: line.quantity - first[index]! }] : []));
      if (rest.length > 0) {
        const restAt = new Date(shipAt.getTime() + 3 * dayMs);
        simulation.later(restAt, () => ship(simulation, order.orderId, warehouse, rest, restAt));
      }
    }
    planned.count = promised.length;

    const endOfDay = new Date(day.getTime() + dayMs - 1);
    simulation.later(endOfDay, async () => {
      await takeInventorySnapshots(simulation.at(endOfDay).em, day.toISOString().slice(0, 10), endOfDay);
    });
  },
};

/** What a shipment on `shipDate` may pick of an item in the warehouse: stock on hand, not held, not expired. */
async function pickable(ctx: WmsContext, itemId: string, warehouseId: string, shipDate: string): Promise<number> {
  let quantity = 0;
  for (const balance of await stockBalances(ctx, itemId, warehouseId)) {
    const [lot, holds] = await Promise.all([ctx.loaders.lotById.load(balance.lotId), ctx.loaders.holdsByLot.load(balance.lotId)]);
    const expiry = lot?.expiryDate == null ? null : new Date(lot.expiryDate).toISOString().slice(0, 10);
    if (holds.every((hold) => hold.releasedAt) && (expiry === null || expiry >= shipDate)) quantity += balance.quantity;
  }
  return quantity;
}

/** Buys in what the warehouse lacks for the lines, received as they ship (after any stock on hand, first-in-first-out), then picks and ships them. */
async function ship(simulation: Simulation<WmsContext>, salesOrderId: string, warehouse: DemoWarehouse, lines: { salesOrderLineId: string; itemId: string; quantity: number }[], shipAt: Date) {
  const shipDate = shipAt.toISOString().slice(0, 10);
  const look = simulation.at(shipAt);
  const { finished } = simulation.world.get(demoItems);
  const needed = new Map<string, number>();
  for (const line of lines) needed.set(line.itemId, (needed.get(line.itemId) ?? 0) + line.quantity);
  const short: { itemId: string; quantity: number }[] = [];
  for (const [itemId, quantity] of needed) {
    const missing = quantity - (await pickable(look, itemId, warehouse.id, shipDate));
    if (missing > 0) short.push({ itemId, quantity: missing });
  }
  if (short.length > 0) {
    await receiveGoods(look, {
      warehouseId: warehouse.id,
      lines: short.map((line) => {
        const index = finished.findIndex((item) => item.id === line.itemId);
        return {
          itemId: line.itemId,
          locationId: warehouse.locationIds[index % warehouse.locationIds.length]!,
          lotNumber: `B${lotStamp(shipAt)}-${warehouse.code.slice(3)}-${String(index + 1).padStart(2, '0')}`,
          expiryDate: expiryOf(finished[index]!.sku, shipAt),
          quantity: line.quantity,
        };
      }),
    });
  }
  await shipSalesOrder(simulation.at(shipAt), {
    salesOrderId,
    warehouseId: warehouse.id,
    lines: lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId, quantity: line.quantity })),
  });
}
