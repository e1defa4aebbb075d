import { defineSubgraph } from '@plexus/host';
import { mesMigrations } from '../migrations/index.ts';
import { createMesContext } from './context.ts';
import { mesDemo } from './demo.ts';
import { genealogyResolvers } from './genealogy/genealogy.resolvers.ts';
import { MachineSchema, MachineStateChangeSchema, WorkCenterSchema } from './machine/machine.entity.ts';
import { machineResolvers } from './machine/machine.resolvers.ts';
import { BillOfMaterialsCopySchema, LotCopySchema, MaterialConsumptionSchema } from './material/material.entity.ts';
import { materialResolvers } from './material/material.resolvers.ts';
import { engineeringDataConsumer, lotHoldConsumer, lotReceiptConsumer } from './material/material.service.ts';
import { plannedOrderConsumer } from './planned-order/planned-order.service.ts';
import { urgentOrderConsumer } from './work-order/priority.service.ts';
import { schedulePublishedConsumer } from './work-order/schedule.service.ts';
import { OperationRunSchema, ProductionReportSchema, RoutingCopySchema, WorkOrderSchema } from './work-order/work-order.entity.ts';
import { workOrderResolvers } from './work-order/work-order.resolvers.ts';

/** MES: the shop floor. Work centers, machines and their states, work orders and their operations, production reports, material by lot, lot genealogy. */
export const subgraph = defineSubgraph({
  name: 'mes',
  defaultPort: 4005,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [
    WorkCenterSchema,
    MachineSchema,
    MachineStateChangeSchema,
    WorkOrderSchema,
    OperationRunSchema,
    ProductionReportSchema,
    RoutingCopySchema,
    LotCopySchema,
    MaterialConsumptionSchema,
    BillOfMaterialsCopySchema,
  ],
  migrations: mesMigrations,
  resolvers: [machineResolvers, workOrderResolvers, materialResolvers, genealogyResolvers],
  createContext: createMesContext,
  consumers: [engineeringDataConsumer, lotReceiptConsumer, lotHoldConsumer, urgentOrderConsumer, plannedOrderConsumer, schedulePublishedConsumer],
  demo: mesDemo,
  codegen: {
    contextType: '../context.ts#MesContext',
    mappers: {
      WorkCenter: '../machine/machine.entity.ts#WorkCenter',
      Machine: '../machine/machine.entity.ts#Machine',
      MachineStateChange: '../machine/machine.entity.ts#MachineStateChange',
      WorkOrder: '../work-order/work-order.entity.ts#WorkOrder',
      WorkOrderPage: '{ items: WorkOrderEntity[]; totalCount: number }',
      OperationRun: '../work-order/work-order.entity.ts#OperationRun',
      ProductionReport: '../work-order/work-order.entity.ts#ProductionReport',
      MaterialConsumption: '../material/material.entity.ts#MaterialConsumption',
      LotTrace: '../genealogy/genealogy.service.ts#LotTrace',
      LotTraceNode: '../genealogy/genealogy.store.ts#TraceNode',
      Lot: '{ id: string }',
      Item: '{ id: string }',
      Site: '{ id: string }',
      Warehouse: '{ id: string }',
      SalesOrder: '{ id: string }',
    },
  },
});
