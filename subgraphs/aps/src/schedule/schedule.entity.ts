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

export const scheduleRunStatuses = ['RUNNING', 'FINISHED', 'CANCELLED', 'FAILED'] as const;

/**
 * A background scheduling search, kept so that it outlives the request that
 * started it and is seen from every instance. The process searching it
 * beats `heartbeatAt` with its progress; one that stops beating before the
 * run ended has died with it.
 */
export const ScheduleRunSchema = defineEntity({
  name: 'ScheduleRun',
  tableName: 'schedule_run',
  properties: {
    id: p.uuid().primary(),
    scenarioId: p.uuid(),
    siteId: p.uuid(),
    status: p.enum(scheduleRunStatuses),
    startedAt: p.datetime(),
    /** When the search returned or failed; null while it runs (a cancelled run runs until its search has stopped). */
    endedAt: p.datetime().nullable(),
    heartbeatAt: p.datetime(),
    /** Set by a cancel on any instance; the searching process reads it with its next beat. */
    cancelRequested: p.boolean(),
    elapsedMs: p.float().nullable(),
    iterations: p.integer().nullable(),
    bestWeightedTardiness: p.float().nullable(),
    scheduleVersionId: p.uuid().nullable(),
    error: p.text().nullable(),
  },
});

export type ScheduleRun = InferEntity<typeof ScheduleRunSchema>;
