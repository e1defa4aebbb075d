import { demoKey, type Simulation } from '@plexus/host';
import { demoDeliveries, demoMaterialPlan } from '@plexus/srm/demo';
import type { WmsContext } from '../context.ts';
import { receiveGoods } from '../receipt/receipt.service.ts';
import { receivePurchase } from './purchase-receipt.service.ts';

/** How many of srm's deliveries the dock has planned to receive. */
const plannedDeliveries = demoKey<{ count: number }>('wms.plannedDeliveries');

/** The plant warehouse as the dock knows it. */
interface Dock {
  id: string;
  code: string;
  locationIds: string[];
}

/** The raw materials the plant held when the history starts, put away on the first morning (the only raw materials not bought by purchase order). */
export async function receiveOpeningStock(simulation: Simulation<WmsContext>, dock: Dock): Promise<void> {
  const at = new Date(simulation.firstDay.getTime() + 6 * 3_600_000);
  await receiveGoods(simulation.at(at), {
    warehouseId: dock.id,
    lines: simulation.world.get(demoMaterialPlan).map((material, index) => ({
      itemId: material.itemId,
      locationId: dock.locationIds[index % dock.locationIds.length]!,
      lotNumber: `OPEN-${material.sku}`,
      quantity: material.openingStock,
    })),
  });
  simulation.world.set(plannedDeliveries, { count: 0 });
}

/**
 * Each delivery a supplier shipped is received when it arrives: against its
 * ship notice, or against the order lines when it came without one; the
 * defective units are refused at the dock.
 */
export function receiveDeliveries(simulation: Simulation<WmsContext>, dock: Dock): void {
  const deliveries = simulation.world.get(demoDeliveries);
  const planned = simulation.world.get(plannedDeliveries);
  for (const delivery of deliveries.slice(planned.count)) {
    simulation.later(delivery.arrival, async () => {
      await receivePurchase(simulation.at(delivery.arrival), {
        warehouseId: dock.id,
        ...(delivery.asnId ? { asnId: delivery.asnId } : { purchaseOrderId: delivery.purchaseOrderId }),
        lines: delivery.lines.map((line, index) => {
          const refused = Math.round(line.quantity * delivery.defectShare);
          return {
            ...(line.asnLineId ? { asnLineId: line.asnLineId } : { purchaseOrderLineId: line.purchaseOrderLineId }),
            itemId: line.itemId,
            lotNumber: line.lotNumber,
            locationId: dock.locationIds[index % dock.locationIds.length]!,
            quantity: line.quantity - refused,
            rejectedQuantity: refused,
          };
        }),
      });
    });
  }
  planned.count = deliveries.length;
}
