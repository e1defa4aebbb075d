import DataLoader from 'dataloader';
import { createByIdLoader, execute, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { readKnownSubjects, recordEvents } from '@plexus/events';
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
import { heartbeatMs, runAsSeen } from './schedule-run.rules.ts';
import { ScheduleRunSchema, ScheduleVersionSchema, type ScheduleRun, type ScheduleVersion } from './schedule.entity.ts';
import { readScheduledOperations, readShopFloor } from './shop-floor.store.ts';
import { plannerWording, type ShopNames } from './refusal.rules.ts';
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
    /** Keyed by `scenarioId|siteId`: the scenario's published version, or for a copy without one the live plan's. */
    scheduleInForce: new DataLoader<string, ScheduleVersion | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const live = await em.findOneOrFail(PlanScenarioSchema, { live: true });
      const versions = await em.find(ScheduleVersionSchema, {
        status: 'PUBLISHED',
        scenarioId: { $in: [...new Set([live.id, ...pairs.map(([scenarioId]) => scenarioId)])] },
        siteId: { $in: [...new Set(pairs.map(([, siteId]) => siteId))] },
      });
      const published = (scenarioId: string, siteId: string) => versions.find((version) => version.scenarioId === scenarioId && version.siteId === siteId) ?? null;
      return pairs.map(([scenarioId, siteId]) => published(scenarioId, siteId) ?? published(live.id, siteId));
    }),
    /** Keyed by `scenarioId|siteId`: the scenario's versions at the site, newest first. */
    versionsByScenarioSite: new DataLoader<string, ScheduleVersion[]>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const versions = await em.find(ScheduleVersionSchema, { $or: pairs.map(([scenarioId, siteId]) => ({ scenarioId, siteId })) }, { orderBy: { createdAt: 'desc', number: 'desc' } });
      return pairs.map(([scenarioId, siteId]) => versions.filter((version) => version.scenarioId === scenarioId && version.siteId === siteId));
    }),
    /** Whether erp announced each site asked about in the request. */
    knownSite: new DataLoader<string, boolean>(async (siteIds) => {
      const known = await readKnownSubjects(em, 'erp.SiteCreated', siteIds);
      return siteIds.map((id) => known.has(id));
    }),
  };
}

/** How a shop's refusals name its work orders and machines; `extra` names jobs the floor does not have yet (a rush order). */
export function shopNames(floor: ShopFloor, shop: ShopProblem, extra: readonly [string, string][] = []): ShopNames {
  return {
    workOrders: new Map([...floor.workOrders.map((order): [string, string] => [order.id, order.number]), ...extra]),
    machines: new Map(floor.machines.map((machine) => [machine.id, machine.code])),
    epoch: shop.epoch,
  };
}

/** Input the engine refuses, as the planner's coded error in the shop's words. */
export function asInputError(error: unknown, names: ShopNames): never {
  if (error instanceof SchedulingInputError) {
    throw badInput(plannerWording(error.message, names), { reason: error.code, workOrderId: error.jobId ?? null, sequence: error.operationId ?? null });
  }
  throw error;
}

export interface ShopSettings {
  days: number;
}

export function validateSettings(input: { days?: number | null }): ShopSettings {
  const days = input.days ?? 14;
  if (!Number.isInteger(days) || days < 1 || days > 90) throw badInput('days must be a whole number from 1 to 90', { field: 'days' });
  return { days };
}

