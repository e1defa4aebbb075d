import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PlanScenarioSchema = defineEntity({
  name: 'PlanScenario',
  tableName: 'plan_scenario',
  properties: {
    id: p.uuid().primary(),
    name: p.string(),
    /** The plan mes and srm follow; exactly one scenario is live. */
    live: p.boolean(),
    /** The scenario a copy was taken from; null for the live plan. */
    basedOnId: p.uuid().nullable(),
    createdAt: p.datetime(),
    /** Moves with every committed change of the scenario's schedule: two planners committing at once cannot both win. */
    version: p.integer(),
  },
});

export type PlanScenario = InferEntity<typeof PlanScenarioSchema>;

export const scenarioChangeKinds = ['DEMAND', 'MACHINE_DOWN', 'EXTRA_SHIFT', 'PRIORITY'] as const;
export type ScenarioChangeKind = (typeof scenarioChangeKinds)[number];

export const ScenarioChangeSchema = defineEntity({
  name: 'ScenarioChange',
  tableName: 'scenario_change',
  properties: {
    id: p.uuid().primary(),
    scenarioId: p.uuid(),
    kind: p.enum(scenarioChangeKinds),
    /** What the change replaces, unique per scenario and kind (e.g. item and week of a demand change). */
    key: p.string(),
    value: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
  },
});

export type ScenarioChange = InferEntity<typeof ScenarioChangeSchema>;
