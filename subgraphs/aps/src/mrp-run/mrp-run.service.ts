import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, execute, isId, newId, nextDocumentNumber, sqlArray, type EntityManager } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { planMaterialRequirements } from '../mrp/mrp.rules.ts';
import { readPlanningData } from '../read-model/planning-data.store.ts';
import { plannerRoles, readerRoles } from '../roles.ts';
import { PlanScenarioSchema } from '../scenario/scenario.entity.ts';
import { demandChangesOf, lockScenario, readScenarioChanges } from '../scenario/scenario.service.ts';
import { calendarDate } from '../calendar-date.ts';
import { MrpRunSchema, PlannedOrderSchema, type MrpRun, type PlannedOrder } from './mrp-run.entity.ts';
import { planRows } from './mrp-run.rules.ts';
import { mrpInput } from './planning-input.rules.ts';

export function createMrpRunLoaders(em: EntityManager) {
  return {
    mrpRunById: createByIdLoader<MrpRun>(em, MrpRunSchema),
    plannedOrderById: createByIdLoader<PlannedOrder>(em, PlannedOrderSchema),
    plannedOrdersByRun: new DataLoader<string, PlannedOrder[]>(async (runIds) => {
      const orders = await em.find(PlannedOrderSchema, { mrpRunId: { $in: [...runIds] } }, { orderBy: { dueDate: 'asc', number: 'asc' } });
      return runIds.map((id) => orders.filter((order) => order.mrpRunId === id));
    }),
    /** The order a released planned order became, as its maker announced it: mes's work order (mes.WorkOrderReleased names the planned order). */
    // A purchase is known once the buyer sends srm's draft (srm.PurchaseOrderPlaced names the planned order).
    releasedAsByPlannedOrder: new DataLoader<string, { __typename: 'WorkOrder' | 'PurchaseOrder'; id: string } | null>(async (plannedOrderIds) => {
      const rows = await execute<{ typename: 'WorkOrder' | 'PurchaseOrder'; id: string; planned_order_id: string }[]>(
        em,
        `SELECT 'WorkOrder' AS typename, id, planned_order_id FROM aps.work_order WHERE planned_order_id = ANY(?::uuid[])
         UNION
         SELECT DISTINCT 'PurchaseOrder', purchase_order_id, planned_order_id FROM aps.purchase_order_line WHERE planned_order_id = ANY(?::uuid[])`,
        [sqlArray(plannedOrderIds), sqlArray(plannedOrderIds)],
      );
      const byPlannedOrder = new Map(rows.map((row) => [row.planned_order_id, { __typename: row.typename, id: row.id }]));
      return plannedOrderIds.map((id) => byPlannedOrder.get(id) ?? null);
    }),
    /** Keyed by `scenarioId|siteId`. */
    latestRunByScenarioSite: new DataLoader<string, MrpRun | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const runs = await em.find(MrpRunSchema, { $or: pairs.map(([scenarioId, siteId]) => ({ scenarioId, siteId })) }, { orderBy: { createdAt: 'desc', number: 'desc' } });
      return pairs.map(([scenarioId, siteId]) => runs.find((run) => run.scenarioId === scenarioId && run.siteId === siteId) ?? null);
    }),
  };
}

export const dateOf = (at: Date) => at.toISOString().slice(0, 10);

export async function findMrpRun(ctx: ApsContext, id: string): Promise<MrpRun> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const run = isId(id) ? await ctx.loaders.mrpRunById.load(id.toLowerCase()) : null;
  if (!run) throw notFound(`MRP run ${id} not found`, { mrpRunId: id });
  return run;
}

export async function findPlannedOrder(ctx: ApsContext, id: string): Promise<PlannedOrder> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const order = isId(id) ? await ctx.loaders.plannedOrderById.load(id.toLowerCase()) : null;
  if (!order) throw notFound(`Planned order ${id} not found`, { plannedOrderId: id });
  return order;
}

/**
 * Plans material requirements of a scenario at a site from what aps knows
 * now and keeps the result. The planned orders of the scenario's previous
 * run at the site are replaced; firm and released ones stay. Input the
 * engine refuses (an item without lead time or lot rule, a cyclic bill of
 * materials) is a BAD_USER_INPUT naming it, and nothing is written.
 */
