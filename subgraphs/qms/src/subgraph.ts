import { defineSubgraph } from '@plexus/host';
import { qmsMigrations } from '../migrations/index.ts';
import { CapaActionSchema, CapaSchema } from './capa/capa.entity.ts';
import { capaResolvers } from './capa/capa.resolvers.ts';
import { createQmsContext } from './context.ts';
import { qmsDemo } from './demo.ts';
import { InspectionPlanSchema } from './inspection-plan/inspection-plan.entity.ts';
import { inspectionPlanResolvers } from './inspection-plan/inspection-plan.resolvers.ts';
import { inspectionTriggerConsumer } from './inspection/inspection-trigger.service.ts';
import { InspectionSchema } from './inspection/inspection.entity.ts';
import { inspectionResolvers } from './inspection/inspection.resolvers.ts';
import { NonconformanceSchema } from './nonconformance/nonconformance.entity.ts';
import { nonconformanceResolvers } from './nonconformance/nonconformance.resolvers.ts';

/** QMS: inspection plans and ISO 2859-1 sampling, inspections triggered by receipts, production and shipments, nonconformances and CAPA. */
export const subgraph = defineSubgraph({
  name: 'qms',
  defaultPort: 4008,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [InspectionPlanSchema, InspectionSchema, NonconformanceSchema, CapaSchema, CapaActionSchema],
  migrations: qmsMigrations,
  resolvers: [inspectionPlanResolvers, inspectionResolvers, nonconformanceResolvers, capaResolvers],
  createContext: createQmsContext,
  consumers: [inspectionTriggerConsumer],
  demo: qmsDemo,
  codegen: {
    contextType: '../context.ts#QmsContext',
    mappers: {
      InspectionPlan: '../inspection-plan/inspection-plan.entity.ts#InspectionPlan',
      SamplingPlan: '../inspection-plan/sampling.rules.ts#SamplingPlan',
      Characteristic: '../inspection-plan/inspection-plan.rules.ts#Characteristic',
      Inspection: '../inspection/inspection.entity.ts#Inspection',
      InspectionPage: '{ items: InspectionEntity[]; totalCount: number }',
      Nonconformance: '../nonconformance/nonconformance.entity.ts#Nonconformance',
      NonconformancePage: '{ items: NonconformanceEntity[]; totalCount: number }',
      Capa: '../capa/capa.entity.ts#Capa',
      CapaAction: '../capa/capa.entity.ts#CapaAction',
      CapaPage: '{ items: CapaEntity[]; totalCount: number }',
      EffectivenessCheck: '../capa/capa.entity.ts#EffectivenessCheck',
      Item: '{ id: string }',
      Lot: '{ id: string }',
      Warehouse: '{ id: string }',
      Supplier: '{ id: string }',
      PurchaseOrderLine: '{ id: string }',
    },
  },
});
