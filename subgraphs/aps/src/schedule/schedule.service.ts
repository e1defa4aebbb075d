import DataLoader from 'dataloader';
import { createByIdLoader, execute, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import { calendarDate } from '../calendar-date.ts';
import type { ApsContext } from '../context.ts';
import { plannerRoles, readerRoles } from '../roles.ts';
import { compileProblem } from '../scheduling/compiled-problem.ts';
import { SchedulingInputError, type Schedule } from '../scheduling/model.ts';
import { scheduleProduction } from '../scheduling/engine.ts';
import { startScheduleRun, type RunProgress } from '../scheduling/schedule-run.ts';
import { PlanScenarioSchema, type PlanScenario } from '../scenario/scenario.entity.ts';
import { lockScenario, readScenarioChanges } from '../scenario/scenario.service.ts';
import { kpiDeltas, scheduleKpis, type ScheduleKpis } from './schedule-kpi.rules.ts';
import { ScheduleVersionSchema, type ScheduleVersion } from './schedule.entity.ts';
import { readScheduledOperations, readShopFloor } from './shop-floor.store.ts';
import { scheduledRows, shopProblem, type ScheduledRow, type ShopFloor, type ShopProblem } from './shop-problem.rules.ts';

export type ScheduledOperationRecord = ScheduledRow & { scheduleVersionId: string };

export function createScheduleLoaders(em: EntityManager) {
  return {
    scheduleVersionById: createByIdLoader<ScheduleVersion>(em, ScheduleVersionSchema),
    operationsByVersion: new DataLoader<string, ScheduledOperationRecord[]>(async (versionIds) => {
      const rows = await readScheduledOperations(em, versionIds);
      return versionIds.map((id) => rows.filter((row) => row.scheduleVersionId === id));
    }),
    /** Number, item and due date of work orders (and of rush planned orders holding slots until mes's work order arrives). */
    workOrderById: new DataLoader<string, { number: string; itemId: string; dueDate: string } | null>(async (ids) => {
      const marks = ids.map(() => '?').join(', ');
      const rows = await execute<{ id: string; number: string; item_id: string; due_date: string | Date }[]>(
        em,
        `SELECT id, number, item_id, due_date FROM aps.work_order WHERE id IN (${marks})
         UNION ALL SELECT id, number, item_id, due_date FROM aps.planned_order WHERE id IN (${marks})`,
        [...ids, ...ids],
      );
      const byId = new Map(rows.map((row) => [row.id, { number: row.number, itemId: row.item_id, dueDate: calendarDate(row.due_date) }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Keyed by `scenarioId|siteId`. */
    publishedVersion: new DataLoader<string, ScheduleVersion | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const versions = await em.find(ScheduleVersionSchema, { status: 'PUBLISHED', $or: pairs.map(([scenarioId, siteId]) => ({ scenarioId, siteId })) });
      return pairs.map(([scenarioId, siteId]) => versions.find((version) => version.scenarioId === scenarioId && version.siteId === siteId) ?? null);
    }),
  };
}

/** Input the engine refuses, as the planner's coded error. */
export function asInputError(error: unknown): never {
  if (error instanceof SchedulingInputError) throw badInput(error.message, { reason: error.code, workOrderId: error.jobId ?? null, sequence: error.operationId ?? null });
  throw error;
}

export interface ShopSettings {
  days: number;
  frozenMinutes: number;
}

export function validateSettings(input: { days?: number | null; frozenHours?: number | null }): ShopSettings {
  const days = input.days ?? 14;
  const frozenHours = input.frozenHours ?? 8;
  if (!Number.isInteger(days) || days < 1 || days > 90) throw badInput('days must be a whole number from 1 to 90', { field: 'days' });
  if (!Number.isFinite(frozenHours) || frozenHours < 0 || frozenHours > 168) throw badInput('frozenHours must be from 0 to 168', { field: 'frozenHours' });
  return { days, frozenMinutes: Math.round(frozenHours * 60) };
}

/** The published version of a scenario at a site; a copy that has none of its own follows the live plan's. */
export async function publishedVersionFor(em: EntityManager, scenario: PlanScenario, siteId: string): Promise<ScheduleVersion | null> {
  const own = await em.findOne(ScheduleVersionSchema, { scenarioId: scenario.id, siteId, status: 'PUBLISHED' });
  if (own || scenario.live) return own;
  const live = await em.findOneOrFail(PlanScenarioSchema, { live: true });
  return em.findOne(ScheduleVersionSchema, { scenarioId: live.id, siteId, status: 'PUBLISHED' });
}

/** Everything a scheduling decision reads, in one transaction: the scenario at its version and its shop floor as a problem. */
export async function readShop(em: EntityManager, scenario: PlanScenario, siteId: string, now: Date, settings: ShopSettings): Promise<{ floor: ShopFloor; shop: ShopProblem; published: ScheduleVersion | null }> {
  const published = await publishedVersionFor(em, scenario, siteId);
  const floor = await readShopFloor(em, { siteId, now, ...settings, changes: await readScenarioChanges(em, scenario.id), publishedVersionId: published?.id ?? null });
  return { floor, shop: shopProblem(floor), published };
}

export function kpisOf(shop: ShopProblem, floor: ShopFloor, rows: readonly ScheduledRow[]): ScheduleKpis {
  return scheduleKpis(rows, floor.workOrders, floor.now, new Map(shop.problem.machines.map((machine) => [machine.id, machine.calendar ?? []])), shop.epoch);
}

/** Keeps a schedule as a DRAFT version of the scenario, computed from `basedOn` (the scenario's version then). */
export async function saveVersion(
  em: EntityManager,
  at: { scenarioId: string; siteId: string; basedOn: number; now: Date; origin: 'RUN' | 'RUSH_ORDER' | 'MOVE'; kpis: ScheduleKpis; skipped: ShopProblem['skipped'] },
  rows: readonly ScheduledRow[],
): Promise<ScheduleVersion> {
  const version = em.create(ScheduleVersionSchema, {
    id: newId(),
    number: await nextDocumentNumber(em, 'aps', 'SCH', at.now),
    scenarioId: at.scenarioId,
    siteId: at.siteId,
    status: 'DRAFT',
    basedOnScenarioVersion: at.basedOn,
    createdAt: at.now,
    publishedAt: null,
    origin: at.origin,
    kpis: at.kpis,
    skipped: at.skipped,
  });
  await em.flush();
  // A few hundred rows per statement keeps a 10,000-operation plan to a few dozen statements.
  for (let offset = 0; offset < rows.length; offset += 500) {
    const chunk = rows.slice(offset, offset + 500);
    await execute(
      em,
      `INSERT INTO aps.scheduled_operation (schedule_version_id, work_order_id, sequence, machine_id, start_time, end_time, setup_minutes, late) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((row) => [version.id, row.workOrderId, row.sequence, row.machineId, row.start, row.end, row.setupMinutes, row.late]),
    );
  }
  return version;
}

/** A background scheduling run as the control tower follows it. */
export interface ScheduleRunState {
  id: string;
  scenarioId: string;
  siteId: string;
  status: 'RUNNING' | 'FINISHED' | 'CANCELLED' | 'FAILED';
  startedAt: Date;
  progress: RunProgress | null;
  scheduleVersionId: string | null;
  error: string | null;
  cancel(): void;
  /** Settles when the run's version is kept (or the run failed). */
  settled: Promise<void>;
}

/** Runs of this process: a run lives in the process that searches it, and is forgotten an hour after it ends. */
const runs = new Map<string, ScheduleRunState>();

export function findScheduleRun(ctx: ApsContext, id: string): ScheduleRunState {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const run = runs.get(id);
  if (!run) throw notFound(`Schedule run ${id} not found`, { scheduleRunId: id });
  return run;
}

/**
 * Schedules a scenario's open work orders at a site in the background: a
 * worker thread searches for `seconds`, reporting progress, and the best
 * schedule becomes a DRAFT version. Input the engine refuses is refused
 * here, before anything starts.
 */
export async function startScheduling(
  ctx: ApsContext,
  input: { scenarioId: string; siteId: string; days?: number | null; frozenHours?: number | null; seconds?: number | null },
): Promise<ScheduleRunState> {
  authorize(ctx.viewer, 'schedule', plannerRoles);
  const settings = validateSettings(input);
  const seconds = input.seconds ?? 5;
  if (!Number.isFinite(seconds) || seconds < 0.1 || seconds > 120) throw badInput('seconds must be from 0.1 to 120', { field: 'seconds' });
  if (!isId(input.siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  const siteId = input.siteId.toLowerCase();
  const now = ctx.now();
  const { scenario, floor, shop } = await ctx.em.transactional(async (em) => {
    const scenario = await lockScenario(em, input.scenarioId);
    return { scenario: { ...scenario }, ...(await readShop(em, scenario, siteId, now, settings)) };
  });
  if (shop.problem.jobs.length === 0) throw badInput('The site has no open work order to schedule', { reason: 'EMPTY_PROBLEM', skipped: shop.skipped });
  try {
    compileProblem(shop.problem);
  } catch (error) {
    asInputError(error);
  }
  const run = startScheduleRun(shop.problem, { objective: 'weightedTardiness', timeMs: seconds * 1000, seed: 1, onProgress: (progress) => (state.progress = progress) });
  const root = ctx.em;
  const state: ScheduleRunState = {
    id: newId(),
    scenarioId: scenario.id,
    siteId,
    status: 'RUNNING',
    startedAt: now,
    progress: null,
    scheduleVersionId: null,
    error: null,
    cancel: () => {
      if (state.status === 'RUNNING') state.status = 'CANCELLED';
      run.cancel();
    },
    settled: run.result.then(
      async (result) => {
        const rows = scheduledRows(shop, result.schedule);
        const version = await root.fork().transactional((em) =>
          saveVersion(em, { scenarioId: scenario.id, siteId, basedOn: scenario.version, now: ctx.now(), origin: 'RUN', kpis: kpisOf(shop, floor, rows), skipped: shop.skipped }, rows),
        );
        state.scheduleVersionId = version.id;
        if (state.status === 'RUNNING') state.status = 'FINISHED';
      },
      (error: unknown) => {
        state.status = 'FAILED';
        state.error = error instanceof Error ? error.message : String(error);
      },
    ).finally(() => setTimeout(() => runs.delete(state.id), 3_600_000).unref()),
  };
  runs.set(state.id, state);
  return state;
}

export function cancelScheduleRun(ctx: ApsContext, id: string): ScheduleRunState {
  authorize(ctx.viewer, 'schedule', plannerRoles);
  const run = findScheduleRun(ctx, id);
  run.cancel();
  return run;
}

export async function findScheduleVersion(ctx: ApsContext, id: string): Promise<ScheduleVersion> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const version = isId(id) ? await ctx.loaders.scheduleVersionById.load(id.toLowerCase()) : null;
  if (!version) throw notFound(`Schedule version ${id} not found`, { scheduleVersionId: id });
  return version;
}

/**
 * Makes a DRAFT the scenario's schedule. Optimistic: the draft must have
 * been computed from the scenario as it stands (its version); otherwise
 * another commit or change came first and this one is a CONFLICT, leaving
 * the schedule in force as it was. For the live plan, mes hears of it
 * (aps.SchedulePublished) in the same transaction.
 */
export async function publishScheduleVersion(ctx: ApsContext, id: string): Promise<ScheduleVersion> {
  authorize(ctx.viewer, 'publish schedules', plannerRoles);
  if (!isId(id)) throw notFound(`Schedule version ${id} not found`, { scheduleVersionId: id });
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const draft = await em.findOne(ScheduleVersionSchema, { id: id.toLowerCase() });
    if (!draft) throw notFound(`Schedule version ${id} not found`, { scheduleVersionId: id });
    const scenario = await lockScenario(em, draft.scenarioId);
    await em.refresh(draft);
    if (draft.status !== 'DRAFT') throw conflict(`Schedule version ${draft.number} is ${draft.status.toLowerCase()}, not a draft`, { status: draft.status });
    if (draft.basedOnScenarioVersion !== scenario.version) {
      throw conflict(`${scenario.name} changed since schedule version ${draft.number} was computed (another schedule was committed or the scenario changed): reschedule`, {
        expectedVersion: draft.basedOnScenarioVersion,
        actualVersion: scenario.version,
      });
    }
    await publishDraft(em, scenario, draft, now);
    return draft;
  });
}

/** Supersedes the published version, publishes the draft, moves the scenario's version on, and tells mes when the plan is live. */
export async function publishDraft(em: EntityManager, scenario: PlanScenario, draft: ScheduleVersion, now: Date): Promise<void> {
  await execute(em, "UPDATE aps.schedule_version SET status = 'SUPERSEDED' WHERE scenario_id = ? AND site_id = ? AND status = 'PUBLISHED'", [scenario.id, draft.siteId]);
  Object.assign(draft, { status: 'PUBLISHED', publishedAt: now });
  scenario.version += 1;
  await em.flush();
  if (scenario.live) {
    const operations = await readScheduledOperations(em, [draft.id]);
    await recordEvents(
      em,
      [
        {
          type: 'aps.SchedulePublished',
          subjectType: 'ScheduleVersion',
          subjectId: draft.id,
          siteId: draft.siteId,
          payload: {
            scheduleVersionId: draft.id,
            scenarioId: scenario.id,
            operations: operations.map((operation) => ({
              workOrderId: operation.workOrderId,
              sequence: operation.sequence,
              machineId: operation.machineId,
              start: operation.start.toISOString(),
              end: operation.end.toISOString(),
            })),
          },
        },
      ],
      { now },
    );
  }
}

/** The operations of a version as the engine's schedule, for rush insertion and drags. */
export function engineSchedule(shop: ShopProblem, rows: readonly ScheduledRow[]): Schedule {
  const known = new Set(shop.problem.jobs.flatMap((job) => job.operations.map((operation) => `${job.id}/${operation.id}`)));
  const minuteOf = (at: Date) => Math.round((at.getTime() - shop.epoch.getTime()) / 60_000);
  const operations = rows
    .filter((row) => known.has(`${row.workOrderId}/${row.sequence}`))
    .map((row) => ({ jobId: row.workOrderId, operationId: String(row.sequence), machineId: row.machineId, start: minuteOf(row.start), end: minuteOf(row.end), setup: row.setupMinutes }));
  return { operations, makespan: Math.max(0, ...operations.map((operation) => operation.end)), weightedTardiness: 0, makespanLowerBound: 0, weightedTardinessLowerBound: 0 };
}

export async function listScheduleVersions(ctx: ApsContext, scenarioId: string, siteId: string): Promise<ScheduleVersion[]> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  if (!isId(siteId)) return [];
  return ctx.em.find(ScheduleVersionSchema, { scenarioId, siteId: siteId.toLowerCase() }, { orderBy: { createdAt: 'desc', number: 'desc' } });
}

export async function scheduleInForce(ctx: ApsContext, scenario: PlanScenario, siteId: string): Promise<ScheduleVersion | null> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  if (!isId(siteId)) return null;
  return publishedVersionFor(ctx.em, scenario, siteId.toLowerCase());
}

/** Two versions side by side: other − base, KPI by KPI. */
export async function compareSchedules(ctx: ApsContext, baseId: string, otherId: string) {
  const [base, other] = await Promise.all([findScheduleVersion(ctx, baseId), findScheduleVersion(ctx, otherId)]);
  return { base, other, deltas: kpiDeltas(base.kpis, other.kpis) };
}

/**
 * Schedules a scenario at a site in this process under an iteration budget
 * and publishes the result at once: the same input always gives the same
 * schedule (the demo's planner). Null when the site has nothing to schedule.
 */
export async function scheduleAndPublish(ctx: ApsContext, input: { scenarioId: string; siteId: string; iterations: number }): Promise<ScheduleVersion | null> {
  authorize(ctx.viewer, 'schedule', plannerRoles);
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const scenario = await lockScenario(em, input.scenarioId);
    const { floor, shop } = await readShop(em, scenario, input.siteId, now, validateSettings({}));
    if (shop.problem.jobs.length === 0) return null;
    let schedule: Schedule;
    try {
      schedule = scheduleProduction(shop.problem, { objective: 'weightedTardiness', iterations: input.iterations, seed: 1 }).schedule;
    } catch (error) {
      asInputError(error);
    }
    const rows = scheduledRows(shop, schedule);
    const version = await saveVersion(em, { scenarioId: scenario.id, siteId: input.siteId, basedOn: scenario.version, now, origin: 'RUN', kpis: kpisOf(shop, floor, rows), skipped: shop.skipped }, rows);
    await publishDraft(em, scenario, version, now);
    return version;
  });
}
