import { execute, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { PlannedOrderSchema, type PlannedOrder } from '../mrp-run/mrp-run.entity.ts';
import { dateOf, plannedOrderReleased } from '../mrp-run/mrp-run.service.ts';
import { plannerRoles } from '../roles.ts';
import { moveOperation } from '../scheduling/manual-move.ts';
import type { Job } from '../scheduling/model.ts';
import { insertRushOrder, type RushOrderImpact } from '../scheduling/rush-order.ts';
import { PlanScenarioSchema, type PlanScenario } from '../scenario/scenario.entity.ts';
import { lockScenario } from '../scenario/scenario.service.ts';
import { kpiDeltas, type ScheduleKpis } from './schedule-kpi.rules.ts';
import type { ScheduleVersion } from './schedule.entity.ts';
import { utcMinute } from './refusal.rules.ts';
import { asInputError, engineSchedule, kpisOf, publishDraft, readShop, saveVersion, shopNames, validateSettings } from './schedule.service.ts';
import { readScheduledOperations } from './shop-floor.store.ts';
import { committedPart, moneyAtRisk } from './rush-order.rules.ts';
import { scheduledRows, shopProblem, weightOf, type ShopFloor, type ShopProblem } from './shop-problem.rules.ts';

export interface RushOrderInput {
  siteId: string;
  salesOrderId?: string | null;
  itemId?: string | null;
  quantity?: number | null;
  dueDate?: string | null;
  mode?: 'LEAST_DISRUPTION' | 'AT_ANY_COST' | null;
}

export interface RushOrderEvaluation {
  earliestCompletion: Date;
  completion: Date;
  dueDate: string;
  onTime: boolean;
  delayed: { workOrderId: string; number: string; byHours: number; completion: Date }[];
  newlyLate: { workOrderId: string; number: string }[];
  moneyAtRisk: number;
  kpis: ScheduleKpis;
  kpiDeltas: ScheduleKpis;
  scheduleVersion: ScheduleVersion | null;
  plannedOrder: PlannedOrder | null;
}

/** What is rushed: an open work order of the customer order (re-placed first), or a new job of the item on its routing. */
interface RushJob {
  job: Job;
  dueDate: string;
  /** A new job, to become a planned production order on commit. */
  newOrder: { id: string; itemId: string; quantity: number } | null;
}

async function findRushJob(em: EntityManager, floor: ShopFloor, input: RushOrderInput, today: string): Promise<{ floor: ShopFloor; rush: RushJob; shop: ShopProblem }> {
  if (input.salesOrderId) {
    if (!isId(input.salesOrderId)) throw notFound(`Sales order ${input.salesOrderId} not found`, { field: 'salesOrderId' });
    const salesOrderId = input.salesOrderId.toLowerCase();
    const order = floor.workOrders.find((candidate) => candidate.salesOrderId === salesOrderId);
    if (!order) throw notFound(`Sales order ${input.salesOrderId} has no open work order at the site to rush`, { field: 'salesOrderId' });
    const dueDate = input.dueDate ?? order.dueDate;
    if (dueDate < today) throw badInput(`The due date ${dueDate} is in the past`, { field: 'dueDate' });
    const rushed: ShopFloor = { ...floor, workOrders: floor.workOrders.map((candidate) => (candidate.id === order.id ? { ...candidate, dueDate, priority: 1 } : candidate)) };
    const shop = shopProblem(rushed);
    const job = shop.problem.jobs.find((candidate) => candidate.id === order.id);
    if (!job) throw badInput(`Work order ${order.number} cannot be scheduled (no routing or machine)`, { field: 'salesOrderId' });
    return { floor: rushed, rush: { job: { ...job, weight: weightOf(1) }, dueDate, newOrder: null }, shop: { ...shop, problem: { ...shop.problem, jobs: shop.problem.jobs.filter((candidate) => candidate.id !== order.id) } } };
  }
  if (!input.itemId || input.quantity == null || !input.dueDate) throw badInput('A rush order names a sales order, or an item, a quantity and a due date', { field: 'itemId' });
  if (!isId(input.itemId)) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
  const itemId = input.itemId.toLowerCase();
  if (!Number.isFinite(input.quantity) || input.quantity <= 0) throw badInput('quantity must be greater than 0', { field: 'quantity' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) throw badInput('dueDate must be a YYYY-MM-DD date', { field: 'dueDate' });
  if (input.dueDate < today) throw badInput(`The due date ${input.dueDate} is in the past`, { field: 'dueDate' });
  const [item] = await execute<{ id: string }[]>(em, 'SELECT id FROM aps.item WHERE id = ?', [itemId]);
  if (!item) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
  if (!floor.routings.get(itemId)?.length) throw badInput(`Item ${input.itemId} has no routing: it cannot be made`, { field: 'itemId', reason: 'NO_ROUTING' });
  const id = newId();
  const withRush: ShopFloor = { ...floor, workOrders: [...floor.workOrders, { id, number: 'RUSH', itemId, quantity: input.quantity, dueDate: input.dueDate, priority: 1, salesOrderId: null }] };
  const shop = shopProblem(withRush);
  const job = shop.problem.jobs.find((candidate) => candidate.id === id);
  if (!job) throw badInput(`Item ${input.itemId} cannot be scheduled: a step of its routing has no machine at the site`, { field: 'itemId', reason: 'NO_MACHINE' });
  return {
    floor: withRush,
    rush: { job, dueDate: input.dueDate, newOrder: { id, itemId, quantity: input.quantity } },
    shop: { ...shop, problem: { ...shop.problem, jobs: shop.problem.jobs.filter((candidate) => candidate.id !== id) } },
  };
}

/**
 * Weighs a rush order against the live schedule at a site: the earliest it
 * could finish, where it would go (least disruption, or at any cost), who
 * finishes later, who becomes late and the customer money behind them.
 */
async function weighRushOrder(em: EntityManager, ctx: ApsContext, live: PlanScenario, input: RushOrderInput) {
  const settings = validateSettings({});
  if (!isId(input.siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  const siteId = input.siteId.toLowerCase();
  const now = ctx.now();
  const { floor, published } = await readShop(em, live, siteId, now, settings);
  if (!published) throw conflict('The site has no published schedule to insert a rush order into: schedule it first', { field: 'siteId' });
  const { floor: rushedFloor, rush, shop } = await findRushJob(em, floor, input, dateOf(now));
  const rows = await readScheduledOperations(em, [published.id]);
  const committed = engineSchedule(shop, rows);
  const problem = committedPart(shop.problem, committed);
  let inserted: ReturnType<typeof insertRushOrder>;
  try {
    inserted = insertRushOrder(problem, committed, rush.job, { now: shop.nowMinute, frozenHorizon: floor.frozenMinutes, mode: input.mode === 'AT_ANY_COST' ? 'rushAtAnyCost' : 'leastDisruption' });
  } catch (error) {
    asInputError(error, shopNames(rushedFloor, shop, rush.newOrder ? [[rush.newOrder.id, 'the rush order']] : []));
  }
  const full: ShopProblem = { ...shop, problem: { ...problem, jobs: [...problem.jobs, rush.job] } };
  const newRows = scheduledRows(full, inserted.schedule);
  const before = kpisOf(shop, floor, scheduledRows({ ...shop, problem }, committed));
  const after = kpisOf(full, rushedFloor, newRows);
  return { now, siteId, published, rush, full, newRows, impact: inserted.impact, before, after, floor: rushedFloor };
}

async function evaluation(em: EntityManager, weighed: Awaited<ReturnType<typeof weighRushOrder>>): Promise<RushOrderEvaluation> {
  const { impact, full, floor } = weighed;
  const at = (minute: number) => new Date(full.epoch.getTime() + minute * 60_000);
  const numbers = new Map(floor.workOrders.map((order) => [order.id, order.number]));
  const salesOrderOf = new Map(floor.workOrders.map((order) => [order.id, order.salesOrderId]));
  const lateIds = (impact as RushOrderImpact).newlyLate;
  const orders = [...new Set(lateIds.map((id) => salesOrderOf.get(id)).filter((id): id is string => !!id))];
  const values = orders.length
    ? await execute<{ sales_order_id: string; value: string }[]>(
        em,
        `SELECT sales_order_id, sum((quantity - shipped_quantity) * unit_price) AS value FROM aps.sales_order_line WHERE open AND sales_order_id IN (${orders.map(() => '?').join(', ')}) GROUP BY sales_order_id`,
        orders,
      )
    : [];
  return {
    earliestCompletion: at(impact.rushEarliestCompletion),
    completion: at(impact.rushCompletion),
    dueDate: weighed.rush.dueDate,
    onTime: impact.rushOnTime,
    delayed: impact.delayed.map((delay) => ({ workOrderId: delay.jobId, number: numbers.get(delay.jobId) ?? delay.jobId, byHours: Math.round((delay.by / 60) * 100) / 100, completion: at(delay.completion) })),
    newlyLate: lateIds.map((id) => ({ workOrderId: id, number: numbers.get(id) ?? id })),
    moneyAtRisk: moneyAtRisk(lateIds, salesOrderOf, values.map((row) => ({ salesOrderId: row.sales_order_id, value: Number(row.value) }))),
    kpis: weighed.after,
    kpiDeltas: kpiDeltas(weighed.before, weighed.after),
    scheduleVersion: null,
    plannedOrder: null,
  };
}

/** The rush order's earliest date and impact; nothing changes. */
export async function evaluateRushOrder(ctx: ApsContext, input: RushOrderInput): Promise<RushOrderEvaluation> {
  authorize(ctx.viewer, 'evaluate rush orders', plannerRoles);
  return ctx.em.transactional(async (em) => {
    const live = await em.findOneOrFail(PlanScenarioSchema, { live: true });
    return evaluation(em, await weighRushOrder(em, ctx, live, input));
  });
}

/**
 * Puts the rush order into the live schedule and publishes it: a new item
 * rush becomes a released planned production order (mes makes the work
 * order, which takes over the reserved slots), an existing order's work
 * order keeps its new place. The scenario lock and version make a commit
 * racing another one a CONFLICT.
 */
export async function commitRushOrder(ctx: ApsContext, input: RushOrderInput): Promise<RushOrderEvaluation> {
  authorize(ctx.viewer, 'commit rush orders', plannerRoles);
  return ctx.em.transactional(async (em) => {
    const live = await em.findOneOrFail(PlanScenarioSchema, { live: true });
    const scenario = await lockScenario(em, live.id);
    const weighed = await weighRushOrder(em, ctx, scenario, input);
    const result = await evaluation(em, weighed);
    const version = await saveVersion(
      em,
      { scenarioId: scenario.id, siteId: weighed.siteId, basedOn: scenario.version, now: weighed.now, origin: 'RUSH_ORDER', kpis: weighed.after, skipped: weighed.full.skipped },
      weighed.newRows,
    );
    let plannedOrder: PlannedOrder | null = null;
    if (weighed.rush.newOrder) {
      const { id, itemId, quantity } = weighed.rush.newOrder;
      plannedOrder = em.create(PlannedOrderSchema, {
        id,
        number: await nextDocumentNumber(em, 'aps', 'PLO', weighed.now),
        mrpRunId: null,
        scenarioId: scenario.id,
        siteId: weighed.siteId,
        itemId,
        kind: 'PRODUCTION',
        status: 'RELEASED',
        quantity,
        releaseDate: dateOf(weighed.now),
        dueDate: weighed.rush.dueDate,
        pegs: [],
        peggedSalesOrderIds: [],
        supplierId: null,
        releasedAt: weighed.now,
      });
      await em.flush();
      await recordEvents(em, [plannedOrderReleased(plannedOrder)], { now: weighed.now });
    }
    await publishDraft(em, scenario, version, weighed.now);
    return { ...result, scheduleVersion: version, plannedOrder };
  });
}

export interface OperationMoveInput {
  scheduleVersionId: string;
  workOrderId: string;
  sequence: number;
  machineId: string;
  start: Date;
}

export interface OperationMoveEvaluation {
  kpis: ScheduleKpis;
  kpiDeltas: ScheduleKpis;
  lateWorkOrders: string[];
  scheduleVersion: ScheduleVersion | null;
}

/** A planner's drag on the published schedule, checked by the engine (precedence, calendar, machine, frozen) and rated. */
async function weighMove(em: EntityManager, ctx: ApsContext, input: OperationMoveInput) {
  if (!isId(input.scheduleVersionId)) throw notFound(`Schedule version ${input.scheduleVersionId} not found`, { field: 'scheduleVersionId' });
  const [row] = await execute<{ scenario_id: string; site_id: string; status: string }[]>(em, 'SELECT scenario_id, site_id, status FROM aps.schedule_version WHERE id = ?', [
    input.scheduleVersionId.toLowerCase(),
  ]);
  if (!row) throw notFound(`Schedule version ${input.scheduleVersionId} not found`, { field: 'scheduleVersionId' });
  if (row.status !== 'PUBLISHED') throw conflict('Only the published schedule is dragged: this version is not in force', { status: row.status });
  const scenario = await lockScenario(em, row.scenario_id);
  const now = ctx.now();
  const { floor, shop } = await readShop(em, scenario, row.site_id, now, validateSettings({}));
  const rows = await readScheduledOperations(em, [input.scheduleVersionId.toLowerCase()]);
  const committed = engineSchedule(shop, rows);
  const problem = committedPart(shop.problem, committed);
  const minute = Math.round((input.start.getTime() - shop.epoch.getTime()) / 60_000);
  if (Number.isNaN(minute)) throw badInput('start must be a point in time', { field: 'start' });
  // The horizon keeps its operations where they are and takes no new ones: a drop into it would change it as much.
  const frozenUntil = shop.nowMinute + floor.frozenMinutes;
  if (minute < frozenUntil) {
    throw badInput(`It would start inside the frozen horizon (until ${utcMinute(shop.epoch, frozenUntil)}), where the schedule keeps its place`, {
      reason: 'INSIDE_FROZEN_HORIZON',
      workOrderId: input.workOrderId,
      sequence: String(input.sequence),
    });
  }
  let moved;
  try {
    moved = moveOperation(problem, committed, { jobId: input.workOrderId.toLowerCase(), operationId: String(input.sequence), machineId: input.machineId.toLowerCase(), start: minute });
  } catch (error) {
    asInputError(error, shopNames(floor, shop));
  }
  const part = { ...shop, problem };
  const newRows = scheduledRows(part, moved);
  const before = kpisOf(part, floor, scheduledRows(part, committed));
  const after = kpisOf(part, floor, newRows);
  return { scenario, siteId: row.site_id, now, newRows, before, after, skipped: shop.skipped };
}

export async function evaluateOperationMove(ctx: ApsContext, input: OperationMoveInput): Promise<OperationMoveEvaluation> {
  authorize(ctx.viewer, 'move operations', plannerRoles);
  return ctx.em.transactional(async (em) => {
    const weighed = await weighMove(em, ctx, input);
    return { kpis: weighed.after, kpiDeltas: kpiDeltas(weighed.before, weighed.after), lateWorkOrders: [...new Set(weighed.newRows.filter((row) => row.late).map((row) => row.workOrderId))], scheduleVersion: null };
  });
}

export async function commitOperationMove(ctx: ApsContext, input: OperationMoveInput): Promise<OperationMoveEvaluation> {
  authorize(ctx.viewer, 'move operations', plannerRoles);
  return ctx.em.transactional(async (em) => {
    const weighed = await weighMove(em, ctx, input);
    const version = await saveVersion(
      em,
      { scenarioId: weighed.scenario.id, siteId: weighed.siteId, basedOn: weighed.scenario.version, now: weighed.now, origin: 'MOVE', kpis: weighed.after, skipped: weighed.skipped },
      weighed.newRows,
    );
    await publishDraft(em, weighed.scenario, version, weighed.now);
    return { kpis: weighed.after, kpiDeltas: kpiDeltas(weighed.before, weighed.after), lateWorkOrders: [...new Set(weighed.newRows.filter((row) => row.late).map((row) => row.workOrderId))], scheduleVersion: version };
  });
}
