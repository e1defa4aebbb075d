import { execute, isId } from '@plexus/db';
import { badInput, conflict, DomainError, notFound } from '@plexus/errors';
import { authorize, authorizeChange, isSiteVisible, scopedSiteFilter, validatePage, type Viewer, type ViewerRole } from '@plexus/host';
import type { AnalyticsContext } from '../context.ts';
import { announceExceptionChanges } from './exception-feed.ts';
import type { SupplyChainException } from './exception.entity.ts';
import {
  actorRoles,
  canMove,
  defaultRules,
  isActor,
  readerRoles,
  ruleEditorRoles,
  unitOf,
  validateNote,
  validateOwnerId,
  validateRule,
  type ExceptionKind,
  type ExceptionRuleInput,
  type ExceptionStatus,
  type Severity,
} from './exception.rules.ts';
import { loadRulesWithChanges, lockExceptionWriters, readException, readExceptionPage, updateException } from './exception.store.ts';

const rolesOf = (viewer: Viewer): readonly ViewerRole[] => viewer.roles ?? [viewer.role];
const authorizeRead = (ctx: AnalyticsContext) => authorize(ctx.viewer, 'read exceptions', readerRoles);
/** Who did it, as the audit names people: the signed-in user, else the role (background work, the demo). */
const actorOf = (viewer: Viewer) => viewer.userId ?? viewer.role;

/** Whether the viewer may act on the exception now. */
export const mayAct = (viewer: Viewer, exception: SupplyChainException) => exception.status !== 'RESOLVED' && isActor(exception.kind, rolesOf(viewer));

export type ExceptionPage = Awaited<ReturnType<typeof readExceptionPage>>;

export async function listExceptions(
  ctx: AnalyticsContext,
  filter: { status?: readonly ExceptionStatus[] | null; kind?: readonly ExceptionKind[] | null; severity?: readonly Severity[] | null; siteId?: string | null },
  page: { first: number; offset: number },
) {
  authorizeRead(ctx);
  validatePage(page);
  if (filter.siteId && !isId(filter.siteId)) throw badInput('siteId is malformed', { field: 'siteId' });
  const orAll = <T>(values: readonly T[] | null | undefined) => (values?.length ? values : null);
  return readExceptionPage(
    ctx.em,
    { status: orAll(filter.status), kind: orAll(filter.kind), severity: orAll(filter.severity), siteIds: scopedSiteFilter(ctx.viewer, filter.siteId) },
    page,
  );
}

export async function exceptionById(ctx: AnalyticsContext, id: string): Promise<SupplyChainException | null> {
  authorizeRead(ctx);
  if (!isId(id)) throw badInput('id is malformed', { field: 'id' });
  const exception = await readException(ctx.em, id.toLowerCase());
  return exception && isSiteVisible(ctx.viewer, exception.siteId) ? exception : null;
}

type Change = { action: 'acknowledge' } | { action: 'assign'; ownerId: string } | { action: 'resolve'; note: string | null };

/** Acknowledge, assign or resolve: authorize → validate → one transaction on the locked row → tell the open streams. */
async function change(ctx: AnalyticsContext, id: string, change: Change): Promise<SupplyChainException> {
  authorizeChange(ctx.viewer, `${change.action} exceptions`);
  if (!isId(id)) throw badInput('id is malformed', { field: 'id' });
  const now = ctx.now();
  const who = actorOf(ctx.viewer);
  const exception = await ctx.em.transactional(async (em) => {
    await lockExceptionWriters(em);
    const found = await readException(em, id.toLowerCase(), { lock: true });
    if (!found || !isSiteVisible(ctx.viewer, found.siteId)) throw notFound(`Exception ${id} not found`, { field: 'id' });
    if (!isActor(found.kind, rolesOf(ctx.viewer))) {
      throw new DomainError('FORBIDDEN', `Only ${actorRoles[found.kind].join(' or ')} (or an administrator) may ${change.action} a ${found.kind} exception`, { field: 'id' });
    }
    if (change.action === 'assign') {
      if (found.status === 'RESOLVED') throw conflict(`Exception ${found.id} is resolved`, { field: 'id', status: found.status });
      found.ownerId = change.ownerId;
    } else {
      const to = change.action === 'acknowledge' ? 'ACKNOWLEDGED' : 'RESOLVED';
      if (!canMove(found.status, to)) throw conflict(`Exception ${found.id} is ${found.status.toLowerCase()}: it cannot be ${to.toLowerCase()}`, { field: 'id', status: found.status });
      found.status = to;
      if (to === 'ACKNOWLEDGED') Object.assign(found, { acknowledgedBy: who, acknowledgedAt: now });
      else Object.assign(found, { resolvedBy: who, resolvedAt: now, resolutionNote: change.action === 'resolve' ? change.note : null });
    }
    found.updatedAt = now;
    await updateException(em, found);
    return found;
  });
  announceExceptionChanges();
  return exception;
}

export const acknowledgeException = (ctx: AnalyticsContext, id: string) => change(ctx, id, { action: 'acknowledge' });

export function assignException(ctx: AnalyticsContext, id: string, ownerId: string) {
  authorizeChange(ctx.viewer, 'assign exceptions');
  return change(ctx, id, { action: 'assign', ownerId: validateOwnerId(ownerId) });
}

export function resolveException(ctx: AnalyticsContext, id: string, note: string | null | undefined) {
  authorizeChange(ctx.viewer, 'resolve exceptions');
  return change(ctx, id, { action: 'resolve', note: validateNote(note) });
}

export interface ExceptionRuleView {
  kind: ExceptionKind;
  enabled: boolean;
  unit: (typeof unitOf)[ExceptionKind];
  raiseAt: number;
  mediumAt: number;
  highAt: number;
  criticalAt: number;
  ownerRole: string;
  actorRoles: readonly string[];
  updatedBy: string | null;
  updatedAt: Date | null;
}

export async function listExceptionRules(ctx: AnalyticsContext): Promise<ExceptionRuleView[]> {
  authorizeRead(ctx);
  const rules = await loadRulesWithChanges(ctx.em);
  return defaultRules.map((rule) => {
    const current = rules.get(rule.kind)!;
    return {
      kind: rule.kind,
      enabled: current.enabled,
      unit: unitOf[rule.kind],
      raiseAt: current.raiseAt,
      mediumAt: current.mediumAt,
      highAt: current.highAt,
      criticalAt: current.criticalAt,
      ownerRole: current.ownerRole,
      actorRoles: actorRoles[rule.kind],
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt,
    };
  });
}

export async function setExceptionRule(ctx: AnalyticsContext, input: ExceptionRuleInput): Promise<ExceptionRuleView> {
  authorize(ctx.viewer, 'change exception rules', ruleEditorRoles);
  const rule = validateRule(input);
  const now = ctx.now();
  await ctx.em.transactional((em) =>
    execute(
      em,
      `INSERT INTO analytics.exception_rule (kind, enabled, raise_at, medium_at, high_at, critical_at, owner_role, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind) DO UPDATE SET enabled = excluded.enabled, raise_at = excluded.raise_at, medium_at = excluded.medium_at,
         high_at = excluded.high_at, critical_at = excluded.critical_at, owner_role = excluded.owner_role,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [rule.kind, rule.enabled, rule.raiseAt, rule.mediumAt, rule.highAt, rule.criticalAt, rule.ownerRole, actorOf(ctx.viewer), now.toISOString()],
    ),
  );
  return (await listExceptionRules(ctx)).find((view) => view.kind === rule.kind)!;
}
