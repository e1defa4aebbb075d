import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ScheduleKpis } from './schedule-kpi.rules.ts';
import type { ShopProblem } from './shop-problem.rules.ts';

export const scheduleVersionStatuses = ['DRAFT', 'PUBLISHED', 'SUPERSEDED'] as const;

/**
 * One schedule of a scenario's shop floor at a site. A DRAFT is what a run,
 * a rush order or a drag proposed; publishing it supersedes the published
 * one, if the scenario has not changed since the draft was computed.
 */
export const ScheduleVersionSchema = defineEntity({
  name: 'ScheduleVersion',
  tableName: 'schedule_version',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    scenarioId: p.uuid(),
    siteId: p.uuid(),
    status: p.enum(scheduleVersionStatuses),
    /** The scenario's version the schedule was computed from: publishing needs it unchanged. */
    basedOnScenarioVersion: p.integer(),
    createdAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
    /** What produced it: RUN, RUSH_ORDER or MOVE. */
    origin: p.string(),
    kpis: p.json<ScheduleKpis>(),
    skipped: p.json<ShopProblem['skipped']>(),
  },
});

export type ScheduleVersion = InferEntity<typeof ScheduleVersionSchema>;
