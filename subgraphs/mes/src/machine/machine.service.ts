import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, execute, isId, newId, sqlArray, type EntityManager } from '@plexus/db';
import { readKnownSubjects, recordEvents, runOnce, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage, type ViewerRole } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { MesContext } from '../context.ts';
import { OperationRunSchema } from '../work-order/work-order.entity.ts';
import { activeStatuses } from '../work-order/work-order.rules.ts';
import { MachineSchema, MachineStateChangeSchema, WorkCenterSchema, type Machine, type MachineStateChange, type WorkCenter } from './machine.entity.ts';
import { reportedState, validateIdealCycle, validateMachineCode, validateManualState, type DowntimeReason, type MachineState } from './machine.rules.ts';

/** Who reads the shop floor: everyone inside the company (suppliers see nothing of it). */
export const readerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst'];
/** Who sets the shop floor up: production planners (and administrators). */
export const engineerRoles: readonly ViewerRole[] = ['planner'];
/** Who works at the terminals: operators, and planners standing in. */
export const operatorRoles: readonly ViewerRole[] = ['operator', 'planner'];

export const authorizeRead = (ctx: MesContext) => authorize(ctx.viewer, 'see the shop floor', readerRoles);

export function createMachineLoaders(em: EntityManager) {
  return {
    workCenterById: createByIdLoader<WorkCenter>(em, WorkCenterSchema),
    machineById: createByIdLoader<Machine>(em, MachineSchema),
    machinesByWorkCenter: new DataLoader<string, Machine[]>(async (workCenterIds) => {
      const machines = await em.find(MachineSchema, { workCenterId: { $in: [...workCenterIds] } }, { orderBy: { code: 'asc' } });
      return workCenterIds.map((id) => machines.filter((machine) => machine.workCenterId === id));
    }),
    /** State history per `machineId|from|to`: one statement for every machine of a page. */
    stateHistory: new DataLoader<string, MachineStateChange[]>(async (keys) => {
      const windows = keys.map((key, index) => {
        const [machineId, from, to] = key.split('|') as [string, string, string];
        return { key: index, machine_id: machineId, from_time: from, to_time: to };
      });
      const rows = await execute<{ key: number; id: string; machine_id: string; at: Date | string; from_state: MachineState | null; to_state: MachineState; reason: string | null }[]>(
        em,
        `SELECT w.key, c.id, c.machine_id, c.at, c.from_state, c.to_state, c.reason
           FROM jsonb_to_recordset(?::jsonb) AS w(key int, machine_id uuid, from_time timestamptz, to_time timestamptz)
           CROSS JOIN LATERAL (
             (SELECT * FROM mes.machine_state_change c WHERE c.machine_id = w.machine_id AND c.at < w.from_time ORDER BY c.at DESC, c.id DESC LIMIT 1)
             UNION ALL
             (SELECT * FROM mes.machine_state_change c WHERE c.machine_id = w.machine_id AND c.at >= w.from_time AND c.at < w.to_time ORDER BY c.at, c.id LIMIT 5000)
           ) c
          ORDER BY w.key, c.at, c.id`,
        [JSON.stringify(windows)],
      );
      return keys.map((_, index) =>
        rows
          .filter((row) => Number(row.key) === index)
          .map((row) => ({ id: row.id, machineId: row.machine_id, at: new Date(row.at), fromState: row.from_state, toState: row.to_state, reason: row.reason })),
      );
    }),
  };
}

export async function loadDowntimeTaxonomy(em: EntityManager): Promise<(DowntimeReason & { name: string })[]> {
  return execute(em, 'SELECT code, name, category FROM mes.downtime_reason ORDER BY category, code');
}

export async function listWorkCenters(ctx: MesContext, siteId?: string | null): Promise<WorkCenter[]> {
  authorizeRead(ctx);
  if (siteId && !isId(siteId)) return [];
  return ctx.em.find(WorkCenterSchema, siteId ? { siteId: siteId.toLowerCase() } : {}, { orderBy: { code: 'asc' } });
}

