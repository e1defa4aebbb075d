import { defineSubgraph } from '@plexus/host';
import { scmMigrations } from '../migrations/index.ts';
import { CarrierSchema } from './carrier/carrier.entity.ts';
import { carrierResolvers } from './carrier/carrier.resolvers.ts';
import { createScmContext } from './context.ts';
import { DeliveryConfirmationSchema } from './delivery/delivery.entity.ts';
import { deliveryResolvers } from './delivery/delivery.resolvers.ts';
import { scmDemo } from './demo.ts';
import { LaneSchema } from './lane/lane.entity.ts';
import { laneResolvers } from './lane/lane.resolvers.ts';
import { TransportLegSchema, TransportMilestoneSchema, TransportOrderLineSchema, TransportOrderSchema } from './transport-order/transport-order.entity.ts';
import { TransferOrderLineSchema, TransferOrderSchema } from './transfer-order/transfer-order.entity.ts';
import { transferOrderResolvers } from './transfer-order/transfer-order.resolvers.ts';
import { transferProgressConsumer } from './transfer-order/transfer-order.service.ts';
import { transportOrderResolvers } from './transport-order/transport-order.resolvers.ts';
import { transportPlanningConsumer } from './transport-order/transport-order.service.ts';

/** SCM: carriers and lanes, the carriage of every outbound shipment to the customer's door, proof of delivery, transfers between sites. */
export const subgraph = defineSubgraph({
  name: 'scm',
  defaultPort: 4009,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [CarrierSchema, LaneSchema, TransportOrderSchema, TransportOrderLineSchema, TransportLegSchema, TransportMilestoneSchema, DeliveryConfirmationSchema, TransferOrderSchema, TransferOrderLineSchema],
  migrations: scmMigrations,
  resolvers: [carrierResolvers, laneResolvers, transportOrderResolvers, deliveryResolvers, transferOrderResolvers],
  createContext: createScmContext,
  consumers: [transportPlanningConsumer, transferProgressConsumer],
  demo: scmDemo,
  codegen: {
    contextType: '../context.ts#ScmContext',
    mappers: {
      Carrier: '../carrier/carrier.entity.ts#Carrier',
      Lane: '../lane/lane.entity.ts#Lane',
      LaneTransitTimes: '../lane/lane.rules.ts#TransitTimes',
      TransportOrder: '../transport-order/transport-order.entity.ts#TransportOrder',
      TransportOrderLine: '../transport-order/transport-order.entity.ts#TransportOrderLine',
      TransportLeg: '../transport-order/transport-order.entity.ts#TransportLeg',
      MilestoneEvent: '../transport-order/transport-order.entity.ts#TransportMilestone',
      TransportOrderPage: '{ items: TransportOrderEntity[]; totalCount: number }',
      DeliveryConfirmation: '../delivery/delivery.entity.ts#DeliveryConfirmation',
      DeliveredLine: '../delivery/delivery.entity.ts#DeliveredLineRecord',
      TransferOrder: '../transfer-order/transfer-order.entity.ts#TransferOrder',
      TransferOrderLine: '../transfer-order/transfer-order.entity.ts#TransferOrderLine',
      TransferOrderPage: '{ items: TransferOrderEntity[]; totalCount: number }',
      Warehouse: '{ id: string }',
      Site: '{ id: string }',
      Item: '{ id: string }',
      Customer: '{ id: string }',
      SalesOrder: '{ id: string }',
      SalesOrderLine: '{ id: string }',
      Shipment: '{ id: string }',
    },
  },
});
