import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, type EntityManager } from '@plexus/db';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { plannerRoles, readerRoles } from '../roles.ts';
import { PlanScenarioSchema, ScenarioChangeSchema, type PlanScenario, type ScenarioChange } from './scenario.entity.ts';
import {
  assertEditable,
  capacityChangeKey,
  demandChangeKey,
  validateCapacityChange,
  validateDemandChange,
  validatePriorityChange,
  type DemandChange,
} from './scenario.rules.ts';

export function createScenarioLoaders(em: EntityManager) {
  return {
    scenarioById: createByIdLoader<PlanScenario>(em, PlanScenarioSchema),
    changesByScenario: new DataLoader<string, ScenarioChange[]>(async (scenarioIds) => {
      const changes = await em.find(ScenarioChangeSchema, { scenarioId: { $in: [...scenarioIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return scenarioIds.map((id) => changes.filter((change) => change.scenarioId === id));
    }),
  };
}

export async function liveScenario(ctx: ApsContext): Promise<PlanScenario> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  return ctx.em.findOneOrFail(PlanScenarioSchema, { live: true });
}

export async function listScenarios(ctx: ApsContext): Promise<PlanScenario[]> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  return ctx.em.find(PlanScenarioSchema, {}, { orderBy: { live: 'desc', createdAt: 'asc', id: 'asc' } });
}

export async function findScenario(ctx: ApsContext, id: string): Promise<PlanScenario> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const scenario = isId(id) ? await ctx.loaders.scenarioById.load(id.toLowerCase()) : null;
  if (!scenario) throw notFound(`Plan scenario ${id} not found`, { scenarioId: id });
  return scenario;
}

/** The scenario locked for the rest of the transaction, so changes and runs of one scenario take turns. */
export async function lockScenario(em: EntityManager, id: string): Promise<PlanScenario> {
  const scenario = isId(id) ? await em.findOne(PlanScenarioSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!scenario) throw notFound(`Plan scenario ${id} not found`, { field: 'scenarioId' });
  return scenario;
}

export const demandChangesOf = (changes: readonly ScenarioChange[]): DemandChange[] =>
  changes.filter((change) => change.kind === 'DEMAND').map((change) => change.value as unknown as DemandChange);

export async function readScenarioChanges(em: EntityManager, scenarioId: string): Promise<ScenarioChange[]> {
  return em.find(ScenarioChangeSchema, { scenarioId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** A copy of the live plan: it stores nothing until a change is made to it. */
export async function createScenario(ctx: ApsContext, input: { name: string }): Promise<PlanScenario> {
  authorize(ctx.viewer, 'create plan scenarios', plannerRoles);
  const name = input.name.trim();
  if (!name) throw badInput('A scenario needs a name', { field: 'name' });
  return ctx.em.transactional(async (em) => {
    const live = await em.findOneOrFail(PlanScenarioSchema, { live: true });
    const scenario = em.create(PlanScenarioSchema, { id: newId(), name, live: false, basedOnId: live.id, createdAt: ctx.now(), version: 0 });
    await em.flush();
    return scenario;
  });
}

/** Replaces a week's forecast of an item in a copy; the live plan follows crm's forecasts only. */
export async function changeScenarioDemand(ctx: ApsContext, input: { scenarioId: string } & DemandChange): Promise<PlanScenario> {
  authorize(ctx.viewer, 'change plan scenarios', plannerRoles);
  if (!isId(input.itemId)) throw badInput('itemId must be a UUID', { field: 'itemId' });
  const change = validateDemandChange({ itemId: input.itemId.toLowerCase(), weekStart: input.weekStart, quantity: input.quantity });
  return ctx.em.transactional(async (em) => {
    const scenario = await lockScenario(em, input.scenarioId);
    assertEditable(scenario);
    const [item] = await em.getConnection().execute<{ id: string }[]>('SELECT id FROM aps.item WHERE id = ?', [change.itemId], 'all', em.getTransactionContext());
    if (!item) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
    const key = demandChangeKey(change);
    const existing = await em.findOne(ScenarioChangeSchema, { scenarioId: scenario.id, kind: 'DEMAND', key });
    const value = { ...change } as unknown as Record<string, unknown>;
    if (existing) existing.value = value;
    else em.create(ScenarioChangeSchema, { id: newId(), scenarioId: scenario.id, kind: 'DEMAND', key, value, createdAt: ctx.now() });
    scenario.version += 1;
    await em.flush();
    return scenario;
  });
}

/** Records a scenario copy's change, replacing one of the same kind and key, and moves the scenario's version on (drafts computed before no longer publish). */
async function recordChange(ctx: ApsContext, scenarioId: string, kind: ScenarioChange['kind'], key: string, value: Record<string, unknown>, check: (em: EntityManager) => Promise<void>): Promise<PlanScenario> {
  return ctx.em.transactional(async (em) => {
    const scenario = await lockScenario(em, scenarioId);
    assertEditable(scenario);
    await check(em);
    const existing = await em.findOne(ScenarioChangeSchema, { scenarioId: scenario.id, kind, key });
    if (existing) existing.value = value;
    else em.create(ScenarioChangeSchema, { id: newId(), scenarioId: scenario.id, kind, key, value, createdAt: ctx.now() });
    scenario.version += 1;
    await em.flush();
    return scenario;
  });
}

async function assertKnown(em: EntityManager, table: 'machine' | 'work_order', id: string, what: string, field: string): Promise<void> {
  const [row] = await em.getConnection().execute<{ id: string }[]>(`SELECT id FROM aps.${table} WHERE id = ?`, [id], 'all', em.getTransactionContext());
  if (!row) throw notFound(`${what} ${id} not found`, { field });
}

/** A machine down or working an extra span in a scenario copy. */
export async function changeScenarioCapacity(ctx: ApsContext, input: { scenarioId: string; machineId: string; kind: ScenarioChange['kind']; from: Date; to: Date }): Promise<PlanScenario> {
  authorize(ctx.viewer, 'change plan scenarios', plannerRoles);
  if (input.kind !== 'MACHINE_DOWN' && input.kind !== 'EXTRA_SHIFT') throw badInput('kind is MACHINE_DOWN or EXTRA_SHIFT', { field: 'kind' });
  if (!isId(input.machineId)) throw notFound(`Machine ${input.machineId} not found`, { field: 'machineId' });
  const change = validateCapacityChange({ machineId: input.machineId.toLowerCase(), from: input.from, to: input.to });
  return recordChange(ctx, input.scenarioId, input.kind, capacityChangeKey(change), { ...change }, (em) => assertKnown(em, 'machine', change.machineId, 'Machine', 'machineId'));
}

/** A work order's priority in a scenario copy. */
export async function changeScenarioPriority(ctx: ApsContext, input: { scenarioId: string; workOrderId: string; priority: number }): Promise<PlanScenario> {
  authorize(ctx.viewer, 'change plan scenarios', plannerRoles);
  if (!isId(input.workOrderId)) throw notFound(`Work order ${input.workOrderId} not found`, { field: 'workOrderId' });
  const change = validatePriorityChange({ workOrderId: input.workOrderId.toLowerCase(), priority: input.priority });
  return recordChange(ctx, input.scenarioId, 'PRIORITY', change.workOrderId, { ...change }, (em) => assertKnown(em, 'work_order', change.workOrderId, 'Work order', 'workOrderId'));
}
