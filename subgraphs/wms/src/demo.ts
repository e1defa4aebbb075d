import { demoItems, demoSites } from '@plexus/erp/demo';
import { demoPromisedOrders } from '@plexus/crm/demo';
import { demoKey, type DemoStep } from '@plexus/host';
import type { WmsContext } from './context.ts';
import { receiveGoods } from './receipt/receipt.service.ts';
import { shipSalesOrder } from './shipment/shipment.service.ts';
import { takeInventorySnapshots } from './stock/inventory-snapshot.service.ts';
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

/**
 * A finished-goods warehouse per site, replenished every two weeks; each
 * promised order ships two days before its date from its site's warehouse
 * (one in seven late, one in eight in two parts three days apart); stock is
 * counted at every day's end.
 */
export const wmsDemo: DemoStep<WmsContext> = {
  after: ['erp', 'crm'],
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
    if (Math.round((day.getTime() - simulation.firstDay.getTime()) / dayMs) % replenishmentDays === 0) {
      const receivedAt = new Date(day.getTime() + 7 * hourMs);
      for (const warehouse of warehouses) {
        simulation.later(receivedAt, async () => {
          await receiveGoods(simulation.at(receivedAt), {
            warehouseId: warehouse.id,
            lines: finished.map((item, index) => ({
              itemId: item.id,
              locationId: warehouse.locationIds[index % warehouse.locationIds.length]!,
              lotNumber: `L${receivedAt.toISOString().slice(2, 10).replaceAll('-', '')}-${warehouse.code.slice(3)}-${String(index + 1).padStart(2, '0')}`,
              expiryDate: item.sku === 'LUBE-5L' ? new Date(receivedAt.getTime() + 240 * dayMs).toISOString().slice(0, 10) : null,
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
      simulation.later(shipAt, async () => {
        await shipSalesOrder(simulation.at(shipAt), {
          salesOrderId: order.orderId,
          warehouseId: warehouse.id,
          lines: order.lines.map((line, index) => ({ salesOrderLineId: line.lineId, quantity: first[index]! })),
        });
      });
      const rest = order.lines.flatMap((line, index) => (line.quantity > first[index]! ? [{ salesOrderLineId: line.lineId, quantity: line.quantity - first[index]! }] : []));
      if (rest.length > 0) {
        const restAt = new Date(shipAt.getTime() + 3 * dayMs);
        simulation.later(restAt, async () => {
          await shipSalesOrder(simulation.at(restAt), { salesOrderId: order.orderId, warehouseId: warehouse.id, lines: rest });
        });
      }
    }
    planned.count = promised.length;

    const endOfDay = new Date(day.getTime() + dayMs - 1);
    simulation.later(endOfDay, async () => {
      await takeInventorySnapshots(simulation.at(endOfDay).em, day.toISOString().slice(0, 10), endOfDay);
    });
  },
};
