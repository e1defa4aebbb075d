import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { readKnownSubjects, recordEvents, runOnce, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { MesContext } from '../context.ts';
import { calendarDate } from '../calendar-date.ts';
import { MachineSchema, type Machine } from '../machine/machine.entity.ts';
import { validateManualState } from '../machine/machine.rules.ts';
import { authorizeRead, engineerRoles, loadDowntimeTaxonomy, lockMachines, moveMachine, operatorRoles, readerRoles } from '../machine/machine.service.ts';
import { OperationRunSchema, ProductionReportSchema, RoutingCopySchema, WorkOrderSchema, type OperationRun, type ProductionReport, type RoutingStepCopy, type WorkOrder } from './work-order.entity.ts';
import {
  activeStatuses,
  assertCanComplete,
  assertCanReport,
  assertCanStart,
  validateNewWorkOrder,
  validatePriority,
  workOrderOutput,
  type NewWorkOrder,
  type ProductionQuantities,
  type WorkOrderStatus,
} from './work-order.rules.ts';

export function createWorkOrderLoaders(em: EntityManager) {
  return {
    workOrderById: createByIdLoader<WorkOrder>(em, WorkOrderSchema),
    operationRunById: createByIdLoader<OperationRun>(em, OperationRunSchema),
    operationsByWorkOrder: new DataLoader<string, OperationRun[]>(async (ids) => {
      const runs = await em.find(OperationRunSchema, { workOrderId: { $in: [...ids] } }, { orderBy: { workOrderId: 'asc', sequence: 'asc' } });
      return ids.map((id) => runs.filter((run) => run.workOrderId === id));
    }),
    reportsByOperation: new DataLoader<string, ProductionReport[]>(async (ids) => {
      const reports = await em.find(ProductionReportSchema, { operationRunId: { $in: [...ids] } }, { orderBy: { reportedAt: 'asc', id: 'asc' } });
      return ids.map((id) => reports.filter((report) => report.operationRunId === id));
    }),
    workOrderByOutputLot: new DataLoader<string, WorkOrder | null>(async (lotIds) => {
      const orders = await em.find(WorkOrderSchema, { outputLotId: { $in: [...lotIds] } });
      return lotIds.map((id) => orders.find((order) => order.outputLotId === id) ?? null);
    }),
  };
}

export const workOrderEvent = (order: WorkOrder) => ({
  subjectType: 'WorkOrder',
  subjectId: order.id,
  itemId: order.itemId,
  siteId: order.siteId,
  orderId: order.salesOrderId,
});

export async function findWorkOrder(ctx: MesContext, id: string): Promise<WorkOrder | null> {
  authorizeRead(ctx);
  return isId(id) ? ctx.loaders.workOrderById.load(id.toLowerCase()) : null;
}

export async function visibleWorkOrder(ctx: MesContext, id: string): Promise<WorkOrder | null> {
  if (!readerRoles.includes(ctx.viewer.role) && ctx.viewer.role !== 'admin') return null;
  return isId(id) ? ctx.loaders.workOrderById.load(id.toLowerCase()) : null;
}

export async function findWorkOrderByNumber(ctx: MesContext, number: string): Promise<WorkOrder | null> {
  authorizeRead(ctx);
  return ctx.em.findOne(WorkOrderSchema, { number: number.trim().toUpperCase() });
}

export async function findOperationRun(ctx: MesContext, id: string): Promise<OperationRun | null> {
  authorizeRead(ctx);
  return isId(id) ? ctx.loaders.operationRunById.load(id.toLowerCase()) : null;
}

export async function listWorkOrders(
  ctx: MesContext,
  filter: { status?: readonly WorkOrderStatus[] | null; itemId?: string | null },
  page: { first: number; offset: number },
): Promise<{ items: WorkOrder[]; totalCount: number }> {
  authorizeRead(ctx);
  validatePage(page);
  if (filter.itemId && !isId(filter.itemId)) throw badInput('itemId is malformed', { field: 'itemId' });
  const onlyCompleted = filter.status?.length === 1 && filter.status[0] === 'COMPLETED';
  const [items, totalCount] = await ctx.em.findAndCount(
    WorkOrderSchema,
    { ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}), ...(filter.itemId ? { itemId: filter.itemId.toLowerCase() } : {}) },
    {
      orderBy: onlyCompleted ? { completedAt: 'desc', number: 'desc' } : { status: 'desc', priority: 'asc', dueDate: 'asc', number: 'asc' },
      limit: page.first,
      offset: page.offset,
    },
  );
  return { items, totalCount };
}

