import DataLoader from 'dataloader';
import { createByIdLoader, isId, newId, type EntityManager } from '@plexus/db';
import { readKnownSubjects, type InspectionKind } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import { qualityRoles, readerRoles } from '../access.ts';
import type { QmsContext } from '../context.ts';
import { InspectionPlanSchema, type InspectionPlan } from './inspection-plan.entity.ts';
import { validateInspectionPlan, type InspectionPlanInput } from './inspection-plan.rules.ts';
import { samplingPlan } from './sampling.rules.ts';

export function createInspectionPlanLoaders(em: EntityManager) {
  return {
    inspectionPlanById: createByIdLoader<InspectionPlan>(em, InspectionPlanSchema),
    inspectionPlansByItem: new DataLoader<string, InspectionPlan[]>(async (itemIds) => {
      const plans = await em.find(InspectionPlanSchema, { itemId: { $in: [...itemIds] } }, { orderBy: { kind: 'asc' } });
      return itemIds.map((id) => plans.filter((plan) => plan.itemId === id));
    }),
  };
}

export function describeSamplingPlan(ctx: QmsContext, lotSize: number, aql: number) {
  authorize(ctx.viewer, 'see sampling plans', readerRoles);
  return samplingPlan(lotSize, aql);
}

export async function findInspectionPlan(ctx: QmsContext, id: string): Promise<InspectionPlan> {
  authorize(ctx.viewer, 'see inspection plans', readerRoles);
  const plan = isId(id) ? await ctx.loaders.inspectionPlanById.load(id.toLowerCase()) : null;
  if (!plan) throw notFound(`Inspection plan ${id} not found`, { inspectionPlanId: id });
  return plan;
}

export async function listInspectionPlans(ctx: QmsContext, filter: { itemId?: string | null; kind?: InspectionKind | null }): Promise<InspectionPlan[]> {
  authorize(ctx.viewer, 'see inspection plans', readerRoles);
  if (filter.itemId && !isId(filter.itemId)) throw badInput(`${filter.itemId} is not an item id`, { field: 'itemId' });
  return ctx.em.find(
    InspectionPlanSchema,
    { ...(filter.itemId ? { itemId: filter.itemId.toLowerCase() } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
    { orderBy: { itemId: 'asc', kind: 'asc' }, limit: 1000 },
  );
}

export async function plansByItemForViewer(ctx: QmsContext, itemId: string): Promise<InspectionPlan[]> {
  authorize(ctx.viewer, 'see inspection plans', readerRoles);
  return ctx.loaders.inspectionPlansByItem.load(itemId);
}

/** Creates or replaces an item's plan of one kind. Items are erp's: only one erp announced gets a plan. */
export async function setInspectionPlan(ctx: QmsContext, input: InspectionPlanInput): Promise<InspectionPlan> {
  authorize(ctx.viewer, 'set inspection plans', qualityRoles);
  if (!isId(input.itemId)) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
  const itemId = input.itemId.toLowerCase();
  const plan = validateInspectionPlan(input, newId);
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    if (!(await readKnownSubjects(em, 'erp.ItemCreated', [itemId])).has(itemId)) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
    const existing = await em.findOne(InspectionPlanSchema, { itemId, kind: plan.kind });
    const saved = existing
      ? Object.assign(existing, { aql: plan.aql, characteristics: plan.characteristics, updatedAt: now })
      : em.create(InspectionPlanSchema, { id: newId(), itemId, ...plan, updatedAt: now });
    await em.flush();
    return saved;
  });
}