export async function listMachines(
  ctx: MesContext,
  filter: { workCenterId?: string | null; siteId?: string | null; state?: MachineState | null },
  page: { first: number; offset: number },
): Promise<Machine[]> {
  authorizeRead(ctx);
  validatePage(page, 500);
  for (const field of ['workCenterId', 'siteId'] as const) if (filter[field] && !isId(filter[field])) throw badInput(`${field} is malformed`, { field });
  return ctx.em.find(
    MachineSchema,
    {
      ...(filter.workCenterId ? { workCenterId: filter.workCenterId.toLowerCase() } : {}),
      ...(filter.siteId ? { siteId: filter.siteId.toLowerCase() } : {}),
      ...(filter.state ? { state: filter.state } : {}),
    },
    { orderBy: { code: 'asc' }, limit: page.first, offset: page.offset },
  );
}

/** The machine if the viewer may see the shop floor, else null: what references from other subgraphs resolve to. */
export async function visibleMachine(ctx: MesContext, id: string): Promise<Machine | null> {
  if (!readerRoles.includes(ctx.viewer.role) && ctx.viewer.role !== 'admin') return null;
  return isId(id) ? ctx.loaders.machineById.load(id.toLowerCase()) : null;
}

export async function visibleWorkCenter(ctx: MesContext, id: string): Promise<WorkCenter | null> {
  if (!readerRoles.includes(ctx.viewer.role) && ctx.viewer.role !== 'admin') return null;
  return isId(id) ? ctx.loaders.workCenterById.load(id.toLowerCase()) : null;
}

export async function createWorkCenter(ctx: MesContext, input: { code: string; name: string; siteId: string }): Promise<WorkCenter> {
  authorize(ctx.viewer, 'set up work centers', engineerRoles);
  const code = validateMachineCode(input.code);
  const name = input.name.trim();
  if (!name) throw badInput('Name must not be empty', { field: 'name' });
  if (!isId(input.siteId)) throw badInput('Site id is malformed', { field: 'siteId' });
  const siteId = input.siteId.toLowerCase();
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    if (!(await readKnownSubjects(em, 'erp.SiteCreated', [siteId])).has(siteId)) throw notFound(`Site ${siteId} not found`, { field: 'siteId' });
    if (await em.count(WorkCenterSchema, { code })) throw conflict(`Work center ${code} already exists`, { field: 'code' });
    const workCenter = em.create(WorkCenterSchema, { id: newId(), code, name, siteId, createdAt: now });
    await em.flush();
    await recordEvents(em, [{ type: 'mes.WorkCenterCreated', subjectType: 'WorkCenter', subjectId: workCenter.id, siteId, payload: { code, name, siteId } }], { now });
    return workCenter;
  });
}

/** A new machine starts OFF_SHIFT: it counts toward nothing until a shift starts it. */
export async function registerMachine(ctx: MesContext, input: { code: string; name: string; workCenterId: string; idealCycleSeconds: number }): Promise<Machine> {
  authorize(ctx.viewer, 'register machines', engineerRoles);
  const code = validateMachineCode(input.code);
  const name = input.name.trim();
  if (!name) throw badInput('Name must not be empty', { field: 'name' });
  const idealCycleSeconds = validateIdealCycle(input.idealCycleSeconds);
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const workCenter = isId(input.workCenterId) ? await em.findOne(WorkCenterSchema, { id: input.workCenterId.toLowerCase() }) : null;
    if (!workCenter) throw notFound(`Work center ${input.workCenterId} not found`, { field: 'workCenterId' });
    if (await em.count(MachineSchema, { code })) throw conflict(`Machine ${code} already exists`, { field: 'code' });
    const machine = em.create(MachineSchema, {
      id: newId(),
      code,
      name,
      workCenterId: workCenter.id,
      siteId: workCenter.siteId,
      idealCycleSeconds,
      state: 'OFF_SHIFT',
      stateReason: null,
      stateSince: now,
      createdAt: now,
    });
    em.create(MachineStateChangeSchema, { id: newId(), machineId: machine.id, at: now, fromState: null, toState: 'OFF_SHIFT', reason: null });
    await em.flush();
    await recordEvents(
      em,
      [
        {
          type: 'mes.MachineRegistered',
          subjectType: 'Machine',
          subjectId: machine.id,
          siteId: machine.siteId,
          payload: { code, name, workCenterId: workCenter.id, siteId: machine.siteId, idealCycleSeconds },
        },
        stateEvent(machine, null, 'OFF_SHIFT', null),
      ],
      { now },
    );
    return machine;
  });
}

