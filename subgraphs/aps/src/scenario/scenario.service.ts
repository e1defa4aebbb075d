import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, type EntityManager } from '@plexus/db';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { plannerRoles, readerRoles } from '../roles.ts';
import { PlanScenarioSchema, ScenarioChangeSchema, type PlanScenario, type ScenarioChange } from './scenario.entity.ts';
import { assertEditable, demandChangeKey, validateDemandChange, type DemandChange } from './scenario.rules.ts';

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
    await em.flush();
    return scenario;
  });
}
