import { containsPattern, createByIdLoader, newId, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorizeChange, validatePage } from '@plexus/host';
import { conflict } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { ItemSchema, type Item, type ItemType } from './item.entity.ts';
import { validateNewItem, type NewItem } from './item.rules.ts';

export function createItemLoaders(em: EntityManager) {
  return {
    itemById: createByIdLoader<Item>(em, ItemSchema),
  };
}

export function findItem(ctx: ErpContext, id: string): Promise<Item | null> {
  return ctx.loaders.itemById.load(id);
}

export function findItemBySku(ctx: ErpContext, sku: string): Promise<Item | null> {
  return ctx.em.findOne(ItemSchema, { sku: sku.trim().toUpperCase() });
}

export interface ItemListFilter {
  type?: ItemType | null;
  search?: string | null;
}

function itemCondition(filter: ItemListFilter) {
  const search = filter.search?.trim();
  return {
    ...(filter.type ? { type: filter.type } : {}),
    ...(search ? { $or: [{ sku: { $ilike: containsPattern(search) } }, { name: { $ilike: containsPattern(search) } }] } : {}),
  };
}

export function listItems(ctx: ErpContext, filter: ItemListFilter, page: { first: number; offset: number }): Promise<Item[]> {
  return ctx.em.find(ItemSchema, itemCondition(filter), {
    orderBy: { sku: 'asc' },
    limit: Math.min(Math.max(page.first, 0), 500),
    offset: Math.max(page.offset, 0),
  });
}

/** One page of items by SKU and the total over all pages. */
export async function pageItems(ctx: ErpContext, filter: ItemListFilter, page: { first: number; offset: number }) {
  validatePage(page);
  const [items, totalCount] = await ctx.em.findAndCount(ItemSchema, itemCondition(filter), { orderBy: { sku: 'asc' }, limit: page.first, offset: page.offset });
  return { items, totalCount };
}

export async function createItem(ctx: ErpContext, input: NewItem): Promise<Item> {
  authorizeChange(ctx.viewer, 'create items');
  const item = validateNewItem(input);
  return ctx.em.transactional(async (em) => {
    if (await em.count(ItemSchema, { sku: item.sku })) {
      throw conflict(`An item with SKU ${item.sku} already exists`, { field: 'sku' });
    }
    const now = ctx.now();
    const created = em.create(ItemSchema, { id: newId(), ...item, createdAt: now });
    await em.flush();
    await recordEvents(
      em,
      [
        {
          type: 'erp.ItemCreated',
          subjectType: 'Item',
          subjectId: created.id,
          itemId: created.id,
          payload: { sku: item.sku, name: item.name, itemType: item.type, standardCost: item.standardCost },
        },
      ],
      { now },
    );
    return created;
  });
}
