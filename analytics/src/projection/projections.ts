import { cashToCashProjection } from '../cash-to-cash/cash-to-cash.projection.ts';
import { inventoryProjection } from '../inventory/inventory.projection.ts';
import { orderFulfilmentProjection } from '../order-fulfilment/order-fulfilment.projection.ts';
import { machineTimeProjection } from '../production/machine-time.projection.ts';
import { workOrderProjection } from '../production/work-order.projection.ts';
import { supplierPerformanceProjection } from '../supplier-performance/supplier-performance.projection.ts';
import type { EventProjection } from './event-projection.ts';

/** Every read model analytics keeps from the event stream, in the order they are brought up to date. */
export const projections: EventProjection[] = [orderFulfilmentProjection, inventoryProjection, machineTimeProjection, supplierPerformanceProjection, workOrderProjection, cashToCashProjection];