/** A site id as given: BAD_USER_INPUT when it is not an id, NOT_FOUND when erp never announced the site. */
async function knownSite(ctx: ApsContext, siteId: string): Promise<string> {
  if (!isId(siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  const id = siteId.toLowerCase();
  if (!(await ctx.loaders.knownSite.load(id))) throw notFound(`Site ${siteId} not found`, { field: 'siteId' });
  return id;
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

/** Runs this process searches, to stop one at once when it is cancelled here; other instances' cancels arrive with the next beat. */
const searching = new Map<string, () => void>();

async function readScheduleRun(ctx: ApsContext, id: string): Promise<ScheduleRun> {
  const run = isId(id) ? await ctx.em.findOne(ScheduleRunSchema, { id: id.toLowerCase() }) : null;
  if (!run) throw notFound(`Schedule run ${id} not found`, { scheduleRunId: id });
  return run;
}

export async function findScheduleRun(ctx: ApsContext, id: string): Promise<ScheduleRun> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  return runAsSeen(await readScheduleRun(ctx, id), ctx.now());
}

/**
 * Schedules a scenario's open work orders at a site in the background: a
 * worker thread searches for `seconds`, and the best schedule becomes a
 * DRAFT version. The run is kept from the start; while it searches, this
 * process writes its progress and reads cancels every beat. Input the
 * engine refuses is refused here, before anything starts.
 */
export async function startScheduling(ctx: ApsContext, input: { scenarioId: string; siteId: string; days?: number | null; seconds?: number | null }): Promise<ScheduleRun> {
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
    asInputError(error, shopNames(floor, shop));
  }
  const run = await ctx.em.transactional(async (em) =>
    em.create(ScheduleRunSchema, {
      id: newId(),
      scenarioId: scenario.id,
      siteId,
      status: 'RUNNING',
      startedAt: now,
      endedAt: null,
      heartbeatAt: now,
      cancelRequested: false,
      elapsedMs: null,
      iterations: null,
      bestWeightedTardiness: null,
      scheduleVersionId: null,
      error: null,
    }),
  );
  let progress: RunProgress | null = null;
  const search = startScheduleRun(shop.problem, { objective: 'weightedTardiness', timeMs: seconds * 1000, seed: 1, onProgress: (latest) => (progress = latest) });
  searching.set(run.id, search.cancel);
  const root = ctx.em;
  let beating: Promise<void> | null = null;
  const beat = () => {
    beating ??= record().finally(() => (beating = null));
    return beating;
  };
  const record = async () => {
    try {
      const [row] = await execute<{ cancel_requested: boolean }[]>(
        root.fork(),
        'UPDATE aps.schedule_run SET heartbeat_at = ?, elapsed_ms = ?, iterations = ?, best_weighted_tardiness = ? WHERE id = ? AND ended_at IS NULL RETURNING cancel_requested',
        [ctx.now(), progress?.elapsedMs ?? null, progress?.iteration ?? null, progress?.best.weightedTardiness ?? null, run.id],
      );
      if (row?.cancel_requested) search.cancel();
    } catch {
      // A missed beat costs nothing: the next one carries the latest progress, and only a long silence reads as interrupted.
    }
  };
  const heartbeat = setInterval(() => void beat(), heartbeatMs);
  heartbeat.unref();
  // The run's last write is its end: a beat still on its way would land after the caller saw the run finished.
  const stopBeating = async () => {
    clearInterval(heartbeat);
    await beating;
  };
  const finish = async () => {
    try {
      const result = await search.result;
      await stopBeating();
      const endedAt = ctx.now();
      const rows = scheduledRows(shop, result.schedule);
      await root.fork().transactional(async (em) => {
        const version = await saveVersion(em, { scenarioId: scenario.id, siteId, basedOn: scenario.version, now: endedAt, origin: 'RUN', kpis: kpisOf(shop, floor, rows), skipped: shop.skipped }, rows);
        await execute(
          em,
          `UPDATE aps.schedule_run SET status = CASE WHEN status = 'RUNNING' THEN 'FINISHED' ELSE status END, ended_at = ?, heartbeat_at = ?, schedule_version_id = ?,
             elapsed_ms = ?, iterations = ?, best_weighted_tardiness = ? WHERE id = ?`,
          [endedAt, endedAt, version.id, endedAt.getTime() - now.getTime(), result.iterations, result.schedule.weightedTardiness, run.id],
        );
      });
    } catch (error) {
      await stopBeating();
      const endedAt = ctx.now();
      await execute(root.fork(), "UPDATE aps.schedule_run SET status = 'FAILED', ended_at = ?, heartbeat_at = ?, error = ? WHERE id = ?", [
        endedAt,
        endedAt,
        error instanceof Error ? error.message : String(error),
        run.id,
      ]).catch(() => {
        // The database is gone with the process, or unreachable: the silent run reads as interrupted.
      });
    } finally {
      clearInterval(heartbeat);
      searching.delete(run.id);
    }
  };
  void finish();
  return run;
}

/** Asks the run to stop, whichever instance searches it; it keeps the best schedule found so far. */
export async function cancelScheduleRun(ctx: ApsContext, id: string): Promise<ScheduleRun> {
  authorize(ctx.viewer, 'schedule', plannerRoles);
  const run = await readScheduleRun(ctx, id);
  await execute(ctx.em, "UPDATE aps.schedule_run SET cancel_requested = true, status = CASE WHEN status = 'RUNNING' THEN 'CANCELLED' ELSE status END WHERE id = ? AND ended_at IS NULL", [run.id]);
  searching.get(run.id)?.();
  await ctx.em.refresh(run);
  return runAsSeen(run, ctx.now());
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
  return ctx.loaders.versionsByScenarioSite.load(`${scenarioId}|${siteId.toLowerCase()}`);
}

/** Null when the site has no schedule in force; a malformed or unknown site is the caller's mistake, not an empty plan. */
export async function scheduleInForce(ctx: ApsContext, scenario: PlanScenario, siteId: string): Promise<ScheduleVersion | null> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  return ctx.loaders.scheduleInForce.load(`${scenario.id}|${await knownSite(ctx, siteId)}`);
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
      asInputError(error, shopNames(floor, shop));
    }
    const rows = scheduledRows(shop, schedule);
    const version = await saveVersion(em, { scenarioId: scenario.id, siteId: input.siteId, basedOn: scenario.version, now, origin: 'RUN', kpis: kpisOf(shop, floor, rows), skipped: shop.skipped }, rows);
    await publishDraft(em, scenario, version, now);
    return version;
  });
}