export function stateEvent(machine: Machine, from: MachineState | null, to: MachineState, reason: string | null): SupplyChainEventInput {
  const reportedTo = reportedState(to, reason);
  return {
    type: 'mes.MachineStateChanged',
    subjectType: 'Machine',
    subjectId: machine.id,
    siteId: machine.siteId,
    payload: { machineId: machine.id, workCenterId: machine.workCenterId, from: from ? reportedState(from, null).state : null, to: reportedTo.state, reason: reportedTo.reason },
  };
}

/**
 * Moves a locked machine to a state and records the change; returns the
 * event to emit, or null when it is already there for the same reason.
 */
export function moveMachine(em: EntityManager, machine: Machine, to: MachineState, reason: string | null, now: Date): SupplyChainEventInput | null {
  if (machine.state === to && machine.stateReason === reason) return null;
  if (now < machine.stateSince) throw conflict(`Machine ${machine.code} changed state later than ${now.toISOString()}`, { field: 'machineId' });
  const from = machine.state;
  em.create(MachineStateChangeSchema, { id: newId(), machineId: machine.id, at: now, fromState: from, toState: to, reason });
  Object.assign(machine, { state: to, stateReason: reason, stateSince: now });
  return stateEvent(machine, from, to, reason);
}

export async function lockMachines(em: EntityManager, ids: readonly string[]): Promise<Machine[]> {
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  const malformed = wanted.find((id) => !isId(id));
  if (malformed) throw badInput(`Machine id ${malformed} is malformed`, { field: 'machineId' });
  const machines = await em.find(MachineSchema, { id: { $in: wanted } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  const missing = wanted.find((id) => !machines.some((machine) => machine.id === id));
  if (missing) throw notFound(`Machine ${missing} not found`, { field: 'machineId' });
  return machines;
}

/**
 * Sets machines to a state people choose (a shift starting or ending, a
 * breakdown, maintenance). A machine leaving RUNNING or SETUP pauses the
 * operation on it: nothing runs on a stopped machine until it is resumed.
 */
export async function changeMachineState(
  ctx: MesContext,
  input: { machineIds: readonly string[]; state: MachineState; reason?: string | null; idempotencyKey?: string | null },
): Promise<Machine[]> {
  authorize(ctx.viewer, 'change machine states', operatorRoles);
  if (input.machineIds.length === 0) throw badInput('Name at least one machine', { field: 'machineIds' });
  const now = ctx.now();
  const run = async (em: EntityManager) => {
    const reason = validateManualState(input.state, input.reason, await loadDowntimeTaxonomy(em));
    const machines = await lockMachines(em, input.machineIds);
    const active = await em.find(OperationRunSchema, { machineId: { $in: machines.map((machine) => machine.id) }, status: { $in: [...activeStatuses] } });
    const events: SupplyChainEventInput[] = [];
    for (const machine of machines) {
      const event = moveMachine(em, machine, input.state, reason, now);
      if (event) events.push(event);
      for (const operation of active.filter((candidate) => candidate.machineId === machine.id && candidate.status !== 'PAUSED')) operation.status = 'PAUSED';
    }
    await em.flush();
    await recordEvents(em, events, { now, idempotencyKey: input.idempotencyKey });
    return machines;
  };
  const key = input.idempotencyKey?.trim();
  if (!key) return ctx.em.transactional(run);
  // A resent state change is answered with the machines as they are now.
  const first = await runOnce(ctx.em, { idempotencyKey: key, operation: 'mes.changeMachineState', now }, (id) => ctx.em.findOneOrFail(MachineSchema, { id }), async (em) => (await run(em))[0]!);
  return ctx.em.find(MachineSchema, { id: { $in: [first.id, ...input.machineIds.map((id) => id.toLowerCase())] } }, { orderBy: { code: 'asc' } });
}

/** The active operation on each machine, for `Machine.currentOperation`. */
export function createCurrentOperationLoader(em: EntityManager) {
  return new DataLoader<string, string | null>(async (machineIds) => {
    const rows = await execute<{ machine_id: string; id: string }[]>(
      em,
      `SELECT machine_id, id FROM mes.operation_run WHERE machine_id = ANY(?::uuid[]) AND status IN ('SETUP', 'RUNNING', 'PAUSED')`,
      [sqlArray([...machineIds])],
    );
    return machineIds.map((id) => rows.find((row) => row.machine_id === id)?.id ?? null);
  });
}
