import { demoKey, type Simulation } from '@plexus/host';
import { demoDeliveries } from '@plexus/srm/demo';
import type { WmsContext } from '../context.ts';
import { receivePurchase } from './purchase-receipt.service.ts';

/** How many of srm's deliveries the dock has planned to receive. */
const plannedDeliveries = demoKey<{ count: number }>('wms.plannedDeliveries');

/** The plant warehouse as the dock knows it. */
interface Dock {
  id: string;
  code: string;
  locationIds: string[];
}

/**
 * Each delivery a supplier shipped is received when it arrives (the opening
 * stock on the first morning): against its ship notice, or against the order
 * lines when it came without one; the defective units are refused at the dock.
 */
export function receiveDeliveries(simulation: Simulation<WmsContext>, dock: Dock): void {
  const deliveries = simulation.world.get(demoDeliveries);
  const planned = simulation.world.find(plannedDeliveries) ?? { count: 0 };
  simulation.world.set(plannedDeliveries, planned);
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
