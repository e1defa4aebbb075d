import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Characteristic } from './inspection-plan.rules.ts';
import { inspectionKinds } from './inspection-plan.rules.ts';

export const InspectionPlanSchema = defineEntity({
  name: 'InspectionPlan',
  tableName: 'inspection_plan',
  properties: {
    id: p.uuid().primary(),
    itemId: p.uuid(),
    kind: p.enum(inspectionKinds),
    aql: p.decimal('number').precision(8).scale(3),
    characteristics: p.json<Characteristic[]>(),
    updatedAt: p.datetime(),
  },
});

export type InspectionPlan = InferEntity<typeof InspectionPlanSchema>;