/** A made item's routing steps as mes last heard them from erp (empty when it has none). */
export async function routingOf(em: EntityManager, itemId: string): Promise<RoutingStepCopy[]> {
  return (await em.findOne(RoutingCopySchema, { itemId }))?.steps ?? [];
}

export interface ReleaseInput extends NewWorkOrder {
  itemId: string;
  siteId: string;
  warehouseId: string;
  salesOrderId?: string | null;
  plannedOrderId?: string | null;
  idempotencyKey?: string | null;
}

/**
 * Releases a work order: the item's routing (erp's, as mes last heard it)
 * becomes its operations, its output lot's id and number (the work order's
 * number) are fixed, and aps hears of it.
 */
export async function releaseWorkOrder(ctx: MesContext, input: ReleaseInput): Promise<WorkOrder> {
  authorize(ctx.viewer, 'release work orders', engineerRoles);
  const valid = validateNewWorkOrder(input);
  for (const field of ['itemId', 'siteId', 'warehouseId', 'salesOrderId', 'plannedOrderId'] as const) {
    if (input[field] && !isId(input[field])) throw badInput(`${field} is malformed`, { field });
  }
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'mes.releaseWorkOrder', now },
    (id) => ctx.em.findOneOrFail(WorkOrderSchema, { id }),
    (em) => releaseIn(em, { ...input, ...valid }, now, input.idempotencyKey),
  );
}

/** The release itself, in the caller's transaction (a mutation's, or a consumer's for aps' planned orders). */
export async function releaseIn(em: EntityManager, input: ReleaseInput & { priority: number; overReportTolerance: number }, now: Date, idempotencyKey?: string | null): Promise<WorkOrder> {
  const itemId = input.itemId.toLowerCase();
  const siteId = input.siteId.toLowerCase();
  const routing = await em.findOne(RoutingCopySchema, { itemId });
  if (!routing) {
    const known = await readKnownSubjects(em, 'erp.ItemCreated', [itemId]);
    if (!known.has(itemId)) throw notFound(`Item ${itemId} not found`, { field: 'itemId' });
    throw badInput(`Item ${itemId} has no routing: erp gives made items their routing`, { field: 'itemId' });
  }
  if (!(await readKnownSubjects(em, 'erp.SiteCreated', [siteId])).has(siteId)) throw notFound(`Site ${siteId} not found`, { field: 'siteId' });
  const plannedOrderId = input.plannedOrderId?.toLowerCase() ?? null;
  if (plannedOrderId && (await em.count(WorkOrderSchema, { plannedOrderId }))) throw conflict(`Planned order ${plannedOrderId} already has a work order`, { field: 'plannedOrderId' });
  const number = await nextDocumentNumber(em, 'mes', 'WO', now);
  const order = em.create(WorkOrderSchema, {
    id: newId(),
    number,
    itemId,
    siteId,
    warehouseId: input.warehouseId.toLowerCase(),
    quantity: input.quantity,
    dueDate: input.dueDate,
    priority: input.priority,
    status: 'RELEASED',
    salesOrderId: input.salesOrderId?.toLowerCase() ?? null,
    plannedOrderId,
    overReportTolerance: input.overReportTolerance,
    goodQuantity: 0,
    scrapQuantity: 0,
    outputLotId: newId(),
    scheduledEnd: null,
    releasedAt: now,
    completedAt: null,
  });
  for (const step of routing.steps) {
    em.create(OperationRunSchema, {
      id: newId(),
      workOrderId: order.id,
      sequence: step.sequence,
      workCenterId: step.workCenterId,
      machineIds: step.machineIds,
      setupMinutes: step.setupMinutes,
      runSecondsPerUnit: step.runSecondsPerUnit,
      status: 'PENDING',
      machineId: null,
      operatorId: null,
      goodQuantity: 0,
      scrapQuantity: 0,
      reworkQuantity: 0,
      labourMinutes: 0,
      startedAt: null,
      completedAt: null,
      scheduledStart: null,
      scheduledEnd: null,
    });
  }
  await em.flush();
  await recordEvents(
    em,
    [
      {
        type: 'mes.WorkOrderReleased',
        ...workOrderEvent(order),
        quantity: order.quantity,
        payload: {
          number,
          itemId,
          siteId,
          warehouseId: order.warehouseId,
          quantity: order.quantity,
          dueDate: input.dueDate,
          priority: order.priority,
          salesOrderId: order.salesOrderId ?? null,
          plannedOrderId: order.plannedOrderId ?? null,
        },
      },
    ],
    { now, idempotencyKey },
  );
  return order;
}

