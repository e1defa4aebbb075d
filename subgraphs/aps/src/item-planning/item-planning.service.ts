import DataLoader from 'dataloader';
import { isId, type EntityManager } from '@plexus/db';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { plannerRoles } from '../roles.ts';
import { ItemPlanningSchema, type ItemPlanning } from './item-planning.entity.ts';
import { planningValues, type ItemPlanningInput } from './item-planning.rules.ts';

export function createItemPlanningLoaders(em: EntityManager) {
  return {
    itemPlanningByItem: new DataLoader<string, ItemPlanning | null>(async (itemIds) => {
      const rows = await em.find(ItemPlanningSchema, { itemId: { $in: [...itemIds] } });
      const byItem = new Map(rows.map((row) => [row.itemId, row]));
      return itemIds.map((id) => byItem.get(id) ?? null);
    }),
  };
}

/** Sets how aps plans an item erp announced; the whole set of parameters is replaced. */
export async function setItemPlanning(ctx: ApsContext, input: ItemPlanningInput & { itemId: string }): Promise<{ id: string }> {
  authorize(ctx.viewer, 'set planning parameters', plannerRoles);
  if (!isId(input.itemId)) throw badInput('itemId must be a UUID', { field: 'itemId' });
  const itemId = input.itemId.toLowerCase();
  return ctx.em.transactional(async (em) => {
    const [item] = await em.getConnection().execute<{ item_type: string }[]>('SELECT item_type FROM aps.item WHERE id = ?', [itemId], 'all', em.getTransactionContext());
    if (!item) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
    const values = { ...planningValues(itemId, item.item_type, input), updatedAt: ctx.now() };
    const existing = await em.findOne(ItemPlanningSchema, { itemId });
    if (existing) Object.assign(existing, values);
    else em.create(ItemPlanningSchema, { itemId, ...values });
    await em.flush();
    return { id: itemId };
  });
}