export async function runMrp(ctx: ApsContext, input: { scenarioId: string; siteId: string; weeks?: number | null }): Promise<MrpRun> {
  authorize(ctx.viewer, 'run MRP', plannerRoles);
  const weeks = input.weeks ?? 26;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw badInput('weeks must be a whole number from 1 to 104', { field: 'weeks' });
  if (!isId(input.siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  const siteId = input.siteId.toLowerCase();
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const scenario = await lockScenario(em, input.scenarioId);
    const data = await readPlanningData(em, { siteId, scenarioId: scenario.id, today: dateOf(now), weeks, demandChanges: demandChangesOf(await readScenarioChanges(em, scenario.id)) });
    const { periods, input: planningInput } = mrpInput(data);
    const plan = planMaterialRequirements(planningInput);
    const salesOrderOfLine = new Map(data.salesLines.map((line) => [line.lineId, line.salesOrderId]));
    const { orders, exceptions } = planRows(plan, periods, salesOrderOfLine, newId);
    await execute(em, "DELETE FROM aps.planned_order WHERE scenario_id = ? AND site_id = ? AND status = 'PLANNED'", [scenario.id, siteId]);
    const run = em.create(MrpRunSchema, {
      id: newId(),
      number: await nextDocumentNumber(em, 'aps', 'MRP', now),
      scenarioId: scenario.id,
      siteId,
      createdAt: now,
      periods: periods.map((period) => period.start),
      records: plan.records,
      exceptions,
    });
    const firm = new Map((await em.find(PlannedOrderSchema, { id: { $in: orders.filter((order) => order.firm).map((order) => order.id) } })).map((order) => [order.id, order]));
    for (const order of orders) {
      const kept = firm.get(order.id);
      if (kept) {
        Object.assign(kept, { mrpRunId: run.id, pegs: order.pegs, peggedSalesOrderIds: order.peggedSalesOrderIds });
        continue;
      }
      em.create(PlannedOrderSchema, {
        id: order.id,
        number: await nextDocumentNumber(em, 'aps', 'PLO', now),
        mrpRunId: run.id,
        scenarioId: scenario.id,
        siteId,
        itemId: order.itemId,
        kind: order.kind,
        status: 'PLANNED',
        quantity: order.quantity,
        releaseDate: order.releaseDate,
        dueDate: order.dueDate,
        pegs: order.pegs,
        peggedSalesOrderIds: order.peggedSalesOrderIds,
        supplierId: null,
        releasedAt: null,
      });
    }
    await em.flush();
    return run;
  });
}

/** What srm and mes hear when a planned order is released. */
export function plannedOrderReleased(order: PlannedOrder): SupplyChainEventInput {
  return {
    type: 'aps.PlannedOrderReleased',
    subjectType: 'PlannedOrder',
    subjectId: order.id,
    itemId: order.itemId,
    siteId: order.siteId,
    supplierId: order.supplierId ?? null,
    quantity: order.quantity,
    payload: {
      plannedOrderId: order.id,
      kind: order.kind,
      itemId: order.itemId,
      siteId: order.siteId,
      quantity: order.quantity,
      dueDate: calendarDate(order.dueDate),
      supplierId: order.supplierId ?? null,
      peggedSalesOrderIds: order.peggedSalesOrderIds,
    },
  };
}

async function lockPlannedOrder(em: EntityManager, id: string): Promise<PlannedOrder> {
  const order = isId(id) ? await em.findOne(PlannedOrderSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!order) throw notFound(`Planned order ${id} not found`, { plannedOrderId: id });
  return order;
}

/** PLANNED → FIRM: later runs keep its quantity and dates. */
export async function firmPlannedOrder(ctx: ApsContext, id: string): Promise<PlannedOrder> {
  authorize(ctx.viewer, 'firm planned orders', plannerRoles);
  return ctx.em.transactional(async (em) => {
    const order = await lockPlannedOrder(em, id);
    if (order.status !== 'PLANNED') throw conflict(`Planned order ${order.number} is ${order.status.toLowerCase()}, not planned`, { status: order.status });
    order.status = 'FIRM';
    await em.flush();
    return order;
  });
}

/**
 * PLANNED or FIRM → RELEASED, for the live plan only (a scenario's orders
 * are what-ifs): aps.PlannedOrderReleased tells srm to draft a purchase
 * order or mes to create a work order, in the same transaction.
 */
export async function releasePlannedOrder(ctx: ApsContext, id: string, supplierId?: string | null): Promise<PlannedOrder> {
  authorize(ctx.viewer, 'release planned orders', plannerRoles);
  if (supplierId != null && !isId(supplierId)) throw badInput('supplierId must be a UUID', { field: 'supplierId' });
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const order = await lockPlannedOrder(em, id);
    const scenario = await em.findOneOrFail(PlanScenarioSchema, { id: order.scenarioId });
    if (!scenario.live) throw conflict(`Planned order ${order.number} belongs to scenario ${scenario.name}, not the live plan: it cannot be released`, { scenarioId: scenario.id });
    if (order.status === 'RELEASED') throw conflict(`Planned order ${order.number} is already released`, { status: order.status });
    if (supplierId != null && order.kind !== 'PURCHASE') throw badInput(`Planned order ${order.number} is made, not bought: it has no supplier`, { field: 'supplierId' });
    Object.assign(order, { status: 'RELEASED', releasedAt: now, supplierId: supplierId?.toLowerCase() ?? null });
    await em.flush();
    await recordEvents(em, [plannedOrderReleased(order)], { now });
    return order;
  });
}