async function lockWorkOrder(em: EntityManager, id: string): Promise<WorkOrder> {
  const order = isId(id) ? await em.findOne(WorkOrderSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!order) throw notFound(`Work order ${id} not found`, { field: 'workOrderId' });
  return order;
}

export async function changeWorkOrderPriority(ctx: MesContext, id: string, priority: number): Promise<WorkOrder> {
  authorize(ctx.viewer, 'change work order priorities', engineerRoles);
  validatePriority(priority);
  return ctx.em.transactional(async (em) => {
    const order = await lockWorkOrder(em, id);
    if (order.status === 'COMPLETED') throw conflict(`Work order ${order.number} is completed`, { field: 'id' });
    order.priority = priority;
    await em.flush();
    return order;
  });
}

/**
 * The operation, its work order and the machine it runs on (or is to run
 * on), locked in that order everywhere so concurrent terminals queue instead
 * of deadlocking; the operation's lock is what makes two operators
 * completing it at once take turns (the second finds it completed).
 */
async function lockOperation(em: EntityManager, operationRunId: string): Promise<{ run: OperationRun; order: WorkOrder }> {
  const run = isId(operationRunId) ? await em.findOne(OperationRunSchema, { id: operationRunId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!run) throw notFound(`Operation ${operationRunId} not found`, { field: 'operationRunId' });
  const order = await lockWorkOrder(em, run.workOrderId);
  return { run, order };
}

const validOperator = (operatorId: string) => {
  const badge = operatorId.trim().toUpperCase();
  if (!badge) throw badInput('Say who the operator is (their badge)', { field: 'operatorId' });
  return badge;
};

async function runOperation<T extends { id: string }>(
  ctx: MesContext,
  operation: string,
  idempotencyKey: string | null | undefined,
  load: (id: string) => Promise<T>,
  work: (em: EntityManager, now: Date) => Promise<{ result: T; events: SupplyChainEventInput[] }>,
): Promise<T> {
  authorize(ctx.viewer, 'work at a shop-floor terminal', operatorRoles);
  const now = ctx.now();
  return runOnce(ctx.em, { idempotencyKey, operation, now }, load, async (em) => {
    const { result, events } = await work(em, now);
    await em.flush();
    await recordEvents(em, events, { now, idempotencyKey });
    return result;
  });
}

const loadRun = (ctx: MesContext) => (id: string) => ctx.em.findOneOrFail(OperationRunSchema, { id });

export async function startOperation(
  ctx: MesContext,
  input: { operationRunId: string; machineId: string; operatorId: string; setup?: boolean | null; idempotencyKey?: string | null },
): Promise<OperationRun> {
  const operatorId = validOperator(input.operatorId);
  return runOperation(ctx, 'mes.startOperation', input.idempotencyKey, loadRun(ctx), async (em, now) => {
    const { run, order } = await lockOperation(em, input.operationRunId);
    const [machine] = await lockMachines(em, [input.machineId]);
    const runs = await em.find(OperationRunSchema, { workOrderId: order.id }, { orderBy: { sequence: 'asc' } });
    const previous = runs.filter((candidate) => candidate.sequence < run.sequence).at(-1) ?? null;
    const busy = await em.findOne(OperationRunSchema, { machineId: machine!.id, status: { $in: [...activeStatuses] } });
    const busyWith = busy ? `operation ${busy.sequence} of ${(await em.findOneOrFail(WorkOrderSchema, { id: busy.workOrderId })).number}` : null;
    assertCanStart(run, machine!, previous, busyWith);
    const setup = input.setup ?? run.setupMinutes > 0;
    Object.assign(run, { status: setup ? 'SETUP' : 'RUNNING', machineId: machine!.id, operatorId, startedAt: now });
    if (order.status === 'RELEASED') order.status = 'IN_PROGRESS';
    const event = moveMachine(em, machine!, setup ? 'SETUP' : 'RUNNING', null, now);
    return { result: run, events: event ? [event] : [] };
  });
}

async function lockRunMachine(em: EntityManager, run: OperationRun): Promise<Machine> {
  const [machine] = await lockMachines(em, [run.machineId!]);
  return machine!;
}

export async function finishSetup(ctx: MesContext, operationRunId: string): Promise<OperationRun> {
  return runOperation(ctx, 'mes.finishSetup', null, loadRun(ctx), async (em, now) => {
    const { run } = await lockOperation(em, operationRunId);
    if (run.status !== 'SETUP') throw conflict(`Operation ${run.sequence} is not in setup`, { field: 'operationRunId' });
    const machine = await lockRunMachine(em, run);
    run.status = 'RUNNING';
    const event = moveMachine(em, machine, 'RUNNING', null, now);
    return { result: run, events: event ? [event] : [] };
  });
}

export async function pauseOperation(ctx: MesContext, operationRunId: string, reason: string): Promise<OperationRun> {
  return runOperation(ctx, 'mes.pauseOperation', null, loadRun(ctx), async (em, now) => {
    const { run } = await lockOperation(em, operationRunId);
    if (run.status !== 'RUNNING' && run.status !== 'SETUP') throw conflict(`Operation ${run.sequence} is not running`, { field: 'operationRunId' });
    const machine = await lockRunMachine(em, run);
    const code = validateManualState('IDLE', reason, await loadDowntimeTaxonomy(em));
    run.status = 'PAUSED';
    const event = moveMachine(em, machine, 'IDLE', code, now);
    return { result: run, events: event ? [event] : [] };
  });
}

export async function resumeOperation(ctx: MesContext, operationRunId: string): Promise<OperationRun> {
  return runOperation(ctx, 'mes.resumeOperation', null, loadRun(ctx), async (em, now) => {
    const { run } = await lockOperation(em, operationRunId);
    if (run.status !== 'PAUSED') throw conflict(`Operation ${run.sequence} is not paused`, { field: 'operationRunId' });
    const machine = await lockRunMachine(em, run);
    if (machine.state === 'DOWN' || machine.state === 'PLANNED_DOWNTIME' || machine.state === 'OFF_SHIFT') {
      throw conflict(`Machine ${machine.code} is ${machine.state.toLowerCase().replace('_', ' ')}: set it IDLE when it is ready`, { field: 'operationRunId' });
    }
    run.status = 'RUNNING';
    const event = moveMachine(em, machine, 'RUNNING', null, now);
    return { result: run, events: event ? [event] : [] };
  });
}

/**
 * Records what an operator reports at a terminal. With an idempotency key a
 * terminal's resend after a timeout returns the first report and counts
 * nothing twice.
 */
export async function reportProduction(ctx: MesContext, input: ProductionQuantities & { operationRunId: string; operatorId: string; idempotencyKey?: string | null }): Promise<ProductionReport> {
  const operatorId = validOperator(input.operatorId);
  return runOperation(
    ctx,
    'mes.reportProduction',
    input.idempotencyKey,
    (id) => ctx.em.findOneOrFail(ProductionReportSchema, { id }),
    async (em, now) => {
      const { run, order } = await lockOperation(em, input.operationRunId);
      const machine = run.machineId ? await em.findOneOrFail(MachineSchema, { id: run.machineId }) : null;
      const scrapReason = assertCanReport(run, machine ?? { code: '?', state: 'IDLE' }, order, input);
      run.goodQuantity += input.goodQuantity;
      run.scrapQuantity += input.scrapQuantity;
      run.reworkQuantity += input.reworkQuantity;
      run.labourMinutes += input.labourMinutes;
      const report = em.create(ProductionReportSchema, {
        id: newId(),
        operationRunId: run.id,
        workOrderId: order.id,
        machineId: machine!.id,
        operatorId,
        goodQuantity: input.goodQuantity,
        scrapQuantity: input.scrapQuantity,
        scrapReason,
        reworkQuantity: input.reworkQuantity,
        labourMinutes: input.labourMinutes,
        reportedAt: now,
      });
      return {
        result: report,
        events: [
          {
            type: 'mes.ProductionReported',
            ...workOrderEvent(order),
            quantity: input.goodQuantity,
            payload: {
              workOrderId: order.id,
              machineId: machine!.id,
              workCenterId: run.workCenterId,
              goodQuantity: input.goodQuantity,
              scrapQuantity: input.scrapQuantity,
              // The routing's standard time for this item is the ideal rate OEE performance measures against.
              idealCycleSeconds: run.runSecondsPerUnit,
            },
          },
        ],
      };
    },
  );
}

/**
 * Completes an operation; the machine waits for its next one. Completing the
 * last operation completes the work order: wms receives its output lot, qms
 * inspects it, schedule adherence counts it.
 */
export async function completeOperation(ctx: MesContext, operationRunId: string, operatorBadge: string, idempotencyKey?: string | null): Promise<OperationRun> {
  const operatorId = validOperator(operatorBadge);
  return runOperation(ctx, 'mes.completeOperation', idempotencyKey, loadRun(ctx), async (em, now) => {
    const { run, order } = await lockOperation(em, operationRunId);
    assertCanComplete(run);
    const machine = await lockRunMachine(em, run);
    Object.assign(run, { status: 'COMPLETED', completedAt: now });
    const events: SupplyChainEventInput[] = [];
    // The machine waits for its next operation (it has no order until one starts), unless it already stopped (a shift ended, a breakdown) as the operation finished.
    const machineEvent = machine.state === 'RUNNING' || machine.state === 'SETUP' ? moveMachine(em, machine, 'IDLE', 'NO_ORDER', now) : null;
    if (machineEvent) events.push(machineEvent);
    events.push({
      type: 'mes.OperationCompleted',
      ...workOrderEvent(order),
      subjectType: 'OperationRun',
      subjectId: run.id,
      quantity: run.goodQuantity,
      payload: {
        workOrderId: order.id,
        operationRunId: run.id,
        sequence: run.sequence,
        machineId: machine.id,
        workCenterId: run.workCenterId,
        itemId: order.itemId,
        goodQuantity: run.goodQuantity,
        scrapQuantity: run.scrapQuantity,
        operatorId,
      },
    });
    const runs = await em.find(OperationRunSchema, { workOrderId: order.id }, { orderBy: { sequence: 'asc' } });
    if (runs.every((candidate) => candidate.status === 'COMPLETED')) {
      const output = workOrderOutput(runs);
      Object.assign(order, { status: 'COMPLETED', completedAt: now, ...output });
      const dueDate = calendarDate(order.dueDate);
      events.push({
        type: 'mes.WorkOrderCompleted',
        ...workOrderEvent(order),
        quantity: output.goodQuantity,
        payload: {
          number: order.number,
          itemId: order.itemId,
          workCenterId: run.workCenterId,
          goodQuantity: output.goodQuantity,
          scrapQuantity: output.scrapQuantity,
          scheduledEnd: order.scheduledEnd ? order.scheduledEnd.toISOString() : dueDate,
          workOrderId: order.id,
          siteId: order.siteId,
          warehouseId: order.warehouseId,
          outputLotId: order.outputLotId,
          outputLotNumber: order.number,
          salesOrderId: order.salesOrderId,
        },
      });
    }
    return { result: run, events };
  });
}
