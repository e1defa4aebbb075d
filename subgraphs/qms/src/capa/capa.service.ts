import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { runOnce } from '@plexus/events';
import { authorize, validatePage, type Page } from '@plexus/host';
import { conflict, notFound } from '@plexus/errors';
import { qualityRoles, readerRoles } from '../access.ts';
import type { QmsContext } from '../context.ts';
import { NonconformanceSchema } from '../nonconformance/nonconformance.entity.ts';
import { CapaActionSchema, CapaSchema, type Capa, type CapaAction } from './capa.entity.ts';
import {
  assertCapaStep,
  statusAfterAction,
  statusAfterCheck,
  validateAction,
  validateCheckNote,
  validateNewCapa,
  validateRootCause,
  type CapaStatus,
} from './capa.rules.ts';

export function createCapaLoaders(em: EntityManager) {
  return {
    capaById: createByIdLoader<Capa>(em, CapaSchema),
    actionsByCapa: new DataLoader<string, CapaAction[]>(async (capaIds) => {
      const actions = await em.find(CapaActionSchema, { capaId: { $in: [...capaIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return capaIds.map((id) => actions.filter((action) => action.capaId === id));
    }),
  };
}

const today = (ctx: QmsContext) => ctx.now().toISOString().slice(0, 10);

export async function findCapa(ctx: QmsContext, id: string): Promise<Capa> {
  authorize(ctx.viewer, 'see CAPAs', readerRoles);
  const capa = isId(id) ? await ctx.loaders.capaById.load(id.toLowerCase()) : null;
  if (!capa) throw notFound(`CAPA ${id} not found`, { capaId: id });
  return capa;
}

export async function listCapas(ctx: QmsContext, filter: { status?: readonly CapaStatus[] | null }, page: Page) {
  authorize(ctx.viewer, 'see CAPAs', readerRoles);
  validatePage(page);
  const [items, totalCount] = await ctx.em.findAndCount(
    CapaSchema,
    filter.status?.length ? { status: { $in: [...filter.status] } } : {},
    { orderBy: { openedAt: 'desc', id: 'desc' }, limit: page.first, offset: page.offset },
  );
  return { items, totalCount };
}

/** Opens a CAPA for nonconformances that share a problem; a nonconformance belongs to one CAPA at most. */
export async function openCapa(ctx: QmsContext, input: { title: string; problem: string; nonconformanceIds: readonly string[]; idempotencyKey?: string | null }): Promise<Capa> {
  authorize(ctx.viewer, 'open CAPAs', qualityRoles);
  const valid = validateNewCapa(input);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'qms.openCapa', now },
    (id) => ctx.em.findOneOrFail(CapaSchema, { id }),
    async (em) => {
      const ids = input.nonconformanceIds.filter(isId).map((id) => id.toLowerCase());
      const ncrs = await em.find(NonconformanceSchema, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const missing = input.nonconformanceIds.find((id) => !ncrs.some((ncr) => ncr.id === id.toLowerCase()));
      if (missing) throw notFound(`Nonconformance ${missing} not found`, { field: 'nonconformanceIds', nonconformanceId: missing });
      const taken = ncrs.find((ncr) => ncr.capaId);
      if (taken) throw conflict(`Nonconformance ${taken.number} already belongs to a CAPA`, { nonconformanceId: taken.id, capaId: taken.capaId });
      const capa = em.create(CapaSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'qms', 'CAPA', now),
        ...valid,
        status: 'OPEN',
        whys: [],
        rootCause: null,
        effectivenessChecks: [],
        openedAt: now,
        openedBy: ctx.viewer.userId ?? null,
        closedAt: null,
      });
      for (const ncr of ncrs) ncr.capaId = capa.id;
      await em.flush();
      return capa;
    },
  );
}

async function lockCapa(em: EntityManager, id: string): Promise<Capa> {
  const capa = isId(id) ? await em.findOne(CapaSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!capa) throw notFound(`CAPA ${id} not found`, { capaId: id });
  return capa;
}

/** authorize → validate → lock → check the step is allowed now → change. */
async function changeCapa(ctx: QmsContext, id: string, action: string, change: (em: EntityManager, capa: Capa) => Promise<void>): Promise<Capa> {
  authorize(ctx.viewer, action, qualityRoles);
  return ctx.em.transactional(async (em) => {
    const capa = await lockCapa(em, id);
    await change(em, capa);
    await em.flush();
    return capa;
  });
}

export function recordCapaRootCause(ctx: QmsContext, id: string, whys: readonly string[], rootCause: string): Promise<Capa> {
  authorize(ctx.viewer, 'analyse root causes', qualityRoles);
  const analysis = validateRootCause(whys, rootCause);
  return changeCapa(ctx, id, 'analyse root causes', async (_, capa) => {
    assertCapaStep(capa, 'recordRootCause');
    Object.assign(capa, { ...analysis, status: 'ROOT_CAUSE_IDENTIFIED' });
  });
}

export function addCapaAction(ctx: QmsContext, capaId: string, input: { description: string; owner: string; dueDate: string }): Promise<Capa> {
  authorize(ctx.viewer, 'plan CAPA actions', qualityRoles);
  const action = validateAction(input, today(ctx));
  const now = ctx.now();
  return changeCapa(ctx, capaId, 'plan CAPA actions', async (em, capa) => {
    assertCapaStep(capa, 'addAction');
    em.create(CapaActionSchema, { id: newId(), capaId: capa.id, ...action, status: 'OPEN', createdAt: now, completedAt: null });
    capa.status = 'ACTIONS_IN_PROGRESS';
  });
}

/** Marks an action done; the last one done puts the CAPA up for its effectiveness check. */
export async function completeCapaAction(ctx: QmsContext, actionId: string): Promise<Capa> {
  authorize(ctx.viewer, 'complete CAPA actions', qualityRoles);
  const now = ctx.now();
  const action = isId(actionId) ? await ctx.em.findOne(CapaActionSchema, { id: actionId.toLowerCase() }) : null;
  if (!action) throw notFound(`CAPA action ${actionId} not found`, { actionId });
  return changeCapa(ctx, action.capaId, 'complete CAPA actions', async (em, capa) => {
    assertCapaStep(capa, 'completeAction');
    const actions = await em.find(CapaActionSchema, { capaId: capa.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const done = actions.find((candidate) => candidate.id === action.id)!;
    if (done.status === 'DONE') throw conflict('The action is already done', { actionId: done.id });
    Object.assign(done, { status: 'DONE', completedAt: now });
    capa.status = statusAfterAction(actions);
  });
}

export function recordCapaEffectivenessCheck(ctx: QmsContext, id: string, effective: boolean, note: string): Promise<Capa> {
  authorize(ctx.viewer, 'check CAPA effectiveness', qualityRoles);
  const finding = validateCheckNote(note);
  const now = ctx.now();
  return changeCapa(ctx, id, 'check CAPA effectiveness', async (_, capa) => {
    assertCapaStep(capa, 'checkEffectiveness');
    capa.effectivenessChecks = [...capa.effectivenessChecks, { effective, note: finding, checkedAt: now.toISOString() }];
    capa.status = statusAfterCheck(effective);
  });
}

export function closeCapa(ctx: QmsContext, id: string): Promise<Capa> {
  const now = ctx.now();
  return changeCapa(ctx, id, 'close CAPAs', async (_, capa) => {
    assertCapaStep(capa, 'close');
    Object.assign(capa, { status: 'CLOSED', closedAt: now });
  });
}
