import DataLoader from 'dataloader';
import { newId, type EntityManager } from '@plexus/db';
import { readKnownSubjects, recordEvents } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { ItemSchema } from '../item/item.entity.ts';
import { RoutingStepSchema, type Routing } from './routing.entity.ts';
import { validateRouting, type RoutingStepInput } from './routing.rules.ts';

export function createRoutingLoaders(em: EntityManager) {
  return {
    routingByItem: new DataLoader<string, Routing | null>(async (itemIds) => {
      const steps = await em.find(RoutingStepSchema, { itemId: { $in: [...itemIds] } }, { orderBy: { itemId: 'asc', sequence: 'asc' } });
      return itemIds.map((itemId) => {
        const own = steps.filter((step) => step.itemId === itemId);
        return own.length ? { id: itemId, itemId, steps: own } : null;
      });
    }),
  };
}

/**
 * Replaces a made item's routing. Work centers and machines are mes's: they
 * must be ones mes announced (its WorkCenterCreated / MachineRegistered
 * events), the way wms accepts only items erp announced.
 */
export async function setRouting(ctx: ErpContext, itemId: string, input: readonly RoutingStepInput[]): Promise<Routing> {
  authorizeChange(ctx.viewer, 'change routings');
  const steps = validateRouting(input);
  return ctx.em.transactional(async (em) => {
    const item = await em.findOne(ItemSchema, { id: itemId });
    if (!item) throw notFound(`Item ${itemId} not found`, { itemId });
    if (item.type === 'RM') throw badInput(`${item.sku} is a raw material; raw materials are bought, not made`, { itemId });
    const workCenters = await readKnownSubjects(em, 'mes.WorkCenterCreated', [...new Set(steps.map((step) => step.workCenterId))]);
    const machines = await readKnownSubjects(em, 'mes.MachineRegistered', [...new Set(steps.flatMap((step) => step.machineIds))]);
    steps.forEach((step, index) => {
      if (!workCenters.has(step.workCenterId)) throw notFound(`Step ${index + 1}: work center ${step.workCenterId} not found`, { line: index + 1, field: 'workCenterId' });
      const unknown = step.machineIds.find((id) => !machines.has(id));
      if (unknown) throw notFound(`Step ${index + 1}: machine ${unknown} not found`, { line: index + 1, field: 'machineIds' });
    });
    await em.nativeDelete(RoutingStepSchema, { itemId });
    const created = steps.map((step) => em.create(RoutingStepSchema, { id: newId(), itemId, ...step }));
    await em.flush();
    await recordEvents(em, [{ type: 'erp.RoutingChanged', subjectType: 'Item', subjectId: itemId, itemId, payload: { sku: item.sku, steps } }], { now: ctx.now() });
    return { id: itemId, itemId, steps: created };
  });
}
