import { defineSubgraph } from '@plexus/host';
import { apsMigrations } from '../migrations/index.ts';
import { createApsContext } from './context.ts';
import { apsDemo } from './demo.ts';
import { ItemPlanningSchema } from './item-planning/item-planning.entity.ts';
import { itemPlanningResolvers } from './item-planning/item-planning.resolvers.ts';
import { MrpRunSchema, PlannedOrderSchema } from './mrp-run/mrp-run.entity.ts';
import { mrpRunResolvers } from './mrp-run/mrp-run.resolvers.ts';
import { readModelConsumers } from './read-model/read-model.consumers.ts';
import { ConsensusPlanSchema } from './sales-and-operations/consensus-plan.entity.ts';
import { salesAndOperationsResolvers } from './sales-and-operations/sales-and-operations.resolvers.ts';
import { PlanScenarioSchema, ScenarioChangeSchema } from './scenario/scenario.entity.ts';
import { scenarioResolvers } from './scenario/scenario.resolvers.ts';
import { ScheduleRunSchema, ScheduleVersionSchema } from './schedule/schedule.entity.ts';
import { scheduleResolvers } from './schedule/schedule.resolvers.ts';

/** APS: scenarios of the plan, the master production schedule, MRP with planned orders released to srm and mes, finite-capacity schedules, S&OP by product family. */
export const subgraph = defineSubgraph({
  name: 'aps',
  defaultPort: 4006,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [PlanScenarioSchema, ScenarioChangeSchema, ItemPlanningSchema, MrpRunSchema, PlannedOrderSchema, ScheduleVersionSchema, ScheduleRunSchema, ConsensusPlanSchema],
  migrations: apsMigrations,
  resolvers: [scenarioResolvers, itemPlanningResolvers, mrpRunResolvers, scheduleResolvers, salesAndOperationsResolvers],
  createContext: createApsContext,
  consumers: readModelConsumers,
  demo: apsDemo,
  codegen: {
    contextType: '../context.ts#ApsContext',
    mappers: {
      PlanScenario: '../scenario/scenario.entity.ts#PlanScenario',
      ScenarioChange: '../scenario/scenario.entity.ts#ScenarioChange',
      ItemPlanning: '../item-planning/item-planning.entity.ts#ItemPlanning',
      MasterProductionSchedule: '../master-schedule/master-schedule.service.ts#MasterScheduleView',
      MpsItemRecord: '../mps/mps.model.ts#MpsRecord',
      MpsException: '../master-schedule/master-schedule.service.ts#MpsExceptionView',
      MrpRun: '../mrp-run/mrp-run.entity.ts#MrpRun',
      MrpItemRecord: '../mrp/mrp.model.ts#MrpRecord',
      MrpException: '../mrp-run/mrp-run.entity.ts#StoredException',
      PlannedOrder: '../mrp-run/mrp-run.entity.ts#PlannedOrder',
      Peg: '../mrp-run/mrp-run.entity.ts#StoredPeg',
      ScheduleVersion: '../schedule/schedule.entity.ts#ScheduleVersion',
      ScheduleKpis: '../schedule/schedule-kpi.rules.ts#ScheduleKpis',
      ScheduledOperation: '../schedule/schedule.service.ts#ScheduledOperationRecord',
      ScheduleRun: '../schedule/schedule.entity.ts#ScheduleRun',
      ScenarioComparison: '{ base: ScheduleVersionEntity; other: ScheduleVersionEntity; deltas: ScheduleKpisEntity }',
      RushOrderEvaluation: '../schedule/rush-order.service.ts#RushOrderEvaluation',
      OperationMoveEvaluation: '../schedule/rush-order.service.ts#OperationMoveEvaluation',
      SiteCalendar: '../schedule/working-calendar.rules.ts#SiteCalendar',
      SalesAndOperationsPlan: '../sales-and-operations/sales-and-operations.service.ts#SalesAndOperationsPlanView',
      SalesAndOperationsMonth: '../sales-and-operations/sales-and-operations.rules.ts#SalesAndOperationsMonth',
      ConsensusPlan: '../sales-and-operations/consensus-plan.entity.ts#ConsensusPlan',
      ConsensusPlanMonth: '../sales-and-operations/consensus-plan.entity.ts#ConsensusMonth',
      ProductFamily: '{ id: string }',
      WorkCenter: '{ id: string }',
      Item: '{ id: string }',
      Machine: '{ id: string }',
      WorkOrder: '{ id: string }',
      PurchaseOrder: '{ id: string }',
      ReleasedOrder: "{ __typename: 'PurchaseOrder' | 'WorkOrder'; id: string }",
      Site: '{ id: string }',
      SalesOrder: '{ id: string }',
    },
  },
});
